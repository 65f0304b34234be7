#pragma once

#include "domainxml/numafit.h"
#include "flavors/flavor.h"
#include "rules/stageb.h"

#include <optional>

namespace domainxml {

// The instance NUMA request hardware.numa_get_constraints builds for a flavor that passed stage
// B: cells with their vCPUs (split evenly or from hw:numa_cpus.N / hw_numa_cpus.N), memory in MB,
// the requested page size, and the dedicated vCPUs of a mixed policy. std::nullopt when the
// instance has no NUMA topology.
std::optional<GuestNumaRequest> instanceNumaRequest(const flavors::Flavor &flavor, const rules::StageBResult &stageB);

// The vCPUs Nova pins under a mixed policy (hw:cpu_dedicated_mask, else the realtime vCPUs).
CpuList mixedDedicatedCpus(const flavors::Flavor &flavor, const rules::InstanceShape &shape);

} // namespace domainxml
