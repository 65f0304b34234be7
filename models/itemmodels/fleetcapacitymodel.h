#pragma once

#include "fleet/fleetcapacity.h"
#include "itemmodels/tablemodel.h"

// The compute nodes of a cloud for one flavor: how many more instances fit on each and what
// runs out first (the Capacity page's fleet table; sorted through SortRole).
class FleetCapacityModel : public TableModel<fleet::HostCapacity>
{
    Q_OBJECT
public:
    enum Column { HostColumn, FitsColumn, LimitedByColumn, LimitedOnColumn };
    enum Roles { SortRole = Qt::UserRole + 1, HostRole };
    using TableModel::TableModel;

    int rowOf(const QString &host) const;
    // "cpu", "memory", "not a candidate", ...: what the Limited-by column says for a host.
    static QString limitText(const fleet::HostCapacity &host);

protected:
    QStringList headers() const override;
    QVariant cell(const fleet::HostCapacity &row, int rowNumber, int column, int role) const override;
};
