// DeviceTreeModel::appendDevices: rows for the devices of a partial capture, appended as they
// arrive. The complete snapshot then goes through setSnapshot(), which orders the rows as usual.
#include "itemmodels/devicetreemodel.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <optional>
#include <utility>

using namespace inventory;

bool DeviceTreeModel::appendDevices(const HostSnapshot &partial)
{
    const DeviceGraph &graph = partial.graph();
    QHash<QString, int> shown; // device name -> item
    shown.reserve(graph.size());
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (const GraphNode *n = m_items[i].node) {
            if (!graph.node(n->name()))
                return false;
            shown.insert(n->name(), int(i));
        }
    }
    // Same devices, new graph: point every row at the new nodes before the old graph goes.
    const HostSnapshot previous = std::exchange(m_snapshot, partial);
    for (Item &item : m_items) {
        if (item.node)
            item.node = graph.node(item.node->name());
        if (item.typeOwner)
            item.typeOwner = graph.node(item.typeOwner->name());
    }

    // The item a device goes under, as build() would place it; nothing while its parent (the PF
    // of a VF, libvirt's parent otherwise) is not shown yet; -1 at the root.
    auto placeOf = [&](const GraphNode &n) -> std::optional<int> {
        QString parent = n.device.parent;
        if (n.device.pci && n.device.pci->physFunction) {
            const GraphNode *pf = graph.nodeByPciAddress(*n.device.pci->physFunction);
            if (!pf)
                return std::nullopt; // maybe still coming; an orphan waits for the whole host
            parent = pf->name();
        }
        if (parent.isEmpty())
            return -1;
        const auto it = shown.constFind(parent);
        if (it == shown.cend())
            return std::nullopt;
        if (n.device.mdev) { // under its type's row when the parent offers the type
            for (int child : m_items[size_t(*it)].children) {
                const Item &c = m_items[size_t(child)];
                if (c.mdevType >= 0 && c.typeOwner->device.mdevTypes.at(c.mdevType).id == n.device.mdev->type)
                    return child;
            }
        }
        return *it;
    };

    // addItem() holds a reference into m_items while it appends: never let it reallocate.
    size_t rows = 0;
    for (const GraphNode &n : graph.nodes())
        rows += 1 + size_t(n.device.mdevTypes.size());
    m_items.reserve(std::max(rows, m_items.size()));

    QList<int> grown;
    for (;;) { // parents first: a device whose parent comes in this batch goes in the next round
        QMap<int, QList<const GraphNode *>> ready;
        for (const GraphNode &n : graph.nodes()) {
            if (shown.contains(n.name()))
                continue;
            if (const std::optional<int> place = placeOf(n))
                ready[*place].append(&n);
        }
        if (ready.isEmpty())
            break;
        for (auto it = ready.cbegin(); it != ready.cend(); ++it) {
            const int parent = it.key();
            const int first = parent < 0 ? int(m_roots.size()) : int(m_items[size_t(parent)].children.size());
            beginInsertRows(indexOfItem(parent, 0), first, first + int(it.value().size()) - 1);
            for (const GraphNode *n : it.value()) {
                Item self;
                self.node = n;
                const int id = addItem(parent, self);
                shown.insert(n->name(), id);
                for (int t = 0; t < n->device.mdevTypes.size(); ++t) { // part of the new row
                    Item type;
                    type.mdevType = t;
                    type.typeOwner = n;
                    addItem(id, type);
                }
            }
            endInsertRows();
            if (parent >= 0)
                grown.append(parent);
        }
    }
    // A parent's capacity column counts its VFs.
    for (int parent : std::as_const(grown))
        Q_EMIT dataChanged(indexOfItem(parent, 0), indexOfItem(parent, ColumnCount - 1));
    return true;
}
