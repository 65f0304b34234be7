#include "versions/memlocklimit.h"

#include <algorithm>

namespace versions {

VersionNumber memlockPerDeviceSince()
{
    return {8, 7, 0};
}

MemlockLimit libvirtMemlockLimit(const std::optional<VersionNumber> &libvirt, const GuestMemlockInput &guest)
{
    MemlockLimit out;
    if (guest.locked) {
        out.unlimited = true;
        out.rule = QStringLiteral("locked memory: unlimited");
        return out;
    }
    if (guest.vfio + guest.vdpa + guest.nvme == 0) {
        out.rule = QStringLiteral("no VFIO, vDPA or NVMe device: no limit set");
        return out;
    }
    constexpr qint64 kGiB = 1024LL * 1024 * 1024;
    const bool perDevice = !libvirt || *libvirt >= memlockPerDeviceSince(); // unknown: today's libvirt
    if (perDevice) {
        out.factor = guest.vdpa + guest.nvme + (guest.viommu ? guest.vfio : std::min(guest.vfio, 1));
        out.rule = QStringLiteral("libvirt >= 8.7.0: (vDPA %1 + NVMe %2 + VFIO %3) x guest memory + 1 GiB")
                       .arg(guest.vdpa)
                       .arg(guest.nvme)
                       .arg(guest.viommu ? QStringLiteral("%1 behind a vIOMMU").arg(guest.vfio) : QString::number(std::min(guest.vfio, 1)));
    } else {
        out.factor = 1;
        out.rule = QStringLiteral("libvirt < 8.7.0: guest memory + 1 GiB, whatever the devices");
    }
    out.bytes = out.factor * guest.memoryMiB * 1024 * 1024 + kGiB;
    return out;
}

} // namespace versions
