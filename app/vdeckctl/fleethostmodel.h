#pragma once

#include "domainxml/computeprofile.h"
#include "flavors/flavor.h"
#include "fleet/fleetcapacity.h"
#include "hostfit/capacityestimate.h"
#include "inventory/hostsnapshot.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

// What Placement does not know, from host snapshots of some compute nodes: vDeck's own host
// model (NUMA placement, hugepages per node, pinning, devices; hostfit) next to Placement's
// count, and which of the two limits. A snapshot belongs to the compute node whose provider
// name is its hostname (or the hostname's first label).
namespace fleethostmodel {

struct NodeModel
{
    QString node;        // the compute node's provider name
    QString snapshot;    // the snapshot's file
    hostfit::CapacityEstimate estimate;
    int placementFits = 0;
    int fits() const { return std::min(placementFits, estimate.fits); }
    QString limits() const; // "placement", "host" or "both"
};

// An error names the snapshot that matches no compute node.
QList<NodeModel> match(const fleet::FleetCapacity &capacity, const QList<std::pair<QString, inventory::HostSnapshot>> &snapshots,
                       const flavors::Flavor &flavor, const domainxml::ComputeProfile &profile, rules::NovaRelease release, QString *error);
void print(QTextStream &out, const QList<NodeModel> &models, const fleet::FleetCapacity &capacity);
QJsonObject json(const NodeModel &model);

} // namespace fleethostmodel
