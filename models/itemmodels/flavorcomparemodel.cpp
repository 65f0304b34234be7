#include "itemmodels/flavorcomparemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace {

using Field = std::pair<QString, QString>;

QList<Field> coreFields(const flavors::Flavor &f)
{
    QStringList access = f.access;
    access.sort();
    return {{QStringLiteral("vcpus"), QString::number(f.vcpus)},
            {QStringLiteral("ram"), QString::number(f.ramMb)},
            {QStringLiteral("disk"), QString::number(f.diskGb)},
            {QStringLiteral("ephemeral"), QString::number(f.ephemeralGb)},
            {QStringLiteral("swap"), QString::number(f.swapMb)},
            {QStringLiteral("is_public"), f.isPublic ? QStringLiteral("true") : QStringLiteral("false")},
            {QStringLiteral("description"), f.description},
            {QStringLiteral("access"), f.isPublic ? QString() : access.join(QStringLiteral(", "))}};
}

} // namespace

void FlavorCompareModel::setFlavors(const std::optional<flavors::Flavor> &library, const std::optional<flavors::Flavor> &cloud)
{
    QList<CompareRow> rows;
    const QList<Field> lib = library ? coreFields(*library) : QList<Field>{};
    const QList<Field> cl = cloud ? coreFields(*cloud) : QList<Field>{};
    const QList<Field> &names = library ? lib : cl;
    for (qsizetype i = 0; i < names.size(); ++i)
        rows << CompareRow{names.at(i).first, library ? lib.at(i).second : QString(), cloud ? cl.at(i).second : QString(), library.has_value(), cloud.has_value()};
    QStringList keys;
    for (const std::optional<flavors::Flavor> &f : {library, cloud})
        if (f)
            for (const flavors::Property &p : f->extraSpecs.items())
                if (!keys.contains(p.key))
                    keys << p.key;
    for (const QString &key : std::as_const(keys)) {
        const std::optional<QString> l = library ? library->extraSpecs.value(key) : std::nullopt;
        const std::optional<QString> c = cloud ? cloud->extraSpecs.value(key) : std::nullopt;
        rows << CompareRow{key, l.value_or(QString()), c.value_or(QString()), l.has_value(), c.has_value()};
    }
    setRows(rows);
}

int FlavorCompareModel::rowOf(const QString &field) const
{
    for (int i = 0; i < rowCount(); ++i)
        if (rowAt(i).field == field)
            return i;
    return -1;
}

int FlavorCompareModel::differences() const
{
    int n = 0;
    for (const CompareRow &r : rows())
        n += r.differs();
    return n;
}

QStringList FlavorCompareModel::headers() const
{
    return {tr("Field"), tr("Library"), tr("Cloud")};
}

QVariant FlavorCompareModel::cell(const CompareRow &row, int, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case FieldColumn:
            return row.field;
        case LibraryColumn:
            return row.inLibrary ? row.library : tr("(none)");
        case CloudColumn:
            return row.inCloud ? row.cloud : tr("(none)");
        }
        return {};
    case DiffersRole:
        return row.differs();
    case Qt::FontRole:
        if (row.differs()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if ((column == LibraryColumn && !row.inLibrary) || (column == CloudColumn && !row.inCloud))
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    }
    return {};
}
