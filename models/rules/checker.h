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

// Every finding for a flavor: stage A (each key), then stage B's exceptions (every blocker: the
// first is the one Nova raises and stops at), then the advice for later stages; in the order of
// rules::orderFindings(), the error Nova reports marked novaReports.
QList<Finding> checkFlavor(const flavors::Flavor &flavor, const flavors::ExtraSpecCatalog &catalog, const CheckOptions &options);

} // namespace rules
