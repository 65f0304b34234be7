#include "domainxml/deviceallocator.h"
#include "core/findingtext.h"

#include "domainxml/identity.h"

#include <QRegularExpression>

namespace domainxml {
namespace {

QString normId(QString id)
{
    id = id.toLower();
    return id.startsWith(QLatin1String("0x")) ? id.mid(2) : id;
}

class Picker
{
public:
    Picker(const inventory::DeviceGraph &g, const QList<int> &cells, const DeviceUse &use)
        : graph(g), hostCells(cells), taken(use.busy), newMdevs(use.newMdevs)
    {
    }

    bool usable(const inventory::GraphNode &n) const
    {
        return !taken.contains(n.name()) && (hostCells.isEmpty() || n.numaNode < 0 || hostCells.contains(n.numaNode));
    }
    bool freeVf(const inventory::GraphNode &n) const
    {
        return n.kind == inventory::DeviceKind::Vf && n.device.driver != QLatin1String("vfio-pci") && n.vdpa.isEmpty() && usable(n);
    }
    bool freePf(const inventory::GraphNode &n) const
    {
        if (n.kind != inventory::DeviceKind::Pf || n.device.driver == QLatin1String("vfio-pci") || !usable(n))
            return false;
        for (const QString &vf : graph.vfsOf(n.name())) {
            const inventory::GraphNode *v = graph.node(vf);
            if (!v || !freeVf(*v) || taken.contains(vf))
                return false;
        }
        return true;
    }

    // The free candidate with the lowest PCI address (or name), marked taken.
    template<typename Pred>
    std::optional<AllocatedDevice> take(Pred pred)
    {
        const inventory::GraphNode *best = nullptr;
        for (const inventory::GraphNode &n : graph.nodes()) {
            if (!pred(n))
                continue;
            const auto addr = [](const inventory::GraphNode *x) { return x->device.pci ? x->device.pci->address : inventory::PciAddress{}; };
            if (!best || std::make_pair(addr(&n), n.name()) < std::make_pair(addr(best), best->name()))
                best = &n;
        }
        if (!best)
            return std::nullopt;
        taken.insert(best->name());
        AllocatedDevice d;
        d.node = best->name();
        d.numaNode = best->numaNode;
        if (best->device.pci)
            d.address = best->device.pci->address;
        d.chardev = best->device.vdpaChardev;
        d.netdev = best->netdev;
        return d;
    }

    const inventory::DeviceGraph &graph;
    QList<int> hostCells;
    QSet<QString> taken;
    QHash<QString, int> newMdevs;
};

std::optional<AllocatedDevice> takePort(Picker &p, std::optional<flavors::VnicType> vnic)
{
    using flavors::VnicType;
    if (vnic == VnicType::Vdpa)
        return p.take([&](const inventory::GraphNode &n) { return n.kind == inventory::DeviceKind::Vdpa && !n.device.vdpaChardev.isEmpty() && p.usable(n); });
    if (vnic == VnicType::Direct)
        return p.take([&](const inventory::GraphNode &n) { return p.freeVf(n); });
    if (vnic == VnicType::Macvtap)
        return p.take([&](const inventory::GraphNode &n) { return p.freeVf(n) && !n.netdev.isEmpty(); });
    if (vnic == VnicType::DirectPhysical)
        return p.take([&](const inventory::GraphNode &n) { return p.freePf(n); });
    return AllocatedDevice{};
}

// [devices]enabled_mdev_types is not in the profile: the type already used by an mdev on the
// host, else the first type with instances available.
std::optional<std::pair<QString, QString>> vgpuParentAndType(const inventory::DeviceGraph &g, const Picker &p)
{
    for (const inventory::GraphNode &n : g.nodes()) {
        if (n.kind == inventory::DeviceKind::Mdev && n.device.mdev && !n.logicalParent.isEmpty()) {
            const inventory::GraphNode *parent = g.node(n.logicalParent);
            if (parent && p.usable(*parent))
                return std::make_pair(n.logicalParent, n.device.mdev->type);
        }
    }
    for (const inventory::GraphNode &n : g.nodes()) {
        for (const inventory::MdevType &t : n.device.mdevTypes) {
            if (t.availableInstances > 0 && p.usable(n))
                return std::make_pair(n.name(), t.id);
        }
    }
    return std::nullopt;
}

void takeVgpus(Picker &p, const flavors::Flavor &flavor, DeviceAllocation &out)
{
    const int want = requestedVgpus(flavor);
    if (want == 0)
        return;
    const auto pt = vgpuParentAndType(p.graph, p);
    if (!pt) {
        out.missing.append(FindingText::tr("%1 vGPU(s): no mdev-capable device with instances available").arg(want));
        return;
    }
    int available = 0;
    for (const inventory::MdevType &t : p.graph.node(pt->first)->device.mdevTypes)
        available = t.id == pt->second ? std::max(0, t.availableInstances) : available;
    const int created = p.newMdevs.value(pt->first);
    available = std::max(0, available - created);
    for (int i = 0; i < want; ++i) {
        AllocatedDevice d;
        for (const QString &m : p.graph.mdevsOfType(pt->first, pt->second)) {
            const inventory::GraphNode *n = p.graph.node(m);
            if (!p.taken.contains(m) && !p.taken.contains(n->device.mdev->uuid)) {
                d = AllocatedDevice{m, {}, {}, {}, n->device.mdev->uuid, false, n->numaNode};
                break;
            }
        }
        if (d.node.isEmpty() && available-- > 0)
            d = AllocatedDevice{pt->first, {}, {}, {}, stableUuid(flavor.name, QStringLiteral("mdev-%1").arg(i + created)), true, p.graph.node(pt->first)->numaNode};
        if (d.node.isEmpty()) {
            out.missing.append(FindingText::tr("vGPU %1 of %2: no free %3 mdev on %4").arg(i + 1).arg(want).arg(pt->second, pt->first));
            return;
        }
        p.taken.insert(d.node == pt->first ? d.mdevUuid : d.node);
        out.vgpus.append(d);
    }
}

void takeAliases(Picker &p, const flavors::Flavor &flavor, const ComputeProfile &profile, DeviceAllocation &out)
{
    for (const auto &[name, count] : requestedAliases(flavor)) {
        const auto alias = profile.pciAliases.constFind(name);
        if (alias == profile.pciAliases.cend()) {
            out.missing.append(FindingText::tr("PCI alias '%1' is not in the profile's [pci] alias").arg(name));
            continue;
        }
        for (int i = 0; i < count; ++i) {
            const auto d = p.take([&](const inventory::GraphNode &n) {
                return n.device.pci && normId(n.device.pci->vendorId) == alias->vendorId && normId(n.device.pci->productId) == alias->productId
                       && n.device.driver != QLatin1String("vfio-pci") && p.usable(n);
            });
            if (!d) {
                out.missing.append(FindingText::tr("PCI alias '%1': %2 of %3 devices %4:%5 free").arg(name).arg(i).arg(count).arg(alias->vendorId, alias->productId));
                break;
            }
            out.pci.append(*d);
        }
    }
}

} // namespace

int requestedVgpus(const flavors::Flavor &flavor)
{
    static const QRegularExpression key(QStringLiteral("^resources([A-Za-z0-9_-]*):VGPU$"));
    for (const flavors::Property &p : flavor.extraSpecs.items()) {
        if (key.match(p.key).hasMatch())
            return std::max(0, p.value.toInt());
    }
    return 0;
}

QList<std::pair<QString, int>> requestedAliases(const flavors::Flavor &flavor)
{
    QList<std::pair<QString, int>> out;
    const QString spec = flavor.extraSpecs.value(QStringLiteral("pci_passthrough:alias")).value_or(QString());
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = part.trimmed().split(QLatin1Char(':'));
        if (kv.size() == 2 && kv.at(1).toInt() > 0)
            out.append({kv.at(0).trimmed(), kv.at(1).toInt()});
    }
    return out;
}

DeviceAllocation allocateDevices(const flavors::Flavor &flavor, const inventory::DeviceGraph &graph, const ComputeProfile &profile,
                                 const QList<int> &hostCells, const QSet<QString> &busy)
{
    return allocateDevices(flavor, graph, profile, hostCells, DeviceUse{busy, {}});
}

DeviceAllocation allocateDevices(const flavors::Flavor &flavor, const inventory::DeviceGraph &graph, const ComputeProfile &profile,
                                 const QList<int> &hostCells, const DeviceUse &use)
{
    Picker picker(graph, hostCells, use);
    DeviceAllocation out;
    for (const flavors::RequestedPort &port : flavor.ports) {
        const std::optional<AllocatedDevice> d = takePort(picker, port.type());
        if (!d)
            out.missing.append(FindingText::tr("port %1: no free %2 device%3").arg(out.ports.size() + 1).arg(port.vnicType,
                hostCells.isEmpty() ? QString() : QStringLiteral(" on host NUMA node(s) %1").arg(
                    [&] { QStringList s; for (int c : hostCells) s << QString::number(c); return s.join(QLatin1Char(',')); }())));
        out.ports.append(d.value_or(AllocatedDevice{}));
    }
    takeAliases(picker, flavor, profile, out);
    takeVgpus(picker, flavor, out);
    return out;
}

} // namespace domainxml
