#include "domainxml/hostnuma.h"
#include "core/findingtext.h"

#include "pycompat/pysetorder.h"
#include "rules/cpuspec.h"

#include <algorithm>

namespace domainxml {

CpuList toCpuList(const QSet<int> &set)
{
    CpuList out(set.begin(), set.end());
    std::sort(out.begin(), out.end());
    return out;
}

CpuList intersect(const CpuList &a, const CpuList &b)
{
    CpuList out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

bool PagePool::canFit(quint64 memoryKiB, bool useFree) const
{
    const quint64 avail = (useFree ? free : total) * sizeKiB;
    return memoryKiB <= avail && memoryKiB % sizeKiB == 0;
}

CpuList HostNumaCell::freePcpus() const
{
    CpuList out;
    std::set_difference(pcpuset.begin(), pcpuset.end(), pinned.begin(), pinned.end(), std::back_inserter(out));
    return out;
}

const PagePool *HostNumaCell::pool(quint64 sizeKiB) const
{
    for (const PagePool &p : pages) {
        if (p.sizeKiB == sizeKiB)
            return &p;
    }
    return nullptr;
}

namespace {

std::optional<CpuList> configuredSet(const QString &option, const QString &value, const CpuList &online, QString *error)
{
    QString why;
    const std::optional<QSet<int>> set = rules::parseCpuSpec(value, &why);
    if (!set) {
        *error = FindingText::tr("[compute] %1=%2: %3").arg(option, value, why);
        return std::nullopt;
    }
    const CpuList list = toCpuList(*set);
    if (intersect(list, online) != list) {
        *error = FindingText::tr("Invalid '[compute] %1' config: one or more of the configured CPUs is not online (%2 "
                                "is not within %3).").arg(option, value, rules::formatCpuSet(QSet<int>(online.begin(), online.end())));
        return std::nullopt;
    }
    return list;
}

// The siblings as the spec lists them ("0,32", "0-1"): the order parse_cpu_spec adds them.
CpuList specOrder(const QString &spec)
{
    CpuList out;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<QSet<int>> ids = rules::parseCpuSpec(part);
        if (ids)
            out.append(toCpuList(*ids));
    }
    return out;
}

// In Nova's order (see pysetorder.h): not sorted, deliberately.
QList<CpuList> siblingsOf(const inventory::NumaCell &cell, const CpuList &usable)
{
    QList<CpuList> specs;
    for (const inventory::HostCpu &cpu : cell.cpus)
        specs.append(cpu.siblings.isEmpty() ? CpuList{} : specOrder(cpu.siblings));
    return pyset::novaSiblingOrder(specs, usable);
}

HostNumaCell cellOf(const inventory::NumaCell &c, const inventory::HostSnapshot &host, const CpuList &shared, const CpuList &dedicated)
{
    HostNumaCell cell;
    cell.id = c.id;
    CpuList cpus;
    for (const inventory::HostCpu &cpu : c.cpus)
        cpus.append(cpu.id);
    std::sort(cpus.begin(), cpus.end());
    cell.cpuset = intersect(cpus, shared);
    cell.pcpuset = intersect(cpus, dedicated);
    CpuList usable = shared + dedicated;
    std::sort(usable.begin(), usable.end());
    usable.erase(std::unique(usable.begin(), usable.end()), usable.end());
    cell.siblings = siblingsOf(c, usable);
    cell.memoryKiB = c.memoryKiB;
    for (auto it = c.pages.cbegin(); it != c.pages.cend(); ++it) {
        const bool known = std::any_of(host.freePages().cbegin(), host.freePages().cend(),
                                       [&](const inventory::FreePages &f) { return f.cell == c.id && f.sizeKiB == it.key(); });
        cell.pages.append(PagePool{it.key(), it.value(), known ? host.freePagesOf(c.id, it.key()) : it.value()});
    }
    return cell;
}

} // namespace

std::optional<HostNumaTopology> hostNumaTopology(const inventory::HostSnapshot &host, const ComputeProfile &profile, QString *error)
{
    QString local;
    QString *err = error ? error : &local;
    HostNumaTopology topo;
    for (const inventory::NumaCell &c : host.capabilities().cells) {
        for (const inventory::HostCpu &cpu : c.cpus)
            topo.onlineCpus.append(cpu.id);
    }
    std::sort(topo.onlineCpus.begin(), topo.onlineCpus.end());
    CpuList shared = topo.onlineCpus;
    CpuList dedicated;
    if (!profile.cpuSharedSet.isEmpty()) {
        const std::optional<CpuList> s = configuredSet(QStringLiteral("cpu_shared_set"), profile.cpuSharedSet, topo.onlineCpus, err);
        if (!s)
            return std::nullopt;
        shared = topo.sharedSet = *s;
    } else if (!profile.cpuDedicatedSet.isEmpty()) {
        shared.clear();
    }
    if (!profile.cpuDedicatedSet.isEmpty()) {
        const std::optional<CpuList> d = configuredSet(QStringLiteral("cpu_dedicated_set"), profile.cpuDedicatedSet, topo.onlineCpus, err);
        if (!d)
            return std::nullopt;
        dedicated = *d;
    } else if (profile.cpuSharedSet.isEmpty()) {
        dedicated = shared; // neither set: every CPU serves both (driver._get_host_numa_topology)
    }
    for (const inventory::NumaCell &c : host.capabilities().cells)
        topo.cells.append(cellOf(c, host, shared, dedicated));
    return topo;
}

} // namespace domainxml
