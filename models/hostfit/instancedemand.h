#pragma once

#include "domainxml/numafit.h"
#include "flavors/flavor.h"
#include "hostfit/placement.h"
#include "rules/finding.h"
#include "rules/release.h"

#include <optional>

namespace hostfit {

// What one instance of a flavor (with its image properties and ports) asks of a host, derived
// once: the NUMA request Nova fits (none without a NUMA topology), the vCPUs it pins and floats,
// memory, and the PCI NUMA affinity policy its devices follow.
struct InstanceDemand
{
    flavors::Flavor flavor;
    std::optional<rules::Finding> rejected;          // the first stage A/B error: never reaches a host
    std::optional<domainxml::GuestNumaRequest> numa;
    qint64 pinnedCpus = 0;   // incl. the emulator threads' pCPU with isolate
    qint64 floatingCpus = 0;
    qint64 memoryMb = 0;
    QString pciNumaPolicy = QStringLiteral("legacy"); // legacy, required, preferred, socket
    bool wantsDevices = false;

    static InstanceDemand of(const flavors::Flavor &flavor, rules::NovaRelease release);
    // The same, from rules::checkFlavor's findings for this flavor and release (made once).
    static InstanceDemand of(const flavors::Flavor &flavor, rules::NovaRelease release, const QList<rules::Finding> &flavorFindings);

    // resources_from_request_spec: PCPU for pinned vCPUs, VCPU for floating ones, MEMORY_MB.
    // Without PCPU inventory on the host the scheduler's fallback query asks VCPU instead
    // ([workarounds] disable_fallback_pcpu_query = False, the default).
    PlacementRequest placementRequest(const PlacementInventories &inventories) const;

    // Device locality for a placement on these host cells: legacy and required keep devices on
    // the instance's nodes (required also refuses devices without NUMA affinity), preferred
    // takes any node. Empty: no constraint.
    QList<int> deviceCells(const QList<int> &hostCells) const;
    bool strictLocality() const;
};

} // namespace hostfit
