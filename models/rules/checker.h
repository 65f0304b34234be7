#pragma once

#include "flavors/catalog.h"
#include "flavors/flavor.h"
#include "rules/finding.h"
#include "rules/release.h"

namespace rules {

struct CheckOptions
{
    NovaRelease release = NovaRelease(NovaRelease::kDefault);
};

// Every finding for a flavor: stage A (each key), then the first stage-B exception Nova raises
// (Nova stops there), then the advice for later stages. Errors come first, in Nova's order.
QList<Finding> checkFlavor(const flavors::Flavor &flavor, const flavors::ExtraSpecCatalog &catalog, const CheckOptions &options);

} // namespace rules
