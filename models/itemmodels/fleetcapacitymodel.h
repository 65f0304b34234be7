#pragma once

#include "fleet/fleetcapacity.h"
#include "hostfit/fleetnode.h"
#include "itemmodels/tablemodel.h"

// The compute nodes of a cloud for one flavor: how many more instances fit on each and what
// runs out first (the Capacity page's fleet table; sorted through SortRole); for the nodes the
// window has a host snapshot of, vDeck's host model beside Placement's count.
class FleetCapacityModel : public TableModel<fleet::HostCapacity>
{
    Q_OBJECT
public:
    // The host model beside Placement's count, so that the two numbers are read together.
    enum Column { HostColumn, FitsColumn, HostModelColumn, LimitedByColumn, LimitedOnColumn };
    enum Roles { SortRole = Qt::UserRole + 1, HostRole };
    using TableModel::TableModel;

    int rowOf(const QString &host) const;
    // "cpu", "memory", "not a candidate", ...: what the Limited-by column says for a host.
    static QString limitText(const fleet::HostCapacity &host);
    // The host model of some nodes; the others' cells stay empty.
    void setHostModels(const QList<hostfit::FleetNodeModel> &models);
    const QList<hostfit::FleetNodeModel> &hostModels() const { return m_hostModels; }
    const hostfit::FleetNodeModel *hostModel(const QString &node) const;

protected:
    QStringList headers() const override;
    QVariant cell(const fleet::HostCapacity &row, int rowNumber, int column, int role) const override;

private:
    QVariant hostModelCell(const fleet::HostCapacity &row, int role) const;
    QList<hostfit::FleetNodeModel> m_hostModels; // a few: the hosts open in the window
};
