#pragma once

#include "flavors/flavor.h"
#include "itemmodels/tablemodel.h"
#include "rules/finding.h"

#include <optional>

// One flavor of a cloud and the open library, matched by name: its findings for the cloud's
// release (deployed flavors only) and how the library's flavor of that name differs.
struct CloudFlavorRow
{
    enum class Library { Same, Differs, OnlyInCloud, OnlyInLibrary };
    QString name;
    Library library = Library::Same;
    std::optional<flavors::Flavor> cloud;
    std::optional<flavors::Flavor> inLibrary;
    QList<rules::Finding> findings;
    int count(rules::Severity severity) const;
    friend bool operator==(const CloudFlavorRow &, const CloudFlavorRow &) = default;
};

// The clouds page's list: flavor, errors and warnings for the cloud's release, and the
// library's verdict ("same", "differs", "only in cloud", "only in library").
class CloudFlavorsModel : public TableModel<CloudFlavorRow>
{
    Q_OBJECT
public:
    enum Column { NameColumn, ErrorsColumn, WarningsColumn, LibraryColumn };
    enum Roles { SortRole = Qt::UserRole + 1, NameRole, HasErrorsRole };
    using TableModel::TableModel;

    int rowOf(const QString &name) const;
    static QString libraryText(CloudFlavorRow::Library library);

protected:
    QStringList headers() const override;
    QVariant cell(const CloudFlavorRow &row, int rowNumber, int column, int role) const override;
};
