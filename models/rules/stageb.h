#pragma once

#include "flavors/flavor.h"
#include "rules/finding.h"
#include "rules/imagemeta.h"
#include "rules/pagesize.h"
#include "rules/release.h"

#include <QSet>

#include <optional>

namespace rules {

// What Nova derived from flavor + image when stage B passed: the facts later stages and the
// advice depend on.
struct InstanceShape
{
    std::optional<QString> cpuPolicy;     // after resources:PCPU/VCPU
    std::optional<QString> cpuThreadPolicy;
    std::optional<QSet<int>> realtimeCpus;
    std::optional<QString> emulatorThreadsPolicy;
    std::optional<PageSize> pageSize;
    std::optional<bool> lockedMemory;
    std::optional<bool> pmu;
    int numaNodes = 0;                    // 0: no NUMA topology
    bool hasNumaTopology() const { return numaNodes > 0; }
};

struct StageBResult
{
    std::optional<Finding> error;  // the exception Nova raises first; Nova stops there
    // With StageBMode::EveryBlocker, every exception of the flavor and image in Nova's order
    // (error first): each later check whose inputs passed runs as if Nova had gone on. Else
    // only `error`.
    QList<Finding> blockers;
    InstanceShape shape;           // complete only when there is no error
    ImageMeta image;
};

// FirstError stops where Nova stops. EveryBlocker goes on past a failed check to every check that
// does not read what failed, so an operator sees all blockers in one pass; the first of them is
// still the one Nova reports.
enum class StageBMode { FirstError, EveryBlocker };

// Stage B: the server create/resize API's flavor-vs-image checks
// (compute/api.py _validate_flavor_image_numa_pci, validate_pci=False), in Nova's order.
// Assumes stage A passed (values are what the registry allows).
StageBResult checkStageB(const flavors::Flavor &flavor, NovaRelease release, StageBMode mode = StageBMode::FirstError);

} // namespace rules
