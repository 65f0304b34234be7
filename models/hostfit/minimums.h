#pragma once

#include "hostfit/versionnumber.h"
#include "rules/release.h"

#include <QList>
#include <QString>

namespace hostfit {

// One version minimum a host-aware check applies, with where it comes from. Nova wins where
// DOMAIN.md and Nova differ; the Nova 31 values are read from its source in the build root.
struct Minimum
{
    QString component;   // "libvirt", "QEMU", "kernel"
    VersionNumber version;
    QString purpose;     // "vIOMMU model virtio", "vDPA", "nova-compute"
    QString source;      // "Nova 31 driver.py MIN_LIBVIRT_VIOMMU_VIRTIO_MODEL"
    QString text() const; // "libvirt >= 8.3.0 for vIOMMU model virtio (Nova 31 driver.py ...)"
};

namespace minimums {

// driver.py MIN_LIBVIRT_VIOMMU_VIRTIO_MODEL: `auto` becomes `virtio` from here, else intel
// (x86 q35) or smmuv3; a host below it does not offer model virtio.
Minimum viommuVirtio();
// doc/source/admin/vdpa.rst: libvirt 6.9.0, QEMU 5.1, kernel 5.7. Below them Nova lists no
// vDPA devices, so vdpa ports find none (NoValidHost).
QList<Minimum> vdpa();
// driver.py MIN_LIBVIRT_VERSION / MIN_QEMU_VERSION of the release: nova-compute refuses to start
// below them. Known from the source for Nova 31 (8.0.0 / 6.2.0, also used for later releases,
// whose minimums are at least that); empty for releases whose source is not at hand.
QList<Minimum> novaCompute(rules::NovaRelease release);
// Everything above, for documentation (`vdeckctl capacity --help`, the user guide).
QList<Minimum> all(rules::NovaRelease release);

} // namespace minimums
} // namespace hostfit
