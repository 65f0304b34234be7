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
    QString maxphysaddrMode;        // 29+: <maxphysaddr mode bits>; empty: none
    int maxphysaddrBits = 0;
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
    bool iothreadPin = false;       // Nova 33+: <iothreadpin iothread="1"> on the emulator threads' CPUs
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
    QString type;                  // vdpa, hostdev, direct; normal ports: bridge, vhostuser
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
    QString sourceBridge;          // bridge: br-int, or qbr... with the hybrid plug
    QString targetDev;             // tap... / vhu...
    QString interfaceId;           // <virtualport type="openvswitch"><parameters interfaceid>
    QString socketPath;            // vhostuser: <source type="unix" mode path>
    QString socketMode;
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
    bool awBits = true;            // aw_bits="48" (26, 27: only on libvirt >= 6.5.0)
};

// <metadata><nova:instance>: what _get_guest_config_meta writes that vDeck can know (no
// creationTime, owner or ports: they belong to the boot request, not to the flavor).
struct InstanceMetadata
{
    QString package;               // <nova:package version>: the release, "31.0.0"
    QString name;
    QString flavorName, flavorId;  // flavorId written from 32 on
    qint64 memoryMb = 0;
    int diskGb = 0, swapMb = 0, ephemeralGb = 0, vcpus = 0;
    bool flavorDetails = false;    // 32+: <nova:extraSpecs> and <nova:image>
    QList<std::pair<QString, QString>> extraSpecs, imageProperties;
    QString imageUuid;             // <nova:image uuid> and <nova:root uuid>
};

// The elements Nova writes for every kvm/qemu guest, whatever the flavor: <sysinfo>, <os><smbios>,
// the clock's timers, <rng>, the USB controller, the serial console's <log>, the balloon.
struct PlatformPlan
{
    bool kvmLike = true;           // virt_type kvm or qemu
    bool vmcoreinfo = true;        // <features><vmcoreinfo/> (x86 and aarch64 guests, 24+)
    bool osArch = true;            // <os><type arch> (25+)
    QString videoModel = QStringLiteral("virtio"); // 24 and older: cirrus on x86
    bool sysinfo = false;          // x86 guests: <sysinfo type="smbios"> + <os><smbios mode="sysinfo">
    QString sysinfoVersion;        // nova.version.version_string_with_package()
    bool kvmTimers = false;        // virt_type kvm: pit, rtc (+ hpet on x86)
    std::optional<bool> hpet;      // x86 + kvm: <timer name="hpet" present=...>
    bool rng = false;              // hw_rng:allowed (default True)
    int rngRateBytes = 0, rngRatePeriod = 0;
    QString rngBackend = QStringLiteral("/dev/urandom"); // [libvirt]rng_dev_path
    QString consoleLog;            // <serial><log file>; empty: no log
    bool bootMenu = false;         // hw:boot_menu / hw_boot_menu: <bootmenu enable="yes">
    bool efi = false;              // 33+: <os firmware="efi"> (UEFI; libvirt picks the files)
    std::optional<bool> secureBoot; // UEFI: <loader secure>, 33+ also <firmware><feature name="secure-boot">
    bool statelessFirmware = false; // hw_firmware_stateless: <loader stateless="yes">
    bool balloonReporting = false; // 32+: autodeflate + freePageReporting
    int iothreads = 0;             // 33+: <iothreads>1</iothreads>
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
    std::optional<CpuList> vcpuCpuset; // <vcpu cpuset>: [compute]cpu_shared_set for a guest without NUMA topology
    InstanceMetadata metadata;
    PlatformPlan platform;
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
