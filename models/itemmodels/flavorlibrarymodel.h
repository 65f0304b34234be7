#pragma once

#include "flavors/flavor.h"
#include "itemmodels/tablemodel.h"

// The flavors of a library file, one row each: the name (with its error count when it has errors),
// a summary (vCPUs, RAM, disk, ports) as tool tip and SummaryRole.
class FlavorLibraryModel : public TableModel<flavors::Flavor>
{
    Q_OBJECT
public:
    enum Roles { SummaryRole = Qt::UserRole + 1, NameRole, ErrorCountRole };
    using TableModel::TableModel;

    void setLibrary(const flavors::FlavorLibrary &library) { setRows(library.flavors); }
    int rowOf(const QString &name) const;
    // Each row's error count (as the findings page counts them for it; -1 when unknown).
    void setErrorCounts(const QList<int> &counts);
    static QString summary(const flavors::Flavor &flavor);

protected:
    QStringList headers() const override;
    QVariant cell(const flavors::Flavor &flavor, int rowNumber, int column, int role) const override;

private:
    QList<int> m_errors;
};
