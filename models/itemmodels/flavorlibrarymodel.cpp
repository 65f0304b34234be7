#include "itemmodels/flavorlibrarymodel.h"

#include <QColor>

#include <utility>

int FlavorLibraryModel::rowOf(const QString &name) const
{
    for (int i = 0; i < rowCount(); ++i) {
        if (rowAt(i).name == name)
            return i;
    }
    return -1;
}

QString FlavorLibraryModel::summary(const flavors::Flavor &f)
{
    return tr("vCPUs: %1, RAM: %2 MB, disk: %3 GB, ports: %4, extra specs: %5")
        .arg(f.vcpus)
        .arg(f.ramMb)
        .arg(f.diskGb)
        .arg(f.ports.size())
        .arg(f.extraSpecs.size());
}

QStringList FlavorLibraryModel::headers() const
{
    return {tr("Flavor")};
}

void FlavorLibraryModel::setErrorCounts(const QList<int> &counts)
{
    const QList<int> old = std::exchange(m_errors, counts);
    for (int row = 0; row < rowCount(); ++row) {
        if (old.value(row, -1) != m_errors.value(row, -1))
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

QVariant FlavorLibraryModel::cell(const flavors::Flavor &f, int rowNumber, int, int role) const
{
    const int errors = m_errors.value(rowNumber, -1);
    switch (role) {
    case Qt::DisplayRole:
        return errors > 0 ? tr("%1 (%n error(s))", nullptr, errors).arg(f.name) : f.name;
    case Qt::ForegroundRole:
        return errors > 0 ? QVariant(QColor(0xc0, 0x1c, 0x28)) : QVariant();
    case ErrorCountRole:
        return errors;
    case NameRole:
        return f.name;
    case Qt::ToolTipRole:
        return f.description.isEmpty() ? summary(f) : summary(f) + QLatin1Char('\n') + f.description;
    case SummaryRole:
        return summary(f);
    default:
        return {};
    }
}
