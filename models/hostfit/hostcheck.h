#pragma once

#include "hostfit/capacityestimate.h"
#include "rules/finding.h"

namespace hostfit {

// "Can this host run it, and if not why": the host's findings for a flavor plus its capacity.
struct HostVerdict
{
    QString hostName;                // the snapshot's hostname
    QList<rules::Finding> findings;  // host.* codes, stage C/D; errors first
    CapacityEstimate capacity;
    bool canRun() const { return capacity.canRun(); }
    QJsonObject toJson() const;      // {"name", "fits", "limitedBy", "canRun"}
};

// Requirements (hostrequirements.h) and, when nothing fits, the shortage as an error finding
// (stage C, NoValidHost, with the resource, node and numbers); when instances fit, an info
// finding host.capacity saying how many and what runs out first.
HostVerdict checkHost(const flavors::Flavor &flavor, const inventory::HostSnapshot &host,
                      const domainxml::ComputeProfile &profile, const CapacityOptions &options = {});

} // namespace hostfit
