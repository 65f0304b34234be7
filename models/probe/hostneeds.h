#pragma once

#include "versions/memlocklimit.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace hostfacts {
class HostFacts;
}
namespace inventory {
class HostSnapshot;
}
namespace flavors {
struct FlavorLibrary;
}

namespace probe {

struct PageSizeNeed
{
    qint64 pageSizeKiB = 0;
    qint64 pages = 0;        // pages one guest needs (RAM / page size); 0: only "reserved at all"
    int numaNode = -1;       // the node of the guest's devices; -1 any node
    bool operator==(const PageSizeNeed &) const = default;
};

// What the devices and flavors planned for a host need from it. A plain struct: inferred from
// the facts alone, read from a snapshot's device graph, and added to from a flavor library.
struct HostNeeds
{
    int vfsInUse = 0;              // SR-IOV VFs / PCI devices given to guests (VFIO)
    int vdpaInUse = 0;
    int mdevsInUse = 0;
    QList<PageSizeNeed> pageSizes; // hw:mem_page_size the flavors request
    qint64 maxGuestRamMiB = 0;     // the largest guest with VFIO/vDPA devices and no locked memory
    QList<versions::GuestMemlockInput> memlockGuests; // each flavor with VFIO/vDPA devices and no locked memory
    bool lockedMemory = false;     // every such guest uses hw:locked_memory (libvirt lifts memlock)
    QStringList mdevTypes;         // mdev types flavors request
    bool dedicatedFlavors = false; // hw:cpu_policy=dedicated or mixed
    bool realtimeFlavors = false;  // hw:cpu_realtime
    QStringList viommuModels;      // hw:viommu_model values requested
    // Versions from the libvirt connection; when empty, the probe's `--version` readings count.
    QString libvirtVersion;
    QString qemuVersion;

    bool operator==(const HostNeeds &) const = default;

    // What a host evidently uses, read from its facts alone: vDPA devices present, PCI devices
    // in [pci]device_spec, mdev types enabled, cpu_dedicated_set configured.
    static HostNeeds inferredFrom(const hostfacts::HostFacts &facts);
    // What the snapshot's device graph shows in use (devices bound to vfio-pci, vDPA devices,
    // mdevs), the libvirt and QEMU versions it was captured with, and (through inferredFrom) what
    // its host facts show; counts are the larger of the two.
    static HostNeeds fromSnapshot(const inventory::HostSnapshot &snapshot);
    // Adds what the flavors request (flavorneeds.cpp): hugepage sizes and counts, dedicated and
    // realtime CPUs, mdev types (resources:VGPU with trait:CUSTOM_<TYPE>, or a custom resource
    // class nova.conf maps to a type), vDPA and VFIO devices (ports, pci_passthrough:alias), the
    // RAM of the largest such guest without hw:locked_memory, vIOMMU models. facts and snapshot
    // may be null; they place page needs on the devices' NUMA node and resolve "large" pages.
    void addFlavors(const flavors::FlavorLibrary &library, const hostfacts::HostFacts *facts,
                    const inventory::HostSnapshot *snapshot);
};

} // namespace probe
