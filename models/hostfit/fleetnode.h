#pragma once

#include "fleet/fleetcapacity.h"
#include "hostfit/capacityestimate.h"

#include <QList>
#include <QString>

namespace hostfit {

// A host vDeck has a snapshot of, seen as one compute node of a cloud's fleet. Placement counts
// what the node's providers have free; vDeck's host model adds what Placement does not know
// (NUMA placement, hugepages per node, pinning, devices). The smaller count is what boots.
struct FleetNodeModel
{
    enum class Limit { Placement, Host, Both };

    QString node;   // the compute node's resource provider name
    QString source; // where the snapshot came from (a file, or the window's host)
    CapacityEstimate estimate;
    int placementFits = 0;

    int fits() const { return std::min(placementFits, estimate.fits); }
    Limit limits() const;
    QString limitsKey() const;  // "placement", "host" or "both" (JSON's hostModel.limits)
    QString limitsText() const; // "Placement", "the host" or "both"
    // "nfv-01: Placement 4, host model 2 (hugepages, nfv-01.vdeckhost): 2 fit, limited by the host"
    QString text() const;
};

// The compute node of `capacity` whose resource provider is named `hostname`, or the short name
// of one of them is the other (Nova names a node by the host's name, short or full); an exact
// name wins. Null when the host is no compute node of the fleet.
const fleet::HostCapacity *fleetNodeOf(const fleet::FleetCapacity &capacity, const QString &hostname);

// The fleet's total when each modelled node counts its smaller number.
qint64 totalWithHostModel(const fleet::FleetCapacity &capacity, const QList<FleetNodeModel> &models);

} // namespace hostfit
