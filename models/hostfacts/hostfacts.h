#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// Facts about a host that libvirt does not report, read over ssh by probe::HostProbe from a fixed
// allowlist of files. Plain values; HostFacts itself is immutable and cheap to copy.
namespace hostfacts {

constexpr qint64 kUnlimited = -1; // a memlock limit of "unlimited"

struct HugePagePool
{
    int node = -1;           // NUMA node; -1 for the system-wide pool
    qint64 pageSizeKiB = 0;
    qint64 total = 0;        // nr_hugepages
    qint64 free = 0;
    qint64 surplus = 0;
    bool operator==(const HugePagePool &) const = default;
};

struct KernelFacts
{
    QString release;         // /proc/sys/kernel/osrelease
    QString version;         // /proc/sys/kernel/version ("#1 SMP PREEMPT_DYNAMIC ...")
    bool realtime = false;   // PREEMPT_RT (/sys/kernel/realtime or the version string)
    QString cmdline;         // /proc/cmdline
    bool operator==(const KernelFacts &) const = default;
};

struct MemlockLimit
{
    QString source;          // "/proc/1234/limits", "/proc/self/limits"
    QString process;         // comm of the process, empty for the probe session
    qint64 softBytes = 0;    // kUnlimited for unlimited
    qint64 hardBytes = 0;
    bool operator==(const MemlockLimit &) const = default;
};

struct ConfigLine
{
    QString file;
    QString key;
    QString value;
    bool operator==(const ConfigLine &) const = default;
};

struct MemlockFacts
{
    std::optional<MemlockLimit> session;  // what the probe's own processes get
    QList<MemlockLimit> processes;        // running virtqemud/libvirtd/QEMU
    QList<ConfigLine> systemd;            // LimitMEMLOCK= in the libvirt daemons' units
    QList<ConfigLine> qemuConf;           // user, group, max_* in /etc/libvirt/qemu.conf
    QList<ConfigLine> limitsConf;         // memlock lines of /etc/security/limits{.conf,.d}
    bool operator==(const MemlockFacts &) const = default;
};

struct MdevType
{
    QString parent;          // PCI address of the parent device
    QString id;              // "nvidia-35"
    QString name;
    QString description;
    int availableInstances = 0;
    QString deviceApi;       // "vfio-pci"
    bool operator==(const MdevType &) const = default;
};

struct VdpaDevice
{
    QString name;            // "vdpa0"
    QString managementDevice; // "pci/0000:01:00.2" or "vdpasim_net"
    QString driver;          // "vhost_vdpa", "virtio_vdpa", empty when unbound
    bool operator==(const VdpaDevice &) const = default;
};

struct NvidiaVgpuVf
{
    QString address;         // PCI address of the VF
    QString physfn;          // its PF, when sysfs says
    QString currentType;     // current_vgpu_type ("0" when none)
    QStringList creatableTypes;
    bool operator==(const NvidiaVgpuVf &) const = default;
};

struct NovaSection
{
    QString name;
    QList<QPair<QString, QString>> entries; // in file order; multi-valued options repeat
    bool operator==(const NovaSection &) const = default;
};

struct CpuIsolation
{
    QString isolated;        // cpu list, "" when none
    QString nohzFull;
    QString online;
    QString smtControl;      // on, off, forceoff, notsupported, notimplemented
    std::optional<bool> smtActive;
    bool operator==(const CpuIsolation &) const = default;
};

struct SoftwareVersions
{
    QString libvirt;         // "11.3.0"
    QString qemu;            // "10.0.2"
    bool operator==(const SoftwareVersions &) const = default;
};

struct ProbeStatus
{
    QString probe;           // probeName()
    bool ok = false;
    bool timedOut = false;
    bool truncated = false;
    QString error;
    bool operator==(const ProbeStatus &) const = default;
};

struct HostFactsParts
{
    QString host;                        // user@host:port
    QDateTime probedAt;
    QMap<QString, qint64> meminfo;       // /proc/meminfo, values as written (kB or counts)
    QList<HugePagePool> hugepages;
    QStringList hugetlbfsMounts;
    KernelFacts kernel;
    MemlockFacts memlock;
    QMap<int, QStringList> iommuGroups;  // group -> PCI addresses
    QMap<QString, QString> sriovPhysfn;  // VF address -> its PF address
    QStringList mdevParents;             // devices on /sys/class/mdev_bus
    QList<MdevType> mdevTypes;
    QList<VdpaDevice> vdpaDevices;
    QList<NvidiaVgpuVf> nvidiaVgpuVfs;
    QList<NovaSection> nova;
    CpuIsolation cpu;
    SoftwareVersions versions;
    QList<ProbeStatus> probes;
    bool operator==(const HostFactsParts &) const = default;
};

class HostFacts
{
public:
    HostFacts();
    explicit HostFacts(HostFactsParts parts);

    const HostFactsParts &parts() const { return *m_parts; }
    const QString &host() const { return m_parts->host; }
    const QMap<QString, qint64> &meminfo() const { return m_parts->meminfo; }
    const QList<HugePagePool> &hugepages() const { return m_parts->hugepages; }
    const KernelFacts &kernel() const { return m_parts->kernel; }
    const MemlockFacts &memlock() const { return m_parts->memlock; }
    const QMap<int, QStringList> &iommuGroups() const { return m_parts->iommuGroups; }
    const QMap<QString, QString> &sriovPhysfn() const { return m_parts->sriovPhysfn; }
    const QList<MdevType> &mdevTypes() const { return m_parts->mdevTypes; }
    const QList<VdpaDevice> &vdpaDevices() const { return m_parts->vdpaDevices; }
    const QList<NvidiaVgpuVf> &nvidiaVgpuVfs() const { return m_parts->nvidiaVgpuVfs; }
    const QList<NovaSection> &nova() const { return m_parts->nova; }
    const CpuIsolation &cpu() const { return m_parts->cpu; }
    const SoftwareVersions &versions() const { return m_parts->versions; }
    const QList<ProbeStatus> &probes() const { return m_parts->probes; }

    // Every value of [section]key in file order (multi-valued options such as device_spec).
    QStringList novaValues(const QString &section, const QString &key) const;
    // The value oslo.config would use for a single-valued option: the last one.
    std::optional<QString> novaValue(const QString &section, const QString &key) const;
    bool hasNovaSection(const QString &section) const;
    // Whether the probe named name ran and was read completely.
    bool probed(const QString &name) const;
    // Pools of one page size: per NUMA node when the host has nodes, else the global pool.
    QList<HugePagePool> hugepagePools(qint64 pageSizeKiB) const;

    bool operator==(const HostFacts &other) const { return parts() == other.parts(); }

private:
    std::shared_ptr<const HostFactsParts> m_parts;
};

} // namespace hostfacts
