#pragma once

#include "flavors/flavor.h"
#include "rules/finding.h"
#include "rules/release.h"
#include "rules/stageb.h"

namespace rules {

// Warnings and advice beyond the API stages: scheduler (C) and spawn (D) failures that can be
// predicted without a host, settings with no effect, and the microversion 2.86 caveat.
// Nova's vIOMMU driver attributes on a model libvirt refuses them on (virtio: error, certain on
// every host; smmuv3: warning): viommu.<model>-driver-attributes. Also used by the host check for
// auto, which becomes virtio on libvirt >= 8.3.0.
Finding viommuDriverAttributes(const QString &model, NovaRelease release);

QList<Finding> adviseFlavor(const flavors::Flavor &flavor, const InstanceShape &shape, NovaRelease release);

} // namespace rules
