#pragma once

#include "domainxml/computeprofile.h"
#include "flavors/flavor.h"
#include "fleet/fleetcapacity.h"
#include "hostfit/fleetnode.h"
#include "inventory/hostsnapshot.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

// vdeckctl cloud capacity --snapshot: vDeck's host model of the compute nodes given as
// snapshot files, beside Placement's count (hostfit::FleetNodeModel, which the window's fleet
// table shows too).
namespace fleethostmodel {

// An error names the snapshot that matches no compute node.
QList<hostfit::FleetNodeModel> match(const fleet::FleetCapacity &capacity, const QList<std::pair<QString, inventory::HostSnapshot>> &snapshots,
                                     const flavors::Flavor &flavor, const domainxml::ComputeProfile &profile, rules::NovaRelease release,
                                     QString *error);
void print(QTextStream &out, const QList<hostfit::FleetNodeModel> &models, const fleet::FleetCapacity &capacity);
QJsonObject json(const hostfit::FleetNodeModel &model);

} // namespace fleethostmodel
