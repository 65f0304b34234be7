#include "hostfit/placement.h"

#include <cmath>

namespace hostfit {

namespace {
constexpr qint64 kReservedHostMemoryMb = 512; // [DEFAULT] reserved_host_memory_mb
constexpr double kInitialCpuAllocationRatio = 4.0;
constexpr double kInitialRamAllocationRatio = 1.0;
} // namespace

bool Inventory::canTake(qint64 amount) const
{
    return amount <= 0 || (exists() && double(used + amount) <= double(total - reserved) * allocationRatio);
}

qint64 Inventory::left() const
{
    if (!exists())
        return 0;
    return std::max<qint64>(0, qint64(std::floor(double(total - reserved) * allocationRatio)) - used);
}

PlacementInventories PlacementInventories::of(const domainxml::HostNumaTopology &topology, const domainxml::ComputeProfile &profile,
                                              quint64 hostMemoryKiB)
{
    PlacementInventories inv;
    qint64 shared = 0;
    if (!profile.cpuSharedSet.isEmpty())
        shared = topology.sharedSet.size();
    else if (profile.cpuDedicatedSet.isEmpty())
        shared = topology.onlineCpus.size();
    inv.vcpu = Inventory{shared, 0, kInitialCpuAllocationRatio, 0};
    qint64 dedicated = 0;
    if (!profile.cpuDedicatedSet.isEmpty()) {
        for (const domainxml::HostNumaCell &c : topology.cells)
            dedicated += c.pcpuset.size();
    }
    inv.pcpu = Inventory{dedicated, 0, 1.0, 0};
    inv.memoryMb = Inventory{qint64(hostMemoryKiB / 1024), kReservedHostMemoryMb, kInitialRamAllocationRatio, 0};
    return inv;
}

} // namespace hostfit
