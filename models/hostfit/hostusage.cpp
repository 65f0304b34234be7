#include "hostfit/hostusage.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace hostfit {

std::optional<HostUsage> HostUsage::of(const inventory::HostSnapshot &host, const domainxml::ComputeProfile &profile, QString *error)
{
    const std::optional<domainxml::HostNumaTopology> topology = domainxml::hostNumaTopology(host, profile, error);
    if (!topology)
        return std::nullopt;
    HostUsage u;
    u.m_host = host;
    u.m_profile = profile;
    u.m_topology = *topology;
    u.m_topology.limits = domainxml::NumaLimits{};
    u.m_inventories = PlacementInventories::of(*topology, profile, host.capabilities().memoryKiB());
    return u;
}

bool HostUsage::placementFits(const InstanceDemand &demand) const
{
    const PlacementRequest r = demand.placementRequest(m_inventories);
    return m_inventories.vcpu.canTake(r.vcpu) && m_inventories.pcpu.canTake(r.pcpu) && m_inventories.memoryMb.canTake(r.memoryMb);
}

// hw:pci_numa_affinity_policy=socket, as nova/pci/stats.py _filter_pools_for_socket_affinity
// (24.0.0 .. master) means it: devices on any host NUMA node of a socket the instance's nodes are
// on; none when a node's CPUs are not all on one socket (Nova reports no socket for it then).
QList<int> HostUsage::sameSocketCells(const QList<int> &hostCells) const
{
    QMap<int, int> socketOf; // host cell -> its socket
    for (const inventory::NumaCell &c : m_host.capabilities().cells) {
        QSet<int> sockets;
        for (const inventory::HostCpu &cpu : c.cpus)
            sockets.insert(cpu.socketId);
        if (sockets.size() != 1 || *sockets.cbegin() < 0)
            return {};
        socketOf.insert(c.id, *sockets.cbegin());
    }
    QSet<int> sockets;
    for (int cell : hostCells)
        sockets.insert(socketOf.value(cell, -1));
    QList<int> out;
    for (auto it = socketOf.cbegin(); it != socketOf.cend(); ++it) {
        if (sockets.contains(it.value()))
            out.append(it.key());
    }
    return out;
}

QList<int> HostUsage::deviceCells(const InstanceDemand &demand, const QList<int> &hostCells) const
{
    if (demand.pciNumaPolicy == QLatin1String("socket") && !hostCells.isEmpty())
        return sameSocketCells(hostCells);
    return demand.deviceCells(hostCells);
}

domainxml::DeviceAllocation HostUsage::devicesOn(const InstanceDemand &demand, const QList<int> &hostCells) const
{
    return domainxml::allocateDevices(demand.flavor, m_host.graph(), m_profile, deviceCells(demand, hostCells), m_devices);
}

bool HostUsage::devicesAcceptable(const InstanceDemand &demand, const QList<int> &hostCells) const
{
    const domainxml::DeviceAllocation a = devicesOn(demand, hostCells);
    if (!a.missing.isEmpty())
        return false;
    if (!demand.strictLocality() || hostCells.isEmpty())
        return true;
    const bool socket = demand.pciNumaPolicy == QLatin1String("socket");
    const QList<int> allowed = deviceCells(demand, hostCells);
    // socket: a device without a NUMA node matches no allowed node (Nova filters pools by numa_node)
    const auto local = [&](const domainxml::AllocatedDevice &d) {
        return socket ? !d.node.isEmpty() && allowed.contains(d.numaNode) : d.node.isEmpty() || hostCells.contains(d.numaNode);
    };
    return std::all_of(a.ports.cbegin(), a.ports.cend(), local) && std::all_of(a.pci.cbegin(), a.pci.cend(), local)
           && std::all_of(a.vgpus.cbegin(), a.vgpus.cend(), local);
}

std::optional<InstancePlacement> HostUsage::place(const InstanceDemand &demand) const
{
    if (demand.rejected || !placementFits(demand))
        return std::nullopt;
    InstancePlacement p;
    p.request = demand.placementRequest(m_inventories);
    QList<int> hostCells;
    if (demand.numa) {
        const auto accept = [&](const QList<int> &cells) { return !demand.wantsDevices || devicesAcceptable(demand, cells); };
        const std::optional<QList<domainxml::FittedCell>> fitted = domainxml::fitInstance(m_topology, *demand.numa, accept);
        if (!fitted)
            return std::nullopt;
        p.cells = *fitted;
        p.pinSiblings = demand.numa->pinned && demand.numa->threadPolicy == QLatin1String("isolate");
        for (const domainxml::FittedCell &c : p.cells)
            hostCells.append(c.hostCell);
    } else if (!devicesAcceptable(demand, {})) {
        return std::nullopt;
    }
    p.devices = devicesOn(demand, hostCells);
    return p;
}

void HostUsage::claim(const domainxml::AllocatedDevice &d)
{
    if (d.node.isEmpty())
        return;
    if (d.toBeCreated) {
        ++m_devices.newMdevs[d.node];
        m_devices.busy.insert(d.mdevUuid);
        return;
    }
    m_devices.busy.insert(d.node);
    for (const QString &vf : m_host.graph().vfsOf(d.node)) // a whole PF takes its VFs with it
        m_devices.busy.insert(vf);
}

void HostUsage::consume(const InstancePlacement &p)
{
    m_inventories.vcpu.used += p.request.vcpu;
    m_inventories.pcpu.used += p.request.pcpu;
    m_inventories.memoryMb.used += p.request.memoryMb;
    for (const domainxml::FittedCell &fc : p.cells) {
        for (domainxml::HostNumaCell &cell : m_topology.cells) {
            if (cell.id != fc.hostCell)
                continue;
            cell.memoryUsageMb += fc.request.memoryMb;
            cell.cpuUsage += int(fc.request.cpus.size());
            const quint64 size = fc.pageSizeKiB ? fc.pageSizeKiB : cell.smallestPageKiB();
            for (domainxml::PagePool &pool : cell.pages) {
                if (pool.sizeKiB == size) {
                    const quint64 pages = quint64(fc.request.memoryMb) * 1024 / size;
                    pool.free = pool.free > pages ? pool.free - pages : 0;
                }
            }
            domainxml::CpuList pinned = fc.pinning.values() + fc.reserved;
            if (p.pinSiblings) { // pin_cpus_with_siblings: isolate keeps the whole core
                for (const domainxml::CpuList &sib : cell.siblings) {
                    if (std::any_of(sib.cbegin(), sib.cend(), [&](int c) { return pinned.contains(c); }))
                        pinned.append(sib);
                }
            }
            cell.pinned.append(pinned);
            std::sort(cell.pinned.begin(), cell.pinned.end());
            cell.pinned.erase(std::unique(cell.pinned.begin(), cell.pinned.end()), cell.pinned.end());
        }
    }
    for (const domainxml::AllocatedDevice &d : p.devices.ports)
        claim(d);
    for (const domainxml::AllocatedDevice &d : p.devices.pci)
        claim(d);
    for (const domainxml::AllocatedDevice &d : p.devices.vgpus)
        claim(d);
}

} // namespace hostfit
