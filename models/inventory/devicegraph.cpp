#include "inventory/devicegraph.h"

#include <QThreadPool>

#include <algorithm>
#include <mutex>

namespace inventory {

struct DeviceGraph::Data
{
    QList<GraphNode> nodes;
    QHash<QString, qsizetype> byName;
    QHash<PciAddress, qsizetype> byAddress;
    QMap<int, QStringList> byNuma;
    // Made when first asked for (nothing in the GUI asks): 20,000 VFs are 20,000 groups, and
    // building that map was a fifth of the graph's rebuild at every node-device event.
    mutable std::once_flag byIommuMade;
    mutable QMap<int, QStringList> byIommu;
    QHash<QString, QStringList> vfs; // a PF's VFs in PCI address order (asked for by every paint of its row)
    QHash<QString, int> vfsUsed;
};

namespace {

void linkNodes(QList<GraphNode> &nodes, const QHash<QString, qsizetype> &byName, const QHash<PciAddress, qsizetype> &byAddress)
{
    for (GraphNode &n : nodes) {
        n.logicalParent = byName.contains(n.device.parent) ? n.device.parent : QString();
        if (n.device.pci && n.device.pci->physFunction) {
            const auto it = byAddress.constFind(*n.device.pci->physFunction);
            if (it != byAddress.constEnd())
                n.logicalParent = nodes.at(*it).name();
            else
                n.orphan = true;
        }
    }
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const GraphNode &child = nodes.at(i);
        if (child.logicalParent.isEmpty())
            continue;
        GraphNode &parent = nodes[byName.value(child.logicalParent)];
        parent.children.append(child.name());
        if (child.kind == DeviceKind::Net && parent.netdev.isEmpty())
            parent.netdev = child.device.net->interface;
        if (child.kind == DeviceKind::Vdpa)
            parent.vdpa = child.name();
    }
}

// Net, vDPA and mdev devices sit on the NUMA node of the PCI device they belong to.
int inheritedNuma(const QList<GraphNode> &nodes, const QHash<QString, qsizetype> &byName, const GraphNode &n)
{
    const GraphNode *cur = &n;
    for (int depth = 0; cur && depth < 16; ++depth) {
        if (cur->device.pci)
            return cur->device.pci->numaNode;
        const auto it = byName.constFind(cur->logicalParent);
        cur = it == byName.constEnd() ? nullptr : &nodes.at(*it);
    }
    return -1;
}

} // namespace

DeviceGraph::DeviceGraph()
    : d(std::make_shared<Data>())
{
}

DeviceGraph::DeviceGraph(QList<Device> devices)
{
    // Freeing a large graph (tens of thousands of strings) takes milliseconds: it happens on the
    // thread pool, so the thread dropping the last reference (the GUI thread, after an event)
    // does not wait for it.
    std::shared_ptr<Data> data(new Data, [](Data *p) {
        QThreadPool *pool = p->nodes.size() >= 1000 ? QThreadPool::globalInstance() : nullptr;
        if (pool)
            pool->start([p] { delete p; });
        else
            delete p;
    });
    for (qsizetype i = 0; i < devices.size(); ++i) {
        if (devices.at(i).name.isEmpty())
            devices[i].name = QStringLiteral("unnamed_%1").arg(i);
    }
    const auto byName = [](const Device &a, const Device &b) { return a.name < b.name; };
    if (!std::is_sorted(devices.begin(), devices.end(), byName)) // withChanges() hands them over sorted
        std::sort(devices.begin(), devices.end(), byName);
    // Later duplicates of a name are dropped: a name is unique on a host.
    devices.erase(std::unique(devices.begin(), devices.end(), [](const Device &a, const Device &b) { return a.name == b.name; }),
                  devices.end());
    data->byName.reserve(devices.size());
    data->byAddress.reserve(devices.size());
    data->nodes.resize(devices.size()); // each device is moved once, into its place
    for (qsizetype i = 0; i < devices.size(); ++i) {
        GraphNode &n = data->nodes[i];
        n.device = std::move(devices[i]);
        n.kind = classify(n.device);
        if (n.device.pci) {
            n.iommuGroup = n.device.pci->iommuGroup;
            if (n.device.pci->address.isValid())
                data->byAddress.insert(n.device.pci->address, i);
        } else if (n.device.mdev) {
            n.iommuGroup = n.device.mdev->iommuGroup;
        }
        data->byName.insert(n.name(), i);
    }
    linkNodes(data->nodes, data->byName, data->byAddress);
    QList<const GraphNode *> vfs;
    for (const GraphNode &n : std::as_const(data->nodes)) {
        vfs.clear();
        for (const QString &c : n.children) {
            const GraphNode &child = data->nodes.at(data->byName.value(c));
            if (child.device.pci && child.device.pci->physFunction && !child.orphan)
                vfs.append(&child);
        }
        if (vfs.isEmpty())
            continue;
        // Children come in name order, which for libvirt's PCI names (pci_DDDD_BB_SS_F, fixed-width
        // hex) is address order: sorting 20,000 sorted VFs was a quarter of an event's rebuild.
        const auto byAddress = [](const GraphNode *a, const GraphNode *b) { return a->device.pci->address < b->device.pci->address; };
        if (!std::is_sorted(vfs.begin(), vfs.end(), byAddress))
            std::sort(vfs.begin(), vfs.end(), byAddress);
        QStringList names;
        names.reserve(vfs.size());
        int used = 0;
        for (const GraphNode *vf : std::as_const(vfs)) {
            names.append(vf->name());
            used += vf->device.driver == QLatin1String("vfio-pci") || !vf->vdpa.isEmpty() ? 1 : 0;
        }
        data->vfs.insert(n.name(), names);
        data->vfsUsed.insert(n.name(), used);
    }
    for (GraphNode &n : data->nodes) {
        n.numaNode = inheritedNuma(data->nodes, data->byName, n);
        if (n.numaNode >= 0)
            data->byNuma[n.numaNode].append(n.name());
    }
    d = std::move(data);
}

int DeviceGraph::size() const
{
    return int(d->nodes.size());
}

const QList<GraphNode> &DeviceGraph::nodes() const
{
    return d->nodes;
}

const GraphNode *DeviceGraph::node(const QString &name) const
{
    const auto it = d->byName.constFind(name);
    return it == d->byName.constEnd() ? nullptr : &d->nodes.at(*it);
}

const GraphNode *DeviceGraph::nodeByPciAddress(const PciAddress &address) const
{
    const auto it = d->byAddress.constFind(address);
    return it == d->byAddress.constEnd() ? nullptr : &d->nodes.at(*it);
}

QStringList DeviceGraph::roots() const
{
    QStringList out;
    for (const GraphNode &n : d->nodes) {
        if (n.logicalParent.isEmpty())
            out.append(n.name());
    }
    return out;
}

QStringList DeviceGraph::vfsOf(const QString &pf) const
{
    return d->vfs.value(pf);
}

int DeviceGraph::vfsUsed(const QString &pf) const
{
    return d->vfsUsed.value(pf, 0);
}

QStringList DeviceGraph::mdevsOfType(const QString &parent, const QString &typeId) const
{
    QStringList out;
    const GraphNode *p = node(parent);
    if (!p)
        return out;
    for (const QString &c : p->children) {
        const GraphNode *n = node(c);
        if (n->device.mdev && n->device.mdev->type == typeId)
            out.append(c);
    }
    return out;
}

QMap<int, QStringList> DeviceGraph::byNumaNode() const
{
    return d->byNuma;
}

QMap<int, QStringList> DeviceGraph::byIommuGroup() const
{
    std::call_once(d->byIommuMade, [data = d.get()] {
        for (const GraphNode &n : data->nodes) {
            if (n.iommuGroup >= 0)
                data->byIommu[n.iommuGroup].append(n.name());
        }
    });
    return d->byIommu;
}

QStringList DeviceGraph::brokenDevices() const
{
    QStringList out;
    for (const GraphNode &n : d->nodes) {
        if (n.device.broken)
            out.append(n.name());
    }
    return out;
}

QList<Device> DeviceGraph::devices() const
{
    QList<Device> out;
    out.reserve(d->nodes.size());
    for (const GraphNode &n : d->nodes)
        out.append(n.device);
    return out;
}

DeviceGraph DeviceGraph::withDevice(const Device &device) const
{
    return withChanges({device}, {});
}

DeviceGraph DeviceGraph::withoutDevice(const QString &name) const
{
    return withChanges({}, {name});
}

DeviceGraph DeviceGraph::withChanges(const QList<Device> &upserts, const QStringList &removed) const
{
    QStringList gone = removed;
    std::sort(gone.begin(), gone.end());
    const auto isGone = [&gone](const QString &name) { return std::binary_search(gone.cbegin(), gone.cend(), name); };
    QHash<QString, qsizetype> last; // name -> the last upsert of that name; a removal wins
    for (qsizetype i = 0; i < upserts.size(); ++i) {
        if (!isGone(upserts.at(i).name))
            last.insert(upserts.at(i).name, i);
    }
    QList<Device> added;
    for (qsizetype i = 0; i < upserts.size(); ++i) {
        if (last.value(upserts.at(i).name, -1) == i)
            added.append(upserts.at(i));
    }
    std::sort(added.begin(), added.end(), [](const Device &a, const Device &b) { return a.name < b.name; });
    // Merged in name order, so the new graph need not sort again; an event names one or two
    // devices, so after them the walk compares nothing (no hash lookup per device).
    QList<Device> list;
    list.reserve(d->nodes.size() + added.size());
    auto next = added.cbegin();
    auto drop = gone.cbegin();
    for (const GraphNode &n : d->nodes) {
        for (; next != added.cend() && next->name < n.name(); ++next)
            list.append(*next);
        if (next != added.cend() && next->name == n.name()) {
            list.append(*next++); // replaced
            continue;
        }
        drop = std::lower_bound(drop, gone.cend(), n.name());
        if (drop != gone.cend() && *drop == n.name())
            continue; // removed
        list.append(n.device);
    }
    for (; next != added.cend(); ++next)
        list.append(*next);
    return DeviceGraph(std::move(list));
}

bool DeviceGraph::operator==(const DeviceGraph &other) const
{
    if (size() != other.size())
        return false;
    for (qsizetype i = 0; i < d->nodes.size(); ++i) {
        if (d->nodes.at(i).name() != other.d->nodes.at(i).name() || d->nodes.at(i).device.rawXml != other.d->nodes.at(i).device.rawXml)
            return false;
    }
    return true;
}

} // namespace inventory
