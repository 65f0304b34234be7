#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace probe {

// The complete list of what HostProbe may read on a host. There is no free-form command: each
// probe is a fixed, read-only script run by /bin/sh on the host, with a timeout and output cap.
enum class Probe {
    MemInfo,      // /proc/meminfo
    HugePages,    // per-node and global hugepage pools, hugetlbfs mounts
    Cmdline,      // /proc/cmdline
    Kernel,       // release, version, PREEMPT_RT
    Memlock,      // what QEMU gets: running daemons/QEMU, systemd LimitMEMLOCK, qemu.conf, limits.conf
    IommuGroups,  // /sys/kernel/iommu_groups
    MdevTypes,    // /sys/class/mdev_bus/*/mdev_supported_types/*
    VdpaDevices,  // /sys/bus/vdpa/devices with management device and driver
    NvidiaVgpu,   // /sys/bus/pci/devices/*/nvidia (vendor-specific VFIO vGPU VFs)
    NovaConf,     // [compute] [libvirt] [pci] [devices] [mdev_*] of nova.conf, secrets dropped on the host
    CpuIsolation, // isolated, nohz_full, online, SMT
    Versions,     // libvirt daemon and QEMU --version
};

const QList<Probe> &allProbes();
QString probeName(Probe probe);                       // "meminfo", "hugepages", ...
std::optional<Probe> probeFromName(const QString &name);

struct ProbeLimits
{
    int timeoutMs = 10000;
    qint64 outputCap = 256 * 1024;
};
ProbeLimits defaultLimits(Probe probe);

// A root prefix lets a fake sysfs/procfs tree stand in for a host (tests, recorded hosts). It
// must be an absolute, normalised path of plain characters: no "..", no shell metacharacters.
bool isValidRootPrefix(const QString &prefix, QString *error);

// A script from the allowlist, bound to a root prefix. Only allowed() can make one, so nothing
// else can reach SshConnection::run().
class AllowedCommand
{
public:
    static std::optional<AllowedCommand> allowed(Probe probe, const QString &rootPrefix, QString *error);

    Probe probe() const { return m_probe; }
    const QByteArray &script() const { return m_script; } // fed to `/bin/sh -s` on stdin
    static QByteArray remoteCommand() { return QByteArrayLiteral("/bin/sh -s"); }

private:
    AllowedCommand(Probe probe, QByteArray script) : m_probe(probe), m_script(std::move(script)) {}
    Probe m_probe;
    QByteArray m_script;
};

} // namespace probe
