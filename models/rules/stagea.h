#pragma once

#include "flavors/catalog.h"
#include "flavors/flavor.h"
#include "rules/finding.h"
#include "rules/release.h"

namespace rules {

// Stage A: every extra spec on its own, as POST /flavors/{id}/os-extra_specs checks it at
// microversion >= 2.86 (and the request schema at any microversion). One finding per bad key.
QList<Finding> checkStageA(const flavors::Flavor &flavor, const flavors::ExtraSpecCatalog &catalog, NovaRelease release);

// The first Nova release whose registry knows the key, for keys added after Wallaby.
int firstReleaseOfKey(const QString &key);

} // namespace rules
