#include "inventory/treeorder.h"

#include <QSet>

namespace inventory {

namespace {

// DeviceGraph::vfsOf's test: a VF whose PF is on the host.
bool isListedVf(const GraphNode &n)
{
    return n.device.pci && n.device.pci->physFunction && !n.orphan;
}

} // namespace

qsizetype mdevTypeIndex(const GraphNode &owner, QStringView typeId)
{
    for (qsizetype t = 0; t < owner.device.mdevTypes.size(); ++t) {
        if (owner.device.mdevTypes.at(t).id == typeId)
            return t;
    }
    return -1;
}

qsizetype listedUnderType(const GraphNode &parent, const GraphNode &child)
{
    return child.device.mdev ? mdevTypeIndex(parent, child.device.mdev->type) : -1;
}

TreeChildren treeChildren(const DeviceGraph &graph, const GraphNode &node)
{
    TreeChildren out;
    if (node.children.isEmpty() && node.device.mdevTypes.isEmpty())
        return out; // most devices of a large host: a VF, a netdev, an mdev
    if (!node.device.mdevTypes.isEmpty()) {
        QSet<QString> seen; // a repeated id would list its mdevs twice
        for (qsizetype t = 0; t < node.device.mdevTypes.size(); ++t) {
            const QString &id = node.device.mdevTypes.at(t).id;
            if (!seen.contains(id)) {
                seen.insert(id);
                out.mdevTypes.append(t);
            }
        }
    }
    out.devices = graph.vfsOf(node.name()); // shared with the graph unless others follow
    if (node.children.size() == out.devices.size())
        return out;
    QStringList others;
    others.reserve(node.children.size() - out.devices.size());
    for (const QString &c : node.children) {
        const GraphNode *child = graph.node(c);
        if (child && !isListedVf(*child) && listedUnderType(node, *child) < 0)
            others.append(c);
    }
    out.devices += others;
    return out;
}

} // namespace inventory
