#include "drift/hostdrift.h"

#include "core/findingtext.h"
#include "pycompat/pyparse.h"

#include <QMap>

// The drift checks that read the ssh probe's facts (hostfacts::HostFacts).
namespace drift::detail {

namespace {

QStringList tokens(const QString &cmdline)
{
    return cmdline.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void compareCmdline(const hostfacts::HostFacts &b, const hostfacts::HostFacts &n, QList<rules::Finding> *out)
{
    if (b.kernel().cmdline.isEmpty() || n.kernel().cmdline.isEmpty())
        return;
    const QStringList before = tokens(b.kernel().cmdline), after = tokens(n.kernel().cmdline);
    QStringList lost, gained;
    for (const QString &t : before) {
        if (!after.contains(t) && !t.startsWith(QLatin1String("BOOT_IMAGE=")) && !t.startsWith(QLatin1String("initrd=")))
            lost.append(t);
    }
    for (const QString &t : after) {
        if (!before.contains(t) && !t.startsWith(QLatin1String("BOOT_IMAGE=")) && !t.startsWith(QLatin1String("initrd=")))
            gained.append(t);
    }
    if (lost.isEmpty() && gained.isEmpty())
        return;
    out->append(finding("DRIFT_KERNEL_CMDLINE", lost.isEmpty() ? rules::Severity::Info : rules::Severity::Warning, QStringLiteral("/proc/cmdline"),
                        FindingText::tr("the kernel command line lost [%1] and gained [%2]").arg(lost.join(QLatin1Char(' ')), gained.join(QLatin1Char(' '))),
                        lost.isEmpty() ? QString()
                                       : QStringLiteral("add \"%1\" to GRUB_CMDLINE_LINUX in /etc/default/grub, run update-grub (or grubby --update-kernel=ALL --args=...) and reboot")
                                             .arg(lost.join(QLatin1Char(' ')))));
}

void compareCpuPower(const hostfacts::HostFacts &b, const hostfacts::HostFacts &n, QList<rules::Finding> *out)
{
    const std::optional<QString> managed = n.novaValue(QStringLiteral("libvirt"), QStringLiteral("cpu_power_management"));
    if (!managed || !pyparse::lenientBool(*managed))
        return;
    if (b.cpu().online == n.cpu().online || b.cpu().online.isEmpty() || n.cpu().online.isEmpty())
        return;
    out->append(finding("DRIFT_CPU_POWER", rules::Severity::Warning, QStringLiteral("[libvirt]cpu_power_management"),
                        FindingText::tr("with cpu_power_management on, the online CPUs were %1 and are %2: nova-compute powers down the unused "
                                        "dedicated CPUs only when it starts").arg(b.cpu().online, n.cpu().online),
                        QStringLiteral("restart nova-compute after the host is up (systemctl restart nova-compute), so that it sets the power state "
                                       "of every CPU of [compute] cpu_dedicated_set again")));
}

void compareNvidiaVfs(const hostfacts::HostFacts &b, const hostfacts::HostFacts &n, QList<rules::Finding> *out)
{
    QMap<QString, int> before, after;
    QMap<QString, hostfacts::NvidiaVgpuVf> nowByAddress;
    for (const hostfacts::NvidiaVgpuVf &vf : b.nvidiaVgpuVfs())
        ++before[vf.physfn];
    for (const hostfacts::NvidiaVgpuVf &vf : n.nvidiaVgpuVfs()) {
        ++after[vf.physfn];
        nowByAddress.insert(vf.address, vf);
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (after.value(it.key()) < it.value())
            out->append(finding("DRIFT_NVIDIA_VFS", rules::Severity::Error, it.key(),
                                FindingText::tr("the GPU %1 had %2 vGPU VFs and has %3").arg(it.key()).arg(it.value()).arg(after.value(it.key())),
                                QStringLiteral("/usr/lib/nvidia/sriov-manage -e %1, at every boot (the nvidia-sriov systemd service)").arg(it.key())));
    }
    for (const hostfacts::NvidiaVgpuVf &vf : b.nvidiaVgpuVfs()) {
        const auto now = nowByAddress.constFind(vf.address);
        if (now == nowByAddress.constEnd() || vf.currentType == now->currentType || vf.currentType == QLatin1String("0"))
            continue;
        out->append(finding("DRIFT_VGPU_TYPE", rules::Severity::Error, vf.address,
                            FindingText::tr("the vGPU VF %1 had type %2 and has %3").arg(vf.address, vf.currentType, now->currentType),
                            QStringLiteral("echo %1 > /sys/bus/pci/devices/%2/nvidia/current_vgpu_type").arg(vf.currentType, vf.address)));
    }
}

void compareFactsHugepages(const hostfacts::HostFacts &b, const hostfacts::HostFacts &n, QList<rules::Finding> *out)
{
    for (const hostfacts::HugePagePool &pool : b.hugepages()) {
        qint64 after = 0;
        for (const hostfacts::HugePagePool &p : n.hugepages()) {
            if (p.node == pool.node && p.pageSizeKiB == pool.pageSizeKiB)
                after = p.total;
        }
        if (after >= pool.total)
            continue;
        const QString where = pool.node < 0 ? QStringLiteral("/sys/kernel/mm/hugepages")
                                            : QStringLiteral("/sys/devices/system/node/node%1/hugepages").arg(pool.node);
        out->append(finding("DRIFT_HUGEPAGES", rules::Severity::Error, pool.node < 0 ? QStringLiteral("hugepages") : QStringLiteral("node%1").arg(pool.node),
                            FindingText::tr("NUMA node %1 had %2 hugepages of %3 KiB and has %4").arg(pool.node).arg(pool.total).arg(pool.pageSizeKiB).arg(after),
                            QStringLiteral("echo %1 > %2/hugepages-%3kB/nr_hugepages, reserved at boot (hugepagesz= hugepages= on the kernel command line, "
                                           "or a systemd unit per node)").arg(pool.total).arg(where).arg(pool.pageSizeKiB)));
    }
}

} // namespace

void compareFacts(const hostfacts::HostFacts &baseline, const hostfacts::HostFacts &now, bool hugepagesFromLibvirt, QList<rules::Finding> *out)
{
    compareCmdline(baseline, now, out);
    compareCpuPower(baseline, now, out);
    compareNvidiaVfs(baseline, now, out);
    if (!hugepagesFromLibvirt)
        compareFactsHugepages(baseline, now, out);
}

} // namespace drift::detail
