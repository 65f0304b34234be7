#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace probe {

class HostFacts;

struct PageSizeNeed
{
    qint64 pageSizeKiB = 0;
    qint64 pages = 0;        // pages one guest needs (RAM / page size); 0: only "reserved at all"
    int numaNode = -1;       // the node of the guest's devices; -1 any node
};

// What the devices and flavors planned for a host need from it. A plain struct so it can be
// filled from a HostSnapshot and a flavor library, or inferred from the facts alone.
struct HostNeeds
{
    int vfsInUse = 0;              // SR-IOV VFs / PCI devices given to guests (VFIO)
    int vdpaInUse = 0;
    int mdevsInUse = 0;
    QList<PageSizeNeed> pageSizes; // hw:mem_page_size the flavors request
    qint64 maxGuestRamMiB = 0;     // the largest guest with VFIO/vDPA devices
    bool lockedMemory = false;     // every such guest uses hw:locked_memory (libvirt lifts memlock)
    QStringList mdevTypes;         // mdev types flavors request
    bool dedicatedFlavors = false; // hw:cpu_policy=dedicated or mixed
    bool realtimeFlavors = false;  // hw:cpu_realtime
    QStringList viommuModels;      // hw:viommu_model values requested
    // Versions from the libvirt connection; when empty, the probe's `--version` readings count.
    QString libvirtVersion;
    QString qemuVersion;

    // What a host evidently uses, read from its facts alone: vDPA devices present, PCI devices
    // in [pci]device_spec, mdev types enabled, cpu_dedicated_set configured.
    static HostNeeds inferredFrom(const HostFacts &facts);
};

} // namespace probe
