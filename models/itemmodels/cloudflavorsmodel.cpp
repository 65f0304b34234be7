#include "itemmodels/cloudflavorsmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

int CloudFlavorRow::count(rules::Severity severity) const
{
    int n = 0;
    for (const rules::Finding &f : findings)
        n += f.severity == severity;
    return n;
}

int CloudFlavorsModel::rowOf(const QString &name) const
{
    for (int i = 0; i < rowCount(); ++i)
        if (rowAt(i).name == name)
            return i;
    return -1;
}

QString CloudFlavorsModel::libraryText(CloudFlavorRow::Library library)
{
    switch (library) {
    case CloudFlavorRow::Library::Same:
        return tr("same");
    case CloudFlavorRow::Library::Differs:
        return tr("differs");
    case CloudFlavorRow::Library::OnlyInCloud:
        return tr("only in cloud");
    case CloudFlavorRow::Library::OnlyInLibrary:
        return tr("only in library");
    }
    return {};
}

QStringList CloudFlavorsModel::headers() const
{
    return {tr("Flavor"), tr("Errors"), tr("Warnings"), tr("Library")};
}

QVariant CloudFlavorsModel::cell(const CloudFlavorRow &row, int, int column, int role) const
{
    const int errors = row.count(rules::Severity::Error);
    const int warnings = row.count(rules::Severity::Warning);
    const bool deployed = row.cloud.has_value();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return row.name;
        case ErrorsColumn:
            return deployed ? QVariant(errors) : QVariant();
        case WarningsColumn:
            return deployed ? QVariant(warnings) : QVariant();
        case LibraryColumn:
            return libraryText(row.library);
        }
        return {};
    case SortRole:
        switch (column) {
        case ErrorsColumn:
            return errors;
        case WarningsColumn:
            return warnings;
        case LibraryColumn:
            return int(row.library);
        default:
            return row.name;
        }
    case NameRole:
        return row.name;
    case HasErrorsRole:
        return errors > 0;
    case Qt::ForegroundRole:
        if (column == ErrorsColumn && errors > 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (!deployed)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    case Qt::FontRole:
        if (column == ErrorsColumn && errors > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == ErrorsColumn || column == WarningsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}
