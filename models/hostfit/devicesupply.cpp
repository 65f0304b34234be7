#include "hostfit/devicesupply.h"
#include "core/findingtext.h"

#include "domainxml/deviceallocator.h"

#include <QRegularExpression>

namespace hostfit {

namespace {

constexpr int kProbeLimit = 4096;

QString deviceLabel(const inventory::DeviceGraph &graph, const QString &name)
{
    const inventory::GraphNode *n = graph.node(name);
    return n && !n->netdev.isEmpty() ? n->netdev : name;
}

// The flavor with only one kind of device request.
flavors::Flavor probeFlavor(const flavors::Flavor &flavor, const QList<flavors::RequestedPort> &ports, const QString &key, const QString &value)
{
    flavors::Flavor f = flavor;
    f.ports = ports;
    flavors::PropertyList specs;
    static const QRegularExpression vgpu(QStringLiteral("^resources[A-Za-z0-9_-]*:VGPU$"));
    for (const flavors::Property &p : flavor.extraSpecs.items()) {
        if (p.key != QLatin1String("pci_passthrough:alias") && !vgpu.match(p.key).hasMatch())
            specs.set(p.key, p.value);
    }
    if (!key.isEmpty())
        specs.set(key, value);
    f.extraSpecs = specs;
    return f;
}

QString mdevTypeOf(const inventory::DeviceGraph &graph, const domainxml::AllocatedDevice &d)
{
    const inventory::GraphNode *n = graph.node(d.node);
    if (!n)
        return {};
    if (n->device.mdev)
        return FindingText::tr("%1 instances on %2").arg(n->device.mdev->type, n->logicalParent);
    for (const QString &child : n->children) { // a new mdev: the type already in use, else the first with instances
        const inventory::GraphNode *c = graph.node(child);
        if (c && c->device.mdev)
            return FindingText::tr("%1 instances on %2").arg(c->device.mdev->type, d.node);
    }
    for (const inventory::MdevType &t : n->device.mdevTypes) {
        if (t.availableInstances > 0)
            return FindingText::tr("%1 instances on %2").arg(t.id, d.node);
    }
    return d.node;
}

QStringList pfsServing(const inventory::DeviceGraph &graph, const QString &what)
{
    QStringList out;
    for (const inventory::GraphNode &n : graph.nodes()) {
        if (n.kind != inventory::DeviceKind::Pf)
            continue;
        const QStringList vfs = graph.vfsOf(n.name());
        const bool vdpa = std::any_of(vfs.cbegin(), vfs.cend(), [&](const QString &vf) { return graph.node(vf) && !graph.node(vf)->vdpa.isEmpty(); });
        if (what.startsWith(QLatin1String("vDPA")) ? vdpa : what.endsWith(QLatin1String("PFs")) || !vfs.isEmpty())
            out << deviceLabel(graph, n.name());
    }
    return out;
}

// Counts what the allocator hands out for `probe`, one device at a time, until it finds none.
DeviceSupply count(const HostUsage &usage, const flavors::Flavor &probe, DeviceSupply s, bool vgpu)
{
    domainxml::DeviceUse use = usage.deviceUse();
    const inventory::DeviceGraph &graph = usage.host().graph();
    QStringList owners;
    for (int i = 0; i < kProbeLimit; ++i) {
        const domainxml::DeviceAllocation a = domainxml::allocateDevices(probe, graph, usage.profile(), {}, use);
        if (!a.missing.isEmpty())
            break;
        const QList<domainxml::AllocatedDevice> got = a.ports + a.pci + a.vgpus;
        if (got.isEmpty() || got.constFirst().node.isEmpty())
            break;
        const domainxml::AllocatedDevice &d = got.constFirst();
        ++s.free;
        ++s.freeByNode[d.numaNode];
        if (d.toBeCreated) {
            ++use.newMdevs[d.node];
            use.busy.insert(d.mdevUuid);
        } else {
            use.busy.insert(d.node);
            for (const QString &vf : graph.vfsOf(d.node))
                use.busy.insert(vf);
        }
        const inventory::GraphNode *n = graph.node(d.node);
        const QString owner = vgpu ? mdevTypeOf(graph, d) : n && n->kind == inventory::DeviceKind::Vf ? deviceLabel(graph, n->logicalParent)
                            : n && n->kind == inventory::DeviceKind::Vdpa ? deviceLabel(graph, graph.node(n->logicalParent) ? graph.node(n->logicalParent)->logicalParent : QString())
                                                                          : QString();
        if (!owner.isEmpty() && !owners.contains(owner))
            owners.append(owner);
    }
    if (!vgpu && owners.isEmpty()) // none left: name the PFs they would come from
        owners = pfsServing(graph, s.what);
    if (vgpu && !owners.isEmpty())
        s.what = FindingText::tr("mdev type %1").arg(owners.join(QStringLiteral(", ")));
    else if (!owners.isEmpty() && s.what == QLatin1String("free PFs"))
        s.what += QStringLiteral(" (%1)").arg(owners.join(QStringLiteral(", ")));
    else if (!owners.isEmpty())
        s.what += QStringLiteral(" of %1 %2").arg(owners.size() == 1 ? QStringLiteral("PF") : QStringLiteral("PFs"), owners.join(QStringLiteral(", ")));
    return s;
}

// The type the allocator serves vGPUs from (the one an mdev on the host already has, else the
// first with instances), also when none is left; empty when there never was one.
QString chosenMdevType(const inventory::DeviceGraph &graph)
{
    for (const inventory::GraphNode &n : graph.nodes()) {
        if (n.kind == inventory::DeviceKind::Mdev && n.device.mdev && !n.logicalParent.isEmpty())
            return FindingText::tr("%1 instances on %2").arg(n.device.mdev->type, n.logicalParent);
    }
    return {};
}

QString noMdevText(const inventory::DeviceGraph &graph, const domainxml::DeviceUse &use)
{
    const QString chosen = chosenMdevType(graph);
    if (!chosen.isEmpty())
        return FindingText::tr("mdev type %1").arg(chosen);
    QStringList parts;
    for (const inventory::GraphNode &n : graph.nodes()) {
        QStringList types;
        for (const inventory::MdevType &t : n.device.mdevTypes)
            types << QStringLiteral("%1: %2").arg(t.id).arg(std::max(0, t.availableInstances - use.newMdevs.value(n.name())));
        if (!types.isEmpty())
            parts << QStringLiteral("%1 (%2)").arg(n.name(), types.join(QStringLiteral(", ")));
    }
    return parts.isEmpty() ? FindingText::tr("mdev instances (no mdev-capable device)")
                           : FindingText::tr("mdev instances (available: %1)").arg(parts.join(QStringLiteral("; ")));
}

} // namespace

QString DeviceSupply::byNodeText() const
{
    QStringList parts;
    for (auto it = freeByNode.cbegin(); it != freeByNode.cend(); ++it)
        parts << (it.key() < 0 ? FindingText::tr("no NUMA node: %1").arg(it.value()) : FindingText::tr("node %1: %2").arg(it.key()).arg(it.value()));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

QList<DeviceSupply> deviceSupply(const InstanceDemand &demand, const HostUsage &usage)
{
    QList<DeviceSupply> out;
    QMap<std::pair<QString, QString>, int> ports; // (vnic type, physnet) -> count
    for (const flavors::RequestedPort &p : demand.flavor.ports) {
        if (!p.type() || flavors::takesHostDevice(*p.type()))
            ++ports[{p.vnicType, p.physnet}];
    }
    for (auto it = ports.cbegin(); it != ports.cend(); ++it) {
        const auto &[vnic, physnet] = it.key();
        DeviceSupply s;
        s.code = QStringLiteral("host.device-unavailable");
        s.wanted = it.value();
        const std::optional<flavors::VnicType> type = flavors::vnicTypeFromString(vnic);
        s.what = type == flavors::VnicType::Vdpa             ? QStringLiteral("vDPA devices")
               : type == flavors::VnicType::DirectPhysical ? QStringLiteral("free PFs")
                                                             : QStringLiteral("free VFs");
        flavors::RequestedPort one;
        one.vnicType = vnic;
        one.physnet = physnet;
        s = count(usage, probeFlavor(demand.flavor, {one}, {}, {}), s, false);
        if (type == flavors::VnicType::Macvtap)
            s.what += QStringLiteral(" with a netdev (macvtap)");
        if (!physnet.isEmpty())
            s.what += QStringLiteral(" for physnet %1").arg(physnet);
        out.append(s);
    }
    for (const auto &[alias, n] : domainxml::requestedAliases(demand.flavor)) {
        DeviceSupply s;
        s.code = QStringLiteral("host.device-unavailable");
        s.wanted = n;
        const auto a = usage.profile().pciAliases.constFind(alias);
        s.what = a == usage.profile().pciAliases.cend() ? FindingText::tr("devices of PCI alias '%1' (not in the profile's [pci] alias)").arg(alias)
                                                        : FindingText::tr("devices of PCI alias '%1' (%2:%3)").arg(alias, a->vendorId, a->productId);
        out.append(count(usage, probeFlavor(demand.flavor, {}, QStringLiteral("pci_passthrough:alias"), alias + QStringLiteral(":1")), s, false));
    }
    if (const int vgpus = domainxml::requestedVgpus(demand.flavor)) {
        DeviceSupply s;
        s.code = QStringLiteral("host.mdev-unavailable");
        s.wanted = vgpus;
        s = count(usage, probeFlavor(demand.flavor, {}, QStringLiteral("resources:VGPU"), QStringLiteral("1")), s, true);
        if (s.free == 0)
            s.what = noMdevText(usage.host().graph(), usage.deviceUse());
        out.append(s);
    }
    return out;
}

} // namespace hostfit
