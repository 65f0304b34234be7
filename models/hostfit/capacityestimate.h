#pragma once

#include "domainxml/computeprofile.h"
#include "flavors/flavor.h"
#include "hostfit/shortage.h"
#include "inventory/hostsnapshot.h"
#include "rules/release.h"

namespace hostfit {

// How many instances of a flavor fit on a host now, and what runs out first: instances are
// placed one after another (placement, NUMA fit, devices) and each one's pCPUs, pages, memory
// and devices consumed, until the next does not fit or `cap` is reached.
struct CapacityEstimate
{
    static constexpr int kDefaultCap = 1000;

    int fits = 0;
    bool capped = false;   // stopped counting at the cap: at least `fits` fit
    QString limitedBy;     // the resource that runs out (Shortage::resource), or why nothing fits
    Shortage shortage;     // the full reason (empty code when capped)
    bool canRun() const { return fits > 0; }
};

struct CapacityOptions
{
    rules::NovaRelease release = rules::NovaRelease(rules::NovaRelease::kDefault);
    int cap = CapacityEstimate::kDefaultCap;
    // The flavor's demand when the caller made it once for many hosts; else made per call.
    const InstanceDemand *demand = nullptr;
};

// Software requirements (hostrequirements.h) that fail make it 0 with that reason; so does a
// profile nova-compute would refuse on this host.
CapacityEstimate estimateCapacity(const flavors::Flavor &flavor, const inventory::HostSnapshot &host,
                                  const domainxml::ComputeProfile &profile, const CapacityOptions &options = {});

} // namespace hostfit
