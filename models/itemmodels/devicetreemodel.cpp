#include "itemmodels/devicetreemodel.h"

#include <QHash>
#include <QIcon>
#include <QThreadPool>

#include <memory>

using namespace inventory;

namespace {

QIcon kindIcon(const QString &kind)
{
    static QHash<QString, QIcon> cache; // GUI thread only, like every data() call
    auto it = cache.find(kind);
    if (it == cache.end())
        it = cache.insert(kind, QIcon(QStringLiteral(":/icons/device-%1.svg").arg(kind)));
    return *it;
}

// QString::toLower() maps every character through Unicode's tables; the search text is almost
// always ASCII (names, drivers, addresses, PCI ids' names), lowered here at a fraction of that.
QString lowered(QString text)
{
    for (const QChar c : std::as_const(text)) {
        if (c.unicode() >= 0x80)
            return std::move(text).toLower();
    }
    for (QChar &c : text) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return text;
}

} // namespace

QString DeviceTreeModel::guestsShown(const QList<GuestUse> &uses)
{
    QStringList parts;
    for (const GuestUse &u : uses)
        parts.append(u.active ? u.guest : tr("%1 (shut off)").arg(u.guest));
    return parts.join(QStringLiteral(", "));
}

DeviceTreeModel::DeviceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

// A model of its own builds them (one that no view watches, on whatever thread this runs).
DeviceTreeModel::Rows DeviceTreeModel::buildRows(const HostSnapshot &snapshot)
{
    DeviceTreeModel builder;
    builder.m_snapshot = snapshot;
    builder.m_items.reserve(size_t(snapshot.graph().size()) + 16);
    builder.m_byKey.reserve(snapshot.graph().size() + 16);
    builder.buildChildren(Root);
    Rows rows;
    rows.m_snapshot = snapshot;
    rows.m_items = std::move(builder.m_items);
    rows.m_roots = std::move(builder.m_roots);
    rows.m_byKey = std::move(builder.m_byKey);
    return rows;
}

void DeviceTreeModel::setRows(Rows rows)
{
    beginResetModel();
    std::swap(m_snapshot, rows.m_snapshot);
    std::swap(m_items, rows.m_items);
    std::swap(m_roots, rows.m_roots);
    std::swap(m_byKey, rows.m_byKey);
    m_freeIds.clear();
    endResetModel();
    if (rows.m_items.size() >= 1000) // `rows` holds the old ones now: tens of thousands of strings
        QThreadPool::globalInstance()->start([old = std::make_shared<Rows>(std::move(rows))]() mutable { old.reset(); });
}

void DeviceTreeModel::setSnapshot(const HostSnapshot &snapshot)
{
    setRows(buildRows(snapshot));
}

QModelIndex DeviceTreeModel::indexOfItem(int item, int column) const
{
    return item < 0 ? QModelIndex() : createIndex(m_items[size_t(item)].row, column, quintptr(item));
}

QModelIndex DeviceTreeModel::indexOfDevice(const QString &name) const
{
    const auto it = m_byKey.constFind(name);
    if (it == m_byKey.constEnd() || !m_items[size_t(*it)].node)
        return {};
    return indexOfItem(*it, 0);
}

QModelIndex DeviceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int> &siblings = parent.isValid() ? m_items[size_t(parent.internalId())].children : m_roots;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (size_t(row) >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings[size_t(row)]));
}

QModelIndex DeviceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfItem(m_items[size_t(child.internalId())].parent, 0);
}

int DeviceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_items[size_t(parent.internalId())].children.size());
}

int DeviceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DeviceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Device");
    case KindColumn: return tr("Kind");
    case DriverColumn: return tr("Driver");
    case NumaColumn: return tr("NUMA");
    case IommuColumn: return tr("IOMMU group");
    case VendorProductColumn: return tr("Vendor / product");
    case CapacityColumn: return tr("VFs used / total, or instances available");
    case GuestColumn: return tr("Guest");
    case PciColumn: return tr("Nova PCI");
    default: return {};
    }
}

QVariant DeviceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const Item &item = m_items[size_t(index.internalId())];
    if (role == SearchTextRole)
        return searchText(index);
    return item.node ? deviceData(*item.node, index.column(), role) : typeData(item, index.column(), role);
}

std::optional<DeviceKind> DeviceTreeModel::deviceKind(const QModelIndex &index) const
{
    const Item &item = m_items[size_t(index.internalId())];
    return item.node ? std::optional<DeviceKind>(item.node->kind) : std::nullopt;
}

int DeviceTreeModel::numaNode(const QModelIndex &index) const
{
    const Item &item = m_items[size_t(index.internalId())];
    return item.node ? item.node->numaNode : item.typeOwner->numaNode;
}

const QString &DeviceTreeModel::searchText(const QModelIndex &index) const
{
    const Item &item = m_items[size_t(index.internalId())];
    if (item.search.isNull()) // the text filter asks for every row: made once per row
        item.search = lowered((item.node ? deviceData(*item.node, 0, SearchTextRole) : typeData(item, 0, SearchTextRole)).toString());
    return item.search;
}

QVariant DeviceTreeModel::deviceData(const GraphNode &node, int column, int role) const
{
    const Device &d = node.device;
    switch (role) {
    case DeviceNameRole: return d.name;
    case GuestsRole: {
        QStringList names;
        for (const GuestUse &u : m_snapshot.guestsUsing(d.name))
            names.append(u.guest);
        return names;
    }
    case KindRole: return kindName(node.kind);
    case NumaNodeRole: return node.numaNode;
    case SearchTextRole: { // asked for every row by the text filter: appended, not joined
        QString words;
        words.reserve(160);
        words.append(d.name).append(u' ').append(d.driver);
        if (d.pci)
            words.append(u' ').append(d.pci->address.toString()).append(u' ').append(d.pci->vendorName).append(u' ').append(d.pci->productName);
        if (d.net)
            words.append(u' ').append(d.net->interface).append(u' ').append(d.net->mac);
        for (const GuestUse &u : m_snapshot.guestsUsing(d.name))
            words.append(u' ').append(u.guest);
        return words;
    }
    case Qt::ToolTipRole:
        if (column == GuestColumn)
            return guestsShown(m_snapshot.guestsUsing(d.name));
        if (column == PciColumn) {
            const pci::DeviceClaim *claim = pciClaim(d.name);
            return claim && claim->spec >= 0 ? m_pci->specs.at(claim->spec).text : QVariant();
        }
        return d.broken ? d.error : QVariant();
    case Qt::DecorationRole:
        if (column != NameColumn)
            return {};
        return kindIcon(d.broken ? QStringLiteral("broken") : kindName(node.kind));
    case Qt::DisplayRole: break;
    default: return {};
    }
    const DeviceGraph &graph = m_snapshot.graph();
    switch (column) {
    case NameColumn: return d.net ? QStringLiteral("%1 (%2)").arg(d.name, d.net->interface) : d.name;
    case KindColumn: return QString(kindName(node.kind) + (node.orphan ? tr(" (orphan)") : QString()) + (d.broken ? tr(" (broken)") : QString()));
    case DriverColumn: return d.driver;
    case NumaColumn: return node.numaNode >= 0 ? QString::number(node.numaNode) : QString();
    case IommuColumn: return node.iommuGroup >= 0 ? QString::number(node.iommuGroup) : QString();
    case VendorProductColumn: return d.pci ? QStringLiteral("%1 %2").arg(d.pci->vendorName, d.pci->productName).trimmed() : QString();
    case CapacityColumn:
        if (d.pci && d.pci->hasVirtFunctions)
            return tr("%1 / %2 VFs (max %3)").arg(graph.vfsUsed(d.name)).arg(graph.vfsOf(d.name).size()).arg(d.pci->maxVirtFunctions);
        return {};
    case GuestColumn: return guestsShown(m_snapshot.guestsUsing(d.name));
    case PciColumn: return pciCell(d.name);
    default: return {};
    }
}

QVariant DeviceTreeModel::typeData(const Item &item, int column, int role) const
{
    const MdevType &t = item.typeOwner->device.mdevTypes.at(item.mdevType);
    switch (role) {
    case DeviceNameRole: return QString();
    case KindRole: return QStringLiteral("mdev_type");
    case NumaNodeRole: return item.typeOwner->numaNode;
    case SearchTextRole: return QStringList{t.id, t.name, t.deviceApi}.join(QLatin1Char(' '));
    case MdevTypeRole: return t.id;
    case ParentDeviceRole: return item.typeOwner->name();
    case Qt::DecorationRole: return column == NameColumn ? kindIcon(QStringLiteral("mdevtype")) : QVariant();
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (column) {
    case NameColumn: return t.name.isEmpty() ? t.id : QStringLiteral("%1 (%2)").arg(t.id, t.name);
    case KindColumn: return t.deviceApi.isEmpty() ? tr("mdev type") : tr("mdev type (%1)").arg(t.deviceApi);
    case DriverColumn: return QString(); // a type has no driver: its device API is part of its kind
    case NumaColumn: return item.typeOwner->numaNode >= 0 ? QString::number(item.typeOwner->numaNode) : QString();
    case CapacityColumn: return tr("%n available", nullptr, t.availableInstances);
    default: return QString();
    }
}
