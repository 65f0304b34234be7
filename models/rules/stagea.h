#pragma once

#include "flavors/catalog.h"
#include "flavors/flavor.h"
#include "rules/finding.h"
#include "rules/release.h"

namespace rules {

// Stage A: every extra spec on its own, as POST /flavors/{id}/os-extra_specs checks it at
// microversion >= 2.86 (and the request schema at any microversion), with the registry and schema
// of the release's own catalogue. One finding per bad key.
QList<Finding> checkStageA(const flavors::Flavor &flavor, const flavors::ExtraSpecCatalog &catalog, NovaRelease release);

} // namespace rules
