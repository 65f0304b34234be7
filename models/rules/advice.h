#pragma once

#include "flavors/flavor.h"
#include "rules/finding.h"
#include "rules/release.h"
#include "rules/stageb.h"

namespace rules {

// Warnings and advice beyond the API stages: scheduler (C) and spawn (D) failures that can be
// predicted without a host, settings with no effect, and the microversion 2.86 caveat.
QList<Finding> adviseFlavor(const flavors::Flavor &flavor, const InstanceShape &shape, NovaRelease release);

} // namespace rules
