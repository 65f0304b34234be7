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
CpuTopology bestCpuTopology(const flavors::Flavor &flavor);

} // namespace domainxml
