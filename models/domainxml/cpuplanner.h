#pragma once

#include "domainxml/computeprofile.h"
#include "domainxml/guestplan.h"
#include "domainxml/numafit.h"
#include "flavors/flavor.h"
#include "rules/stageb.h"

#include <optional>

namespace domainxml {

// <cpu> (mode, model, topology, NUMA cells), <cputune> and <numatune> as
// _get_guest_cpu_config + _get_guest_numa_config write them for a fitted instance.
CpuPlan planCpu(const flavors::Flavor &flavor, const rules::InstanceShape &shape, const HostNumaTopology &host,
                const std::optional<QList<FittedCell>> &fitted, const ComputeProfile &profile, const QString &arch);

// <memoryBacking> as _get_guest_memory_backing_config writes it (stage-D checks are the
// caller's: realtime with share and no cpu_shared_set, hugepages with file-backed memory).
MemoryBackingPlan planMemoryBacking(const rules::InstanceShape &shape, const HostNumaTopology &host,
                                    const std::optional<QList<FittedCell>> &fitted, const ComputeProfile &profile);

} // namespace domainxml
