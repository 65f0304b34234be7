#pragma once

#include "domainxml/computeprofile.h"
#include "domainxml/hostnuma.h"

#include <QString>

namespace hostfit {

// One placement inventory of the compute node's resource provider, as the libvirt driver
// reports it (driver.py update_provider_tree): capacity = (total - reserved) * allocation ratio.
struct Inventory
{
    qint64 total = 0;
    qint64 reserved = 0;
    double allocationRatio = 1.0;
    qint64 used = 0;
    bool exists() const { return total > 0; } // placement forbids total = 0
    bool canTake(qint64 amount) const;
    qint64 left() const; // whole units still free
};

// VCPU, PCPU and MEMORY_MB of one host with Nova's defaults: VCPU = [compute] cpu_shared_set
// (all online CPUs when neither set is configured, none with only cpu_dedicated_set) at
// initial_cpu_allocation_ratio 4.0; PCPU = cpu_dedicated_set at 1.0; MEMORY_MB = host memory
// with reserved_host_memory_mb 512 at initial_ram_allocation_ratio 1.0. DISK_GB is not known
// from a snapshot and is not counted.
struct PlacementInventories
{
    Inventory vcpu;
    Inventory pcpu;
    Inventory memoryMb;
    static PlacementInventories of(const domainxml::HostNumaTopology &topology, const domainxml::ComputeProfile &profile,
                                   quint64 hostMemoryKiB);
};

// What the scheduler asks placement for one instance (resources_from_request_spec).
struct PlacementRequest
{
    qint64 vcpu = 0;
    qint64 pcpu = 0;
    qint64 memoryMb = 0;
};

} // namespace hostfit
