#include "factsprinter.h"

namespace factsprinter {

namespace {
QString limit(qint64 bytes)
{
    return bytes == hostfacts::kUnlimited ? QStringLiteral("unlimited") : QString::number(bytes);
}
}

void printFacts(QTextStream &out, const hostfacts::HostFacts &facts)
{
    const hostfacts::HostFactsParts &p = facts.parts();
    out << "host:     " << p.host << '\n'
        << "kernel:   " << p.kernel.release << (p.kernel.realtime ? " (PREEMPT_RT)" : "") << '\n'
        << "cmdline:  " << p.kernel.cmdline << '\n'
        << "libvirt:  " << p.versions.libvirt << "   qemu: " << p.versions.qemu << '\n'
        << "memory:   " << p.meminfo.value(QStringLiteral("MemTotal")) << " kB total\n";
    for (const hostfacts::HugePagePool &h : p.hugepages) {
        out << "hugepages " << (h.node < 0 ? QStringLiteral("global") : QStringLiteral("node%1").arg(h.node)) << ' '
            << h.pageSizeKiB << " kB: " << h.total << " total, " << h.free << " free, " << h.surplus << " surplus\n";
    }
    if (p.memlock.session)
        out << "memlock session: " << limit(p.memlock.session->hardBytes) << '\n';
    for (const hostfacts::MemlockLimit &l : p.memlock.processes)
        out << "memlock " << l.process << " (" << l.source << "): " << limit(l.hardBytes) << '\n';
    for (const hostfacts::ConfigLine &c : p.memlock.systemd)
        out << "memlock " << c.file << ": " << c.key << '=' << c.value << '\n';
    out << "iommu groups: " << p.iommuGroups.size() << '\n';
    for (const hostfacts::MdevType &t : p.mdevTypes)
        out << "mdev " << t.parent << ' ' << t.id << " \"" << t.name << "\" " << t.deviceApi << " available " << t.availableInstances << '\n';
    for (const hostfacts::VdpaDevice &d : p.vdpaDevices)
        out << "vdpa " << d.name << " mgmtdev " << d.managementDevice << " driver " << d.driver << '\n';
    for (const hostfacts::NvidiaVgpuVf &v : p.nvidiaVgpuVfs)
        out << "nvidia vgpu vf " << v.address << " pf " << v.physfn << " current " << v.currentType << '\n';
    for (const hostfacts::NovaSection &s : p.nova) {
        for (const auto &e : s.entries)
            out << "nova [" << s.name << "] " << e.first << " = " << QString(e.second).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    }
    out << "cpu isolated: " << (p.cpu.isolated.isEmpty() ? QStringLiteral("none") : p.cpu.isolated) << "   smt: " << p.cpu.smtControl << '\n';
    for (const hostfacts::ProbeStatus &s : p.probes) {
        if (!s.ok || s.truncated)
            out << "probe " << s.probe << " incomplete: " << (s.truncated ? QStringLiteral("output cap reached") : s.error) << '\n';
    }
}

void printFindings(QTextStream &out, const QList<rules::Finding> &findings)
{
    if (findings.isEmpty())
        out << "No findings.\n";
    for (const rules::Finding &f : findings) {
        out << rules::severityName(f.severity) << ' ' << f.code << ": " << f.message << '\n';
        if (!f.fix.isEmpty())
            out << "    fix: " << f.fix << '\n';
    }
}

} // namespace factsprinter
