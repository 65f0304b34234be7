#pragma once

#include "inventory/hostsnapshot.h"

#include <QList>
#include <QString>

namespace inventory {

struct HugepageUse
{
    int node = -1;
    quint64 sizeKiB = 0;
    quint64 total = 0;
    quint64 free = 0;
    bool operator==(const HugepageUse &) const = default;
};

struct VfUse
{
    QString pf;        // libvirt name of the PF
    QString label;     // "enp59s0f0 (0000:3b:00.0)"
    int used = 0;      // bound to vfio-pci or carrying a vDPA device
    int total = 0;     // VFs present
    int max = -1;      // maxCount
    bool operator==(const VfUse &) const = default;
};

struct MdevUse
{
    QString parent;    // libvirt name of the parent device
    QString typeId;
    QString typeName;
    int available = 0; // availableInstances
    int created = 0;   // existing mdevs of this type
    bool operator==(const MdevUse &) const = default;
};

// What the capacity charts show of one host: hugepages (not the base page size) per NUMA node
// and size, VF use per PF, mdev instances per type.
struct CapacitySummary
{
    QList<HugepageUse> hugepages; // by node, then size
    QList<VfUse> vfs;             // by PF name
    QList<MdevUse> mdevs;         // by parent, then type id
    bool operator==(const CapacitySummary &) const = default;
};

CapacitySummary summarizeCapacity(const HostSnapshot &snapshot);

// "2 MiB", "1 GiB", "4 KiB"
QString pageSizeText(quint64 sizeKiB);

} // namespace inventory
