#pragma once

#include "flavors/catalog.h"
#include "flavors/flavor.h"
#include "rules/finding.h"
#include "rules/release.h"

namespace rules {

// Stage A: every extra spec on its own, as POST /flavors/{id}/os-extra_specs checks it at
// microversion >= 2.86 (and the request schema at any microversion). One finding per bad key.
QList<Finding> checkStageA(const flavors::Flavor &flavor, const flavors::ExtraSpecCatalog &catalog, NovaRelease release);

// The first Nova release whose registry knows the key, for keys added after Wallaby. The
// bundled catalogues (nova-26, nova-31) know every key of their own release; this fills the
// releases before and between them (tst_catalogs checks that every key nova-31 has and nova-26
// lacks is listed here with a release from 27 to 31).
int firstReleaseOfKey(const QString &key);
// The last Nova release whose registry knows the key (NovaRelease::kMaster when it was never
// removed): for a release between two catalogues, a key the later one dropped is judged by the
// earlier one.
int lastReleaseOfKey(const QString &key);

} // namespace rules
