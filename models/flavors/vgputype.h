#pragma once

#include "flavors/flavor.h"

namespace flavors {

// The vGPU request of a flavor as Nova's vGPU guide writes it: `resources:VGPU=N` and the
// mdev type chosen by a custom trait, `trait:CUSTOM_<TYPE>=required` (e.g. CUSTOM_NVIDIA_11).
// Only unnumbered groups: numbered resource groups are edited in the raw table.
QString vgpuCount(const Flavor &flavor);         // "" when no vGPU is requested
void setVgpuCount(Flavor &flavor, const QString &count);
QString vgpuTypeTrait(const Flavor &flavor);     // "CUSTOM_NVIDIA_11", "" when none
// Replaces the current type trait (if any) by trait:<trait>=required; an empty trait removes it.
// A name without the CUSTOM_ prefix gets it, upper-cased as placement requires.
void setVgpuTypeTrait(Flavor &flavor, const QString &trait);

} // namespace flavors
