#pragma once

#include "versions/versionnumber.h"

#include <QString>

#include <optional>

namespace versions {

// What a guest needs locked, in libvirt's terms.
struct GuestMemlockInput
{
    qint64 memoryMiB = 0;
    int vfio = 0;         // VFIO host devices: PCI passthrough (VFs, PFs, aliases) and mdevs (vGPUs)
    int vdpa = 0;         // vDPA interfaces
    int nvme = 0;         // NVMe disks QEMU drives itself (Nova writes none)
    bool viommu = false;  // an <iommu> device
    bool locked = false;  // <memoryBacking><locked/> (hw:locked_memory)
    bool operator==(const GuestMemlockInput &) const = default;
};

// The RLIMIT_MEMLOCK libvirt's QEMU driver gives the guest's QEMU process, as
// qemuDomainGetMemLockLimitBytes (src/qemu/qemu_domain.c) computes it when Nova writes no
// <memtune><hard_limit>:
// - <locked/>: unlimited;
// - libvirt >= 8.7.0: (vdpa + nvme + (vIOMMU ? vfio : min(vfio, 1))) x guest memory + 1 GiB: each
//   vDPA device, NVMe disk and, behind a vIOMMU, each VFIO device maps guest memory on its own;
// - older libvirt: guest memory + 1 GiB once, however many devices (several VFIO devices behind a
//   vIOMMU, or several vDPA devices, then run out of lockable memory when the guest maps DMA);
// - no such device: libvirt sets no limit (0 here).
struct MemlockLimit
{
    bool unlimited = false;
    qint64 bytes = 0;   // when not unlimited; 0: libvirt leaves the process's limit alone
    int factor = 0;     // how many times the guest memory is counted
    QString rule;       // the formula applied, for messages
    // What libvirt >= 8.7.0 would set; bytes < needed.bytes means an older libvirt sets too little.
    bool below(const MemlockLimit &needed) const { return !unlimited && !needed.unlimited && bytes < needed.bytes; }
};

MemlockLimit libvirtMemlockLimit(const std::optional<VersionNumber> &libvirt, const GuestMemlockInput &guest);
// libvirt 8.7.0: the limit counts each device (the row of the table docs/design/nova.md cites).
VersionNumber memlockPerDeviceSince();

} // namespace versions
