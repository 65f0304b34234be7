#pragma once

#include "versions/versionnumber.h"

#include <QList>
#include <QString>

namespace versions {

// The one table of version minimums vDeck checks: the host audit (probe/prerequisiteaudit.h)
// and the host-aware flavor checks (hostfit/hostrequirements.h) read them here. Nova wins where
// docs/design/nova.md (section 4) and Nova differ; the Nova 31 values are read from its source
// in the build root.
struct Minimum
{
    QString component;   // "libvirt", "QEMU", "kernel"
    VersionNumber version;
    QString purpose;     // "vIOMMU model virtio", "vDPA", "nova-compute"
    QString source;      // "Nova 31 driver.py MIN_LIBVIRT_VIOMMU_VIRTIO_MODEL"
    QString text() const; // "libvirt >= 8.3.0 for vIOMMU model virtio (Nova 31 driver.py ...)"
};

namespace minimums {

// driver.py MIN_LIBVIRT_VERSION / MIN_QEMU_VERSION: nova-compute refuses to start below them.
// Known from the source of Nova 31 (8.0.0 / 6.2.0); later releases' minimums are at least that.
// Libvirt first, then QEMU.
QList<Minimum> novaCompute();
// driver.py MIN_LIBVIRT_VIOMMU_VIRTIO_MODEL: `auto` becomes `virtio` from here, else intel
// (x86 q35) or smmuv3; a host below it does not offer model virtio.
Minimum viommuVirtio();
// libvirt's docs/formatdomain.rst ("IOMMU devices"): model smmuv3 since libvirt 5.5.0.
Minimum viommuSmmuv3();
// doc/source/admin/vdpa.rst: libvirt 6.9.0, QEMU 5.1, kernel 5.7 (in that order). Below them
// Nova lists no vDPA devices, so vdpa ports find none (NoValidHost).
QList<Minimum> vdpa();

} // namespace minimums
} // namespace versions
