#pragma once

#include "flavors/flavor.h"
#include "itemmodels/tablemodel.h"

// The flavors of a library file, one row each: the name, with a summary (vCPUs, RAM, disk,
// ports) as tool tip and SummaryRole.
class FlavorLibraryModel : public TableModel<flavors::Flavor>
{
    Q_OBJECT
public:
    enum Roles { SummaryRole = Qt::UserRole + 1, NameRole };
    using TableModel::TableModel;

    void setLibrary(const flavors::FlavorLibrary &library) { setRows(library.flavors); }
    int rowOf(const QString &name) const;
    static QString summary(const flavors::Flavor &flavor);

protected:
    QStringList headers() const override;
    QVariant cell(const flavors::Flavor &flavor, int rowNumber, int column, int role) const override;
};
