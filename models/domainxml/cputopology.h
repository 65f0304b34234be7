#pragma once

#include "flavors/flavor.h"

namespace domainxml {

struct CpuTopology
{
    int sockets = 1, cores = 1, threads = 1;
    friend bool operator==(const CpuTopology &, const CpuTopology &) = default;
};

// hardware.get_best_cpu_topology: every sockets x cores x threads = vcpus within the flavor's
// and image's maximums, ordered by sockets*cores, sockets, threads (descending), then by how
// many of the preferred values (image first, else flavor) they match.
// numaThreads > 0 (Nova 23 only: _get_desirable_cpu_topologies(numa_topology=...)) keeps only
// the topologies with the most threads not above min(numaThreads, preferred threads).
CpuTopology bestCpuTopology(const flavors::Flavor &flavor, int numaThreads = 0);

} // namespace domainxml
