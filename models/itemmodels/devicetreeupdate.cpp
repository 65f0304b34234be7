// DeviceTreeModel's rows: built from a graph (a reset), or reconciled with a newer graph of the
// same host by inserting, moving and removing only the rows that differ.
#include "itemmodels/devicetreemodel.h"

#include "inventory/treeorder.h"

#include <QSet>

#include <algorithm>

using namespace inventory;

namespace {

constexpr QChar kTypeSeparator = u'\n'; // never part of a libvirt device name

QString typeKey(const QString &owner, const QString &typeId)
{
    return owner + kTypeSeparator + typeId;
}

// What an operator sees change on a row (or on the rows it decides: children, capacity).
bool nodeDiffers(const GraphNode &a, const GraphNode &b)
{
    const Device &x = a.device;
    const Device &y = b.device;
    if (x.rawXml.constData() != y.rawXml.constData() && x.rawXml != y.rawXml)
        return true;
    return a.kind != b.kind || a.logicalParent != b.logicalParent || a.orphan != b.orphan || a.numaNode != b.numaNode
        || a.iommuGroup != b.iommuGroup || a.netdev != b.netdev || a.vdpa != b.vdpa || a.children != b.children || x.broken != y.broken
        || x.error != y.error || x.driver != y.driver || x.mdevTypes != y.mdevTypes;
}

// Names added, removed or changed between two graphs (both sorted by name), and where each node
// of `before` is in `after` (its index there, -1 when it is gone): rows move to the new graph by
// that, not by a name lookup per row.
QStringList changedDevices(const DeviceGraph &before, const DeviceGraph &after, std::vector<qsizetype> &indexInAfter)
{
    QStringList out;
    const QList<GraphNode> &a = before.nodes();
    const QList<GraphNode> &b = after.nodes();
    indexInAfter.assign(size_t(a.size()), -1);
    qsizetype i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a.at(i).name() < b.at(j).name())) {
            out.append(a.at(i++).name());
        } else if (i == a.size() || b.at(j).name() < a.at(i).name()) {
            out.append(b.at(j++).name());
        } else {
            if (nodeDiffers(a.at(i), b.at(j)))
                out.append(a.at(i).name());
            indexInAfter[size_t(i)] = j;
            ++i;
            ++j;
        }
    }
    return out;
}

bool isTypeKey(const QString &key)
{
    return key.contains(kTypeSeparator);
}

bool existsIn(const DeviceGraph &graph, const QString &key)
{
    const qsizetype sep = key.indexOf(kTypeSeparator);
    if (sep < 0)
        return graph.node(key) != nullptr;
    const GraphNode *owner = graph.node(key.left(sep));
    return owner && mdevTypeIndex(*owner, QStringView(key).mid(sep + 1)) >= 0;
}

// Rows a graph has: one per device and one per distinct mdev type of each device.
qsizetype expectedRows(const DeviceGraph &graph)
{
    qsizetype rows = graph.size();
    for (const GraphNode &n : graph.nodes())
        rows += n.device.mdevTypes.isEmpty() ? 0 : treeChildren(graph, n).mdevTypes.size();
    return rows;
}

} // namespace

// The key of the row a device hangs under in `graph`: its logical parent, the mdev type row of
// its parent for an mdev of one of the parent's types, or a null string at the root.
QString DeviceTreeModel::parentKeyIn(const DeviceGraph &graph, const QString &name) const
{
    const GraphNode *n = graph.node(name);
    if (!n || n->logicalParent.isEmpty())
        return {};
    if (n->device.mdev) {
        const GraphNode *p = graph.node(n->logicalParent);
        if (p && listedUnderType(*p, *n) >= 0)
            return typeKey(p->name(), n->device.mdev->type);
    }
    return n->logicalParent;
}

// A domain started, stopped, defined or undefined: the Guest cells that read differently now.
void DeviceTreeModel::announceGuestChanges(const HostSnapshot &before)
{
    if (before.guests() == m_snapshot.guests())
        return;
    const auto &was = before.guestsByDevice();
    const auto &now = m_snapshot.guestsByDevice();
    QSet<QString> devices;
    for (auto it = was.cbegin(); it != was.cend(); ++it)
        devices.insert(it.key());
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        devices.insert(it.key());
    for (const QString &name : std::as_const(devices)) {
        if (was.value(name) == now.value(name))
            continue;
        const auto it = m_byKey.constFind(name);
        if (it == m_byKey.constEnd() || !m_items[size_t(*it)].node)
            continue;
        m_items[size_t(*it)].search = QString(); // the text filter finds a device by its guest
        const QModelIndex cell = indexOfItem(*it, GuestColumn);
        Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole, GuestsRole});
    }
}

// Where a device's row goes depends on its parent row and, among its siblings, on being a VF
// (and its PCI address) or an mdev (and its type).
void DeviceTreeModel::markAffected(const GraphNode *before, const GraphNode *after, QSet<QString> &affected) const
{
    const QString name = after ? after->name() : before->name();
    const auto item = m_byKey.constFind(name);
    const int parent = item == m_byKey.constEnd() ? -2 : m_items[size_t(*item)].parent;
    const QString oldParent = parent == -2 ? QString() : parent == Root ? QString() : m_items[size_t(parent)].key;
    const QString newParent = after ? parentKeyIn(m_snapshot.graph(), name) : QString();
    const auto vfAddress = [](const GraphNode *n) {
        return n->device.pci && n->device.pci->physFunction && !n->orphan ? n->device.pci->address : PciAddress();
    };
    const auto mdevType = [](const GraphNode *n) { return n->device.mdev ? n->device.mdev->type : QString(); };
    const bool placed = before && after && parent != -2 && oldParent == newParent && vfAddress(before) == vfAddress(after)
        && mdevType(before) == mdevType(after);
    if (!placed) {
        if (parent != -2)
            affected.insert(oldParent);
        if (after)
            affected.insert(newParent);
    }
    if (after && (!before || before->device.mdevTypes != after->device.mdevTypes)) {
        affected.insert(name);
        for (const MdevType &t : after->device.mdevTypes)
            affected.insert(typeKey(name, t.id));
    }
}

// Children in display order (inventory/treeorder.h): mdev types (each with its mdevs), VFs in
// PCI address order, then the other logical children by name.
QStringList DeviceTreeModel::desiredChildren(int item) const
{
    const DeviceGraph &graph = m_snapshot.graph();
    if (item == Root)
        return graph.roots();
    const Item &it = m_items[size_t(item)];
    if (it.typeOwner)
        return graph.mdevsOfType(it.typeOwner->name(), it.typeOwner->device.mdevTypes.at(it.mdevType).id);
    TreeChildren children = treeChildren(graph, *it.node);
    if (children.mdevTypes.isEmpty())
        return std::move(children.devices); // often the graph's own list of VFs, no copy
    QStringList out;
    out.reserve(children.mdevTypes.size() + children.devices.size());
    for (qsizetype t : std::as_const(children.mdevTypes))
        out.append(typeKey(it.node->name(), it.node->device.mdevTypes.at(t).id));
    out += children.devices;
    return out;
}

// Points an item at its device (or type) in `graph`; false when the graph has no such row.
bool DeviceTreeModel::resolve(Item &item, const DeviceGraph &graph) const
{
    const qsizetype sep = item.key.indexOf(kTypeSeparator);
    if (sep < 0) {
        const GraphNode *n = graph.node(item.key);
        if (n)
            item.node = n;
        return n != nullptr;
    }
    const GraphNode *owner = graph.node(item.key.left(sep));
    const qsizetype t = owner ? mdevTypeIndex(*owner, QStringView(item.key).mid(sep + 1)) : -1;
    if (t < 0)
        return false;
    item.typeOwner = owner;
    item.mdevType = int(t);
    return true;
}

int DeviceTreeModel::newItem(const QString &key, int *byKeySlot)
{
    int id;
    if (!m_freeIds.empty()) {
        id = m_freeIds.back();
        m_freeIds.pop_back();
    } else {
        id = int(m_items.size());
        m_items.emplace_back();
    }
    Item &item = m_items[size_t(id)];
    item.key = key;
    resolve(item, m_snapshot.graph());
    if (byKeySlot)
        *byKeySlot = id;
    else
        m_byKey.insert(key, id);
    return id;
}

void DeviceTreeModel::freeSubtree(int item)
{
    std::vector<int> children = std::move(m_items[size_t(item)].children);
    for (int c : children)
        freeSubtree(c);
    Item &it = m_items[size_t(item)];
    const auto found = m_byKey.constFind(it.key);
    if (found != m_byKey.constEnd() && *found == item)
        m_byKey.erase(found);
    it = Item();
    m_freeIds.push_back(item);
}

void DeviceTreeModel::renumber(int parent, size_t from)
{
    const std::vector<int> &kids = childrenOf(parent);
    for (size_t r = from; r < kids.size(); ++r)
        m_items[size_t(kids[r])].row = int(r);
}

void DeviceTreeModel::buildChildren(int item)
{
    const QStringList keys = desiredChildren(item);
    for (const QString &k : keys) {
        const qsizetype known = m_byKey.size();
        int &slot = m_byKey[k]; // one lookup: found, or inserted here
        if (m_byKey.size() == known)
            continue; // a graph is a tree; never show one device twice
        const int id = newItem(k, &slot);
        m_items[size_t(id)].parent = item;
        std::vector<int> &kids = childrenOf(item);
        m_items[size_t(id)].row = int(kids.size());
        kids.push_back(id);
        buildChildren(id);
    }
}

// Makes the first rows of `item` its desired children, in order: rows that exist elsewhere move
// here, new ones are inserted (in runs) and reconciled in turn. Rows no longer wanted here are
// left at the end for updateSnapshot() to remove once every move has happened. False when Qt
// refuses a move (a device would move below itself): the caller falls back to a reset.
bool DeviceTreeModel::reconcile(int item, QHash<int, qsizetype> &reconciled)
{
    const QStringList want = desiredChildren(item);
    reconciled.insert(item, want.size());
    for (qsizetype i = 0; i < want.size();) {
        const QString &k = want.at(i);
        {
            const std::vector<int> &kids = childrenOf(item);
            if (size_t(i) < kids.size() && m_items[size_t(kids[size_t(i)])].key == k) {
                ++i;
                continue;
            }
        }
        const auto existing = m_byKey.constFind(k);
        if (existing != m_byKey.constEnd()) {
            const int id = *existing;
            const int from = m_items[size_t(id)].parent;
            const int fromRow = m_items[size_t(id)].row;
            if (!beginMoveRows(indexOfItem(from), fromRow, fromRow, indexOfItem(item), int(i)))
                return false;
            std::vector<int> &src = childrenOf(from);
            src.erase(src.begin() + fromRow);
            renumber(from, size_t(fromRow));
            std::vector<int> &dst = childrenOf(item);
            dst.insert(dst.begin() + i, id);
            m_items[size_t(id)].parent = item;
            renumber(item, size_t(i));
            endMoveRows();
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < want.size() && !m_byKey.contains(want.at(end)))
            ++end;
        beginInsertRows(indexOfItem(item), int(i), int(end - 1));
        std::vector<int> created;
        for (qsizetype j = i; j < end; ++j) {
            const int id = newItem(want.at(j));
            m_items[size_t(id)].parent = item;
            created.push_back(id);
        }
        std::vector<int> &dst = childrenOf(item);
        dst.insert(dst.begin() + i, created.begin(), created.end());
        renumber(item, size_t(i));
        endInsertRows();
        for (int id : created) {
            if (!reconcile(id, reconciled))
                return false;
        }
        i = end;
    }
    return true;
}

void DeviceTreeModel::updateSnapshot(const HostSnapshot &snapshot)
{
    if (m_snapshot.isNull() || snapshot.isNull()) {
        setSnapshot(snapshot);
        return;
    }
    const HostSnapshot before = m_snapshot; // its graph stays alive until the rows are updated
    const DeviceGraph &graph = snapshot.graph();
    std::vector<qsizetype> indexInAfter;
    const QStringList changed = changedDevices(before.graph(), graph, indexInAfter);
    m_snapshot = snapshot;
    announceGuestChanges(before);
    // Every row now points into the new graph; rows about to go keep the old device until then.
    const GraphNode *oldNodes = before.graph().nodes().constData();
    const qsizetype oldCount = before.graph().size();
    for (Item &item : m_items) {
        if (item.key.isNull())
            continue;
        const qsizetype at = item.node ? item.node - oldNodes : -1;
        if (at >= 0 && at < oldCount) { // a device row of the old graph (all of them, normally)
            if (indexInAfter[size_t(at)] >= 0)
                item.node = &graph.nodes().at(indexInAfter[size_t(at)]);
        } else {
            resolve(item, graph); // an mdev type row
        }
    }
    if (changed.isEmpty())
        return;
    for (const QString &name : changed) { // the text filter must see the new values
        if (const auto it = m_byKey.constFind(name); it != m_byKey.constEnd()) {
            m_items[size_t(*it)].search = QString();
            for (int c : m_items[size_t(*it)].children)
                m_items[size_t(c)].search = QString();
        }
    }

    // The rows whose children may change: the old and new place of a device added, removed or
    // placed differently, and a device whose mdev types changed. Reconciled from the top, so a
    // new parent exists before its children move in.
    QSet<QString> affected;
    for (const QString &name : changed)
        markAffected(before.graph().node(name), graph.node(name), affected);
    QList<std::pair<int, QString>> order;
    for (const QString &key : std::as_const(affected)) {
        int depth = 0;
        for (QString k = key; !k.isNull() && depth < 64; ++depth)
            k = isTypeKey(k) ? k.left(k.indexOf(kTypeSeparator)) : parentKeyIn(graph, k);
        order.append({depth, key});
    }
    std::sort(order.begin(), order.end());

    QHash<int, qsizetype> reconciled;
    bool ok = true;
    for (const auto &[depth, key] : std::as_const(order)) {
        const int id = key.isNull() ? Root : m_byKey.value(key, -2);
        if (id == -2 || reconciled.contains(id) || (id != Root && !existsIn(graph, key)))
            continue; // a new row is reconciled when inserted; a row going away is removed below
        if (!(ok = reconcile(id, reconciled)))
            break;
    }
    // What is left after a reconciled row's wanted children is gone from the host.
    for (auto it = reconciled.cbegin(); ok && it != reconciled.cend(); ++it) {
        const int id = it.key();
        if (id != Root && m_items[size_t(id)].key.isNull())
            continue; // inside a subtree removed already
        const std::vector<int> &kids = childrenOf(id);
        if (qsizetype(kids.size()) <= it.value())
            continue;
        const int first = int(it.value());
        const int last = int(kids.size()) - 1;
        beginRemoveRows(indexOfItem(id), first, last);
        std::vector<int> &rows = childrenOf(id);
        const std::vector<int> gone(rows.begin() + first, rows.end());
        rows.erase(rows.begin() + first, rows.end());
        for (int g : gone)
            freeSubtree(g);
        endRemoveRows();
    }
    // Every device and type of the graph has one row, else start over (never expected).
    if (!ok || m_byKey.size() != expectedRows(graph)) {
        setSnapshot(snapshot);
        return;
    }
    for (const QString &name : changed) {
        const auto it = m_byKey.constFind(name);
        if (it == m_byKey.constEnd())
            continue;
        const int id = *it;
        m_items[size_t(id)].search.clear();
        Q_EMIT dataChanged(indexOfItem(id, 0), indexOfItem(id, ColumnCount - 1));
        for (int c : m_items[size_t(id)].children) {
            if (m_items[size_t(c)].typeOwner) {
                m_items[size_t(c)].search.clear();
                Q_EMIT dataChanged(indexOfItem(c, 0), indexOfItem(c, ColumnCount - 1));
            }
        }
        const int parent = m_items[size_t(id)].parent;
        if (parent != Root)
            Q_EMIT dataChanged(indexOfItem(parent, 0), indexOfItem(parent, ColumnCount - 1));
    }
}
