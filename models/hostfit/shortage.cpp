#include "hostfit/shortage.h"
#include "core/findingtext.h"

#include "hostfit/devicesupply.h"
#include "inventory/capacity.h"

namespace hostfit {

namespace {

using domainxml::GuestCellRequest;
using domainxml::HostNumaCell;

const QString kNoValidHost = QStringLiteral("NoValidHost");

struct CellReason
{
    QString code;
    QString resource; // without the node: "1 GiB pages", "dedicated pCPUs"
    QString detail;   // with numbers
};

QString pagesText(quint64 sizeKiB)
{
    return QStringLiteral("%1 pages").arg(inventory::pageSizeText(sizeKiB));
}

QString pcpuResource(const HostUsage &u)
{
    return u.profile().cpuDedicatedSet.isEmpty() ? QStringLiteral("free pCPUs (no cpu_dedicated_set: every host CPU)")
                                                 : FindingText::tr("pCPUs in cpu_dedicated_set");
}

std::optional<CellReason> pageReason(const HostNumaCell &host, const GuestCellRequest &cell)
{
    const quint64 memKiB = quint64(cell.memoryMb) * 1024;
    if (cell.pageSize > 0) {
        const domainxml::PagePool *pool = host.pool(quint64(cell.pageSize));
        if (!pool)
            return CellReason{QStringLiteral("host.hugepages-exhausted"), pagesText(quint64(cell.pageSize)),
                              FindingText::tr("the node has no %1").arg(pagesText(quint64(cell.pageSize)))};
        if (!pool->canFit(memKiB, true))
            return CellReason{QStringLiteral("host.hugepages-exhausted"), pagesText(pool->sizeKiB),
                              FindingText::tr("%1 free, %2 needed (%3 MiB)").arg(pool->free).arg(memKiB / pool->sizeKiB).arg(cell.memoryMb)};
        return std::nullopt;
    }
    if (cell.pageSize < 0) { // small, large, any
        QStringList free;
        bool fits = false;
        for (int i = 0; i < host.pages.size(); ++i) {
            const domainxml::PagePool &p = host.pages.at(i);
            const bool candidate = cell.pageSize == -3 || (cell.pageSize == -1 ? i == 0 : i > 0);
            if (!candidate)
                continue;
            fits |= p.canFit(memKiB, true);
            free << FindingText::tr("%1 %2 free").arg(p.free).arg(pagesText(p.sizeKiB));
        }
        if (!fits) {
            const QString which = cell.pageSize == -1 ? QStringLiteral("small pages") : cell.pageSize == -2 ? QStringLiteral("hugepages") : FindingText::tr("pages of any size");
            return CellReason{cell.pageSize == -1 ? QStringLiteral("host.memory-exhausted") : QStringLiteral("host.hugepages-exhausted"), which,
                              FindingText::tr("%1 MiB needed; %2").arg(cell.memoryMb).arg(free.isEmpty() ? QStringLiteral("none configured") : free.join(QStringLiteral(", ")))};
        }
    }
    return std::nullopt;
}

std::optional<CellReason> memoryReason(const HostNumaCell &host, const GuestCellRequest &cell, bool pinned)
{
    if (cell.pageSize)
        return std::nullopt;
    if (!host.pages.isEmpty()) {
        const domainxml::PagePool &small = host.pages.constFirst();
        if (!small.canFit(quint64(cell.memoryMb) * 1024, pinned))
            return CellReason{QStringLiteral("host.memory-exhausted"), QStringLiteral("memory"),
                              FindingText::tr("%1 MiB of %2 free, %3 MiB needed (pinned instances do not overcommit)")
                                  .arg((pinned ? small.free : small.total) * small.sizeKiB / 1024).arg(pagesText(small.sizeKiB)).arg(cell.memoryMb)};
    } else if ((pinned ? host.availMemoryMb() : qint64(host.memoryKiB / 1024)) < cell.memoryMb) {
        return CellReason{QStringLiteral("host.memory-exhausted"), QStringLiteral("memory"),
                          FindingText::tr("%1 MiB free, %2 MiB needed").arg(host.availMemoryMb()).arg(cell.memoryMb)};
    }
    return std::nullopt;
}

std::optional<CellReason> cpuReason(const HostUsage &u, const HostNumaCell &host, const GuestCellRequest &cell, bool pinned, int reserve)
{
    const qsizetype wantPinned = cell.pcpus.size() + reserve;
    const QString extra = reserve ? QStringLiteral(" (incl. 1 for the emulator threads)") : QString();
    if (pinned && wantPinned > host.pcpuset.size())
        return CellReason{QStringLiteral("host.pcpu-exhausted"), pcpuResource(u),
                          FindingText::tr("the node has %1 dedicated CPUs, a guest cell needs %2%3").arg(host.pcpuset.size()).arg(wantPinned).arg(extra)};
    if (cell.cpus.size() > host.cpuset.size())
        return CellReason{QStringLiteral("host.vcpu-exhausted"), QStringLiteral("shared CPUs"),
                          FindingText::tr("the node has %1 shared CPUs, a guest cell floats %2 vCPUs on it").arg(host.cpuset.size()).arg(cell.cpus.size())};
    if (pinned && wantPinned > host.freePcpus().size())
        return CellReason{QStringLiteral("host.pcpu-exhausted"), pcpuResource(u),
                          FindingText::tr("%1 of %2 free, %3 needed%4").arg(host.freePcpus().size()).arg(host.pcpuset.size()).arg(wantPinned).arg(extra)};
    return std::nullopt;
}

std::optional<CellReason> limitReason(const domainxml::HostNumaTopology &topo, const HostNumaCell &host, const GuestCellRequest &cell, bool pinned)
{
    if (!topo.limits || (pinned && cell.cpus.isEmpty()))
        return std::nullopt;
    const double cpuLimit = double(host.cpuset.size()) * topo.limits->cpuAllocationRatio;
    if (double(host.cpuUsage + cell.cpus.size()) > cpuLimit)
        return CellReason{QStringLiteral("host.vcpu-exhausted"), QStringLiteral("shared vCPUs"),
                          FindingText::tr("%1 of %2 used (%3 CPUs x cpu_allocation_ratio %4), %5 more needed")
                              .arg(host.cpuUsage).arg(cpuLimit).arg(host.cpuset.size()).arg(topo.limits->cpuAllocationRatio).arg(cell.cpus.size())};
    const double ramLimit = double(host.memoryKiB / 1024) * topo.limits->ramAllocationRatio;
    if (double(host.memoryUsageMb + cell.memoryMb) > ramLimit)
        return CellReason{QStringLiteral("host.memory-exhausted"), QStringLiteral("memory"),
                          FindingText::tr("%1 of %2 MiB used, %3 MiB more needed").arg(host.memoryUsageMb).arg(ramLimit).arg(cell.memoryMb)};
    return std::nullopt;
}

// Why guest cell `i` does not fit on `host` (a mirror of _numa_fit_instance_cell's order);
// std::nullopt when it fits.
std::optional<CellReason> cellReason(const HostUsage &u, const HostNumaCell &host, const domainxml::GuestNumaRequest &req, int i)
{
    const GuestCellRequest &cell = req.cells.at(i);
    const int reserve = req.emulatorIsolate && i == 0 ? 1 : 0;
    if (auto r = pageReason(host, cell))
        return r;
    if (auto r = memoryReason(host, cell, req.pinned))
        return r;
    if (auto r = cpuReason(u, host, cell, req.pinned, reserve))
        return r;
    domainxml::HostNumaTopology one = u.topology();
    one.cells = {host};
    domainxml::GuestNumaRequest single = req;
    single.cells = {cell};
    single.emulatorIsolate = reserve;
    if (domainxml::fitInstance(one, single))
        return std::nullopt;
    if (auto r = limitReason(u.topology(), host, cell, req.pinned))
        return r;
    return CellReason{QStringLiteral("host.pcpu-exhausted"), QStringLiteral("free cores for hw:cpu_thread_policy=%1").arg(req.threadPolicy),
                      FindingText::tr("%1 free pCPUs, but not as the thread policy needs them (whole free cores for isolate, "
                                     "sibling threads for require)").arg(host.freePcpus().size())};
}

// Per host node, why no guest cell fits there (the first guest cell's reason); nodes where one
// fits are "roomy". A one-cell guest that fits nowhere has only roomless nodes; a multi-cell
// guest may have fewer roomy nodes than cells.
Shortage numaShortage(const InstanceDemand &d, const HostUsage &u)
{
    const domainxml::GuestNumaRequest &req = *d.numa;
    QStringList roomy;
    QMap<QString, QStringList> nodesByResource; // resource -> node ids
    QStringList details;
    QString code;
    for (const HostNumaCell &host : u.topology().cells) {
        std::optional<CellReason> first;
        bool fits = false;
        for (int i = 0; i < req.cells.size() && !fits; ++i) {
            const std::optional<CellReason> r = cellReason(u, host, req, i);
            fits = !r;
            if (r && !first)
                first = r;
        }
        if (fits) {
            roomy << QString::number(host.id);
            continue;
        }
        nodesByResource[first->resource].append(QString::number(host.id));
        details << FindingText::tr("node %1: %2").arg(host.id).arg(first->detail);
        code = code.isEmpty() || code == first->code ? first->code : QStringLiteral("host.numa-no-fit");
    }
    Shortage s;
    s.keys = {QStringLiteral("hw:mem_page_size"), QStringLiteral("hw:cpu_policy"), QStringLiteral("hw:numa_nodes")};
    if (nodesByResource.isEmpty()) {
        s.code = QStringLiteral("host.numa-no-fit");
        s.resource = FindingText::tr("NUMA nodes with room (%1 of %2 needed)").arg(roomy.size()).arg(req.cells.size());
        s.message = FindingText::tr("Each guest cell fits on some host node, but not all %1 at once.").arg(req.cells.size());
        return s;
    }
    QStringList parts;
    for (auto it = nodesByResource.cbegin(); it != nodesByResource.cend(); ++it)
        parts << FindingText::tr("%1 on NUMA node%2 %3").arg(it.key(), it.value().size() > 1 ? QStringLiteral("s") : QString(), it.value().join(QStringLiteral(", ")));
    s.code = code;
    s.resource = parts.join(QStringLiteral("; "));
    const domainxml::GuestCellRequest &c0 = req.cells.constFirst();
    s.message = roomy.isEmpty()
                    ? FindingText::tr("A guest NUMA cell (%1 MiB, %2 pinned + %3 floating vCPUs) fits on no host NUMA node: %4.")
                          .arg(c0.memoryMb).arg(c0.pcpus.size()).arg(c0.cpus.size()).arg(details.join(QStringLiteral("; ")))
                    : FindingText::tr("The instance needs %1 host NUMA nodes at once; only node%2 %3 %4 room (%5).")
                          .arg(req.cells.size()).arg(roomy.size() > 1 ? QStringLiteral("s") : QString(), roomy.join(QStringLiteral(", ")),
                               roomy.size() > 1 ? FindingText::tr("have", "nodes have room") : FindingText::tr("has", "a node has room"), details.join(QStringLiteral("; ")));
    return s;
}

std::optional<Shortage> placementShortage(const InstanceDemand &d, const HostUsage &u)
{
    const PlacementInventories &inv = u.inventories();
    const PlacementRequest r = d.placementRequest(inv);
    if (u.topology().onlineCpus.isEmpty())
        return Shortage{QStringLiteral("host.vcpu-exhausted"), FindingText::tr("host CPUs (the capabilities list no NUMA cells)"),
                        FindingText::tr("The host's capabilities list no NUMA cells and so no CPUs; Nova would report no VCPU or PCPU "
                                       "inventory (libvirt's test driver does this)."), {}, {}};
    if (!inv.pcpu.canTake(r.pcpu))
        return Shortage{QStringLiteral("host.pcpu-exhausted"), FindingText::tr("pCPUs in cpu_dedicated_set"),
                        FindingText::tr("Placement has %1 PCPU left of %2 ([compute] cpu_dedicated_set); one instance needs %3.").arg(inv.pcpu.left()).arg(inv.pcpu.total).arg(r.pcpu),
                        {}, {QStringLiteral("hw:cpu_policy")}};
    if (!inv.vcpu.canTake(r.vcpu))
        return Shortage{QStringLiteral("host.vcpu-exhausted"),
                        inv.vcpu.exists() ? FindingText::tr("VCPU (%1 shared CPUs x allocation ratio %2)").arg(inv.vcpu.total).arg(inv.vcpu.allocationRatio)
                                          : FindingText::tr("VCPU (none: cpu_dedicated_set without cpu_shared_set)"),
                        FindingText::tr("Placement has %1 VCPU left of %2; one instance needs %3.").arg(inv.vcpu.left()).arg(qint64(double(inv.vcpu.total) * inv.vcpu.allocationRatio)).arg(r.vcpu),
                        inv.vcpu.exists() ? QString() : QStringLiteral("set [compute] cpu_shared_set on the host, or use hw:cpu_policy=dedicated"),
                        {QStringLiteral("hw:cpu_policy")}};
    if (!inv.memoryMb.canTake(r.memoryMb))
        return Shortage{QStringLiteral("host.memory-exhausted"), FindingText::tr("host memory (MEMORY_MB)"),
                        FindingText::tr("Placement has %1 MiB left of %2 MiB (less %3 MiB reserved_host_memory_mb); one instance needs %4 MiB.")
                            .arg(inv.memoryMb.left()).arg(inv.memoryMb.total).arg(inv.memoryMb.reserved).arg(r.memoryMb), {}, {}};
    return std::nullopt;
}

} // namespace

Shortage diagnoseShortage(const InstanceDemand &d, const HostUsage &u)
{
    if (d.rejected)
        return Shortage{QStringLiteral("host.flavor-rejected"),
                        FindingText::tr("the flavor itself (stage %1: %2)").arg(rules::stageName(d.rejected->stage), d.rejected->code),
                        d.rejected->message, d.rejected->fix, d.rejected->keys};
    if (auto s = placementShortage(d, u))
        return *s;
    for (const DeviceSupply &s : deviceSupply(d, u)) {
        if (!s.enough())
            return Shortage{s.code, s.what,
                            FindingText::tr("An instance needs %1; %2 left free (%3).").arg(s.wanted).arg(s.free).arg(s.byNodeText()), {}, {}};
    }
    if (d.numa && !domainxml::fitInstance(u.topology(), *d.numa))
        return numaShortage(d, u);
    if (d.numa && d.wantsDevices) {
        QStringList parts;
        for (const DeviceSupply &s : deviceSupply(d, u))
            parts << FindingText::tr("%1: %2 free (%3)").arg(s.what).arg(s.free).arg(s.byNodeText());
        QStringList fitNodes;
        for (const domainxml::HostNumaCell &c : u.topology().cells) {
            domainxml::HostNumaTopology one = u.topology();
            one.cells = {c};
            if (d.numa->cells.size() == 1 && domainxml::fitInstance(one, *d.numa))
                fitNodes << QString::number(c.id);
        }
        Shortage s;
        s.code = QStringLiteral("host.devices-not-numa-local");
        s.resource = FindingText::tr("devices on the instance's NUMA node (%1 policy)").arg(d.pciNumaPolicy);
        const QString where = d.pciNumaPolicy == QLatin1String("socket")
                                  ? FindingText::tr("With hw:pci_numa_affinity_policy=socket they must be on a NUMA node of the instance's socket.")
                                  : FindingText::tr("With hw:pci_numa_affinity_policy=%1 they must be on the instance's node.").arg(d.pciNumaPolicy);
        s.message = FindingText::tr("The instance fits on NUMA node(s) %1 but its devices are free elsewhere: %2. %3")
                        .arg(fitNodes.isEmpty() ? FindingText::tr("(a combination of nodes)") : fitNodes.join(QStringLiteral(", ")),
                             parts.join(QStringLiteral("; ")), where);
        s.fix = d.pciNumaPolicy == QLatin1String("preferred") ? QString() : QStringLiteral("set hw:pci_numa_affinity_policy=preferred if NUMA-remote devices are acceptable");
        s.keys = {QStringLiteral("hw:pci_numa_affinity_policy")};
        return s;
    }
    return Shortage{QStringLiteral("host.numa-no-fit"), QStringLiteral("unknown"), FindingText::tr("The instance does not fit, for no reason vDeck can name."), {}, {}};
}

} // namespace hostfit
