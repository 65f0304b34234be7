#include "probe/factparsers.h"

#include <QRegularExpression>

namespace probe::parsers {

namespace {
QString fileText(const QList<DumpRecord> &records, QLatin1String path)
{
    for (const DumpRecord &r : records) {
        if (r.tag == 'F' && r.arg == path)
            return r.text();
    }
    return {};
}
}

QString cmdline(const QList<DumpRecord> &records)
{
    return fileText(records, QLatin1String("/proc/cmdline"));
}

hostfacts::KernelFacts kernel(const QList<DumpRecord> &records, const QString &commandLine)
{
    hostfacts::KernelFacts k;
    k.release = fileText(records, QLatin1String("/proc/sys/kernel/osrelease"));
    k.version = fileText(records, QLatin1String("/proc/sys/kernel/version"));
    k.realtime = fileText(records, QLatin1String("/sys/kernel/realtime")) == QLatin1String("1")
                 || k.version.contains(QLatin1String("PREEMPT_RT"));
    k.cmdline = commandLine;
    return k;
}

bool isSecretOption(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("pass|secret|token|credential|key|auth"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch();
}

QList<hostfacts::NovaSection> nova(const QList<DumpRecord> &records)
{
    static const QRegularExpression section(QStringLiteral("^\\[([A-Za-z0-9_.:-]+)\\]$"));
    QList<hostfacts::NovaSection> sections;
    for (const DumpRecord &r : records) {
        if (r.tag != 'F')
            continue;
        hostfacts::NovaSection *current = nullptr;
        bool lastKept = false;
        for (const QString &raw : QString::fromUtf8(r.body).split(QLatin1Char('\n'))) {
            if (raw.trimmed().isEmpty())
                continue;
            if (const QRegularExpressionMatch m = section.match(raw.trimmed()); m.hasMatch()) {
                sections.append(hostfacts::NovaSection{m.captured(1), {}});
                current = &sections.last();
                lastKept = false;
            } else if (raw.front().isSpace()) {
                if (current && lastKept)
                    current->entries.last().second += QLatin1Char('\n') + raw.trimmed();
            } else if (const qsizetype eq = raw.indexOf(QLatin1Char('=')); current && eq > 0) {
                const QString key = raw.left(eq).trimmed();
                lastKept = !isSecretOption(key); // dropped on the host already; twice is cheap
                if (lastKept)
                    current->entries.append({key, raw.mid(eq + 1).trimmed()});
            }
        }
    }
    return sections;
}

hostfacts::CpuIsolation cpu(const QList<DumpRecord> &records)
{
    auto list = [&records](QLatin1String path) {
        const QString t = fileText(records, path);
        return t == QLatin1String("(null)") ? QString() : t;
    };
    hostfacts::CpuIsolation c;
    c.isolated = list(QLatin1String("/sys/devices/system/cpu/isolated"));
    c.nohzFull = list(QLatin1String("/sys/devices/system/cpu/nohz_full"));
    c.online = list(QLatin1String("/sys/devices/system/cpu/online"));
    c.smtControl = list(QLatin1String("/sys/devices/system/cpu/smt/control"));
    const QString active = list(QLatin1String("/sys/devices/system/cpu/smt/active"));
    if (active == QLatin1String("0") || active == QLatin1String("1"))
        c.smtActive = active == QLatin1String("1");
    return c;
}

hostfacts::SoftwareVersions versions(const QList<DumpRecord> &records)
{
    static const QRegularExpression number(QStringLiteral("(\\d+\\.\\d+(?:\\.\\d+)?)"));
    hostfacts::SoftwareVersions v;
    for (const DumpRecord &r : records) {
        const QRegularExpressionMatch m = number.match(r.text());
        if (r.tag != 'V' || !m.hasMatch())
            continue;
        const bool isLibvirt = r.arg.endsWith(QLatin1String("/virtqemud")) || r.arg.endsWith(QLatin1String("/libvirtd"));
        QString &slot = isLibvirt ? v.libvirt : v.qemu;
        if (slot.isEmpty())
            slot = m.captured(1);
    }
    return v;
}

void apply(Probe probe, const QList<DumpRecord> &records, hostfacts::HostFactsParts *facts)
{
    switch (probe) {
    case Probe::MemInfo: facts->meminfo = meminfo(records); break;
    case Probe::HugePages: hugepages(records, &facts->hugepages, &facts->hugetlbfsMounts); break;
    case Probe::Cmdline: facts->kernel.cmdline = cmdline(records); break;
    case Probe::Kernel: facts->kernel = kernel(records, facts->kernel.cmdline); break;
    case Probe::Memlock: facts->memlock = memlock(records); break;
    case Probe::IommuGroups:
        facts->iommuGroups = iommuGroups(records);
        facts->sriovPhysfn = sriovPhysfn(records);
        break;
    case Probe::MdevTypes: mdev(records, &facts->mdevParents, &facts->mdevTypes); break;
    case Probe::VdpaDevices: facts->vdpaDevices = vdpa(records); break;
    case Probe::NvidiaVgpu: facts->nvidiaVgpuVfs = nvidiaVgpu(records); break;
    case Probe::NovaConf: facts->nova = nova(records); break;
    case Probe::CpuIsolation: facts->cpu = cpu(records); break;
    case Probe::Versions: facts->versions = versions(records); break;
    }
}

} // namespace probe::parsers
