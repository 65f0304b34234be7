#pragma once

#include "domainxml/hostnuma.h"
#include "inventory/pciaddress.h"

#include <QList>
#include <QString>

#include <optional>

namespace domainxml {

struct VcpuPin
{
    int vcpu = 0;
    CpuList cpuset;
};

// <cpu>, <cputune>, <numatune>: what _get_guest_cpu_config and _get_guest_numa_config produce.
struct CpuPlan
{
    bool present = true;            // false: no <cpu> element (virt types without one)
    std::optional<QString> mode;    // host-model, host-passthrough, custom; unset for mode none
    QString model;
    int sockets = 1, cores = 1, threads = 1;
    struct Cell
    {
        int id = 0;
        CpuList cpus;
        quint64 memoryKiB = 0;
        bool sharedAccess = false;
    };
    QList<Cell> cells;              // empty: no guest NUMA topology
    CpuList memoryNodeset;          // <numatune><memory nodeset>
    QList<std::pair<int, int>> memnodes; // guest cell -> host node
    bool cputune = false;
    CpuList emulatorpin;
    QList<VcpuPin> vcpupins;
    CpuList realtimeVcpus;
    int realtimePriority = 1;
};

struct MemoryBackingPlan
{
    QList<std::pair<quint64, int>> pages; // page size KiB, guest cell
    bool noSharePages = false;
    bool locked = false;
    bool fileBacked = false;              // [libvirt]file_backed_memory
    bool present() const { return !pages.isEmpty() || noSharePages || locked || fileBacked; }
};

struct NicPlan
{
    QString type;                  // vdpa, hostdev, direct
    QString mac;
    QString sourceDev;             // vdpa chardev / macvtap netdev
    inventory::PciAddress address; // hostdev
    bool virtioModel = false;
    QString driverName;            // vhost / qemu; empty: none
    int queues = 0;
    int rxQueueSize = 0;
    int txQueueSize = 0;           // vdpa only
    bool packed = false;           // hw:virtio_packed_ring
    QString device;                // the host device it uses (comment)
};

struct HostdevPlan
{
    QString type;                  // pci, mdev
    inventory::PciAddress address;
    QString mdevUuid;
    bool toBeCreated = false;      // a new mdev Nova would create on the parent
    QString device;                // the host device (comment)
};

struct IommuPlan
{
    QString model;
    bool eim = false;
};

// Everything of one guest that the XML writer needs: plain values, no decisions left.
struct GuestPlan
{
    QString name, uuid, flavorName;
    QString domainType = QStringLiteral("kvm");
    QString arch = QStringLiteral("x86_64");
    QString machine;               // empty: no machine attribute
    quint64 memoryKiB = 0;
    int vcpus = 1;
    CpuPlan cpu;
    MemoryBackingPlan memory;
    std::optional<bool> pmu;
    std::optional<IommuPlan> iommu;
    QList<NicPlan> nics;
    QList<HostdevPlan> hostdevs;
};

// Serialises a plan as the libvirt domain document Nova's driver writes (element order of
// nova.virt.libvirt.config), indented by two spaces.
QString writeDomain(const GuestPlan &plan);

} // namespace domainxml
