#pragma once

#include "domainxml/computeprofile.h"
#include "domainxml/deviceallocator.h"
#include "domainxml/hostnuma.h"
#include "domainxml/numafit.h"
#include "hostfit/instancedemand.h"
#include "hostfit/placement.h"
#include "inventory/hostsnapshot.h"

#include <optional>

namespace hostfit {

// Where one instance went: its NUMA cells (empty without a NUMA topology) and devices.
struct InstancePlacement
{
    PlacementRequest request;
    QList<domainxml::FittedCell> cells;
    domainxml::DeviceAllocation devices;
    bool pinSiblings = false; // thread policy isolate: the pinned CPUs' siblings are taken too
};

// A host as the scheduler sees it while instances are added one by one: the NUMA topology Nova
// reports (with pinned CPUs, memory and shared-CPU usage and free pages going down), placement
// inventories, and the devices handed out. A value: copy it to try something.
class HostUsage
{
public:
    // std::nullopt with *error set when nova-compute would refuse the profile on this host.
    static std::optional<HostUsage> of(const inventory::HostSnapshot &host, const domainxml::ComputeProfile &profile, QString *error);

    // The scheduler's decision for one more instance: placement, then the NUMA fit (with the
    // devices it needs on the chosen cells), then the devices. std::nullopt: NoValidHost.
    std::optional<InstancePlacement> place(const InstanceDemand &demand) const;
    // numa_usage_from_instance_numa + placement allocations + devices claimed.
    void consume(const InstancePlacement &placement);

    // Pieces of place() for explaining a failure.
    bool placementFits(const InstanceDemand &demand) const;
    domainxml::DeviceAllocation devicesOn(const InstanceDemand &demand, const QList<int> &hostCells) const;
    bool devicesAcceptable(const InstanceDemand &demand, const QList<int> &hostCells) const;

    const inventory::HostSnapshot &host() const { return m_host; }
    const domainxml::ComputeProfile &profile() const { return m_profile; }
    const domainxml::HostNumaTopology &topology() const { return m_topology; }
    const PlacementInventories &inventories() const { return m_inventories; }
    const domainxml::DeviceUse &deviceUse() const { return m_devices; }

private:
    QList<int> sameSocketCells(const QList<int> &hostCells) const;
    QList<int> deviceCells(const InstanceDemand &demand, const QList<int> &hostCells) const;
    HostUsage() = default;
    void claim(const domainxml::AllocatedDevice &device);

    inventory::HostSnapshot m_host;
    domainxml::ComputeProfile m_profile;
    domainxml::HostNumaTopology m_topology;
    PlacementInventories m_inventories;
    domainxml::DeviceUse m_devices;
};

} // namespace hostfit
