#pragma once

#include "domainxml/computeprofile.h"
#include "inventory/hostsnapshot.h"

#include <QList>
#include <QString>

#include <optional>

namespace domainxml {

using CpuList = QList<int>; // sorted, no duplicates

// One page pool of a host NUMA cell, as Nova's NUMAPagesTopology (used = total - free).
struct PagePool
{
    quint64 sizeKiB = 0;
    quint64 total = 0;
    quint64 free = 0;
    bool canFit(quint64 memoryKiB, bool useFree) const;
};

// A host NUMA cell as nova-compute reports it (driver._get_host_numa_topology): the shared
// (VCPU) and dedicated (PCPU) CPUs of the cell after [compute] cpu_shared_set/cpu_dedicated_set,
// thread siblings restricted to those CPUs, memory and page pools.
struct HostNumaCell
{
    int id = -1;
    CpuList cpuset;
    CpuList pcpuset;
    QList<CpuList> siblings; // thread siblings in Nova's (Python set) iteration order
    quint64 memoryKiB = 0;
    QList<PagePool> pages; // ascending page size
    // Usage by instances placed since the snapshot (nova.objects.NUMACell pinned_cpus,
    // memory_usage in MB, cpu_usage in shared vCPUs); all empty for an idle host.
    CpuList pinned;
    qint64 memoryUsageMb = 0;
    int cpuUsage = 0;
    CpuList freePcpus() const;
    qint64 availMemoryMb() const { return qint64(memoryKiB / 1024) - memoryUsageMb; }
    quint64 smallestPageKiB() const { return pages.isEmpty() ? 4 : pages.constFirst().sizeKiB; }
    const PagePool *pool(quint64 sizeKiB) const;
};

// nova.objects.NUMATopologyLimits: what the NUMATopologyFilter passes to the fit for shared CPUs
// and memory ([DEFAULT] cpu_allocation_ratio / ram_allocation_ratio, initially 4.0 and 1.0).
struct NumaLimits
{
    double cpuAllocationRatio = 4.0;
    double ramAllocationRatio = 1.0;
};

struct HostNumaTopology
{
    QList<HostNumaCell> cells;
    std::optional<NumaLimits> limits; // unset: no limits (the driver's fit on an empty host)
    CpuList onlineCpus;
    CpuList sharedSet;      // [compute] cpu_shared_set, empty when unset
};

// The topology Nova would report for this host with this profile. std::nullopt with *error set
// where nova-compute refuses to start (a configured CPU that is not on the host).
std::optional<HostNumaTopology> hostNumaTopology(const inventory::HostSnapshot &host, const ComputeProfile &profile,
                                                 QString *error);

CpuList toCpuList(const QSet<int> &set);
CpuList intersect(const CpuList &a, const CpuList &b);

} // namespace domainxml
