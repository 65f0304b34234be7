#include "itemmodels/providertreemodel.h"

#include <QLocale>

ProviderTreeModel::ProviderTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ProviderTreeModel::setFleet(const fleet::Fleet &fleet)
{
    beginResetModel();
    m_fleet = fleet;
    m_nodes.clear();
    m_roots.clear();
    for (const fleet::Provider *root : m_fleet.roots())
        addProvider(root, -1);
    endResetModel();
}

void ProviderTreeModel::addProvider(const fleet::Provider *provider, int parent)
{
    const int id = int(m_nodes.size());
    std::vector<int> &siblings = parent < 0 ? m_roots : m_nodes[size_t(parent)].children;
    m_nodes.push_back(Node{parent, int(siblings.size()), provider, {}, {}});
    (parent < 0 ? m_roots : m_nodes[size_t(parent)].children).push_back(id);
    for (auto it = provider->inventories.cbegin(); it != provider->inventories.cend(); ++it) {
        const int inv = int(m_nodes.size());
        const int row = int(m_nodes[size_t(id)].children.size());
        m_nodes.push_back(Node{id, row, provider, it.key(), {}});
        m_nodes[size_t(id)].children.push_back(inv);
    }
    for (const fleet::Provider *child : m_fleet.children(provider->uuid))
        addProvider(child, id);
}

QModelIndex ProviderTreeModel::indexOfProvider(const QString &name) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].resourceClass.isEmpty() && m_nodes[i].provider->name == name)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

QModelIndex ProviderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const std::vector<int> &rows = parent.isValid() ? m_nodes[size_t(parent.internalId())].children : m_roots;
    if (row >= int(rows.size()))
        return {};
    return createIndex(row, column, quintptr(rows[size_t(row)]));
}

QModelIndex ProviderTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes[size_t(child.internalId())].parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes[size_t(parent)].row, 0, quintptr(parent));
}

int ProviderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(parent.isValid() ? m_nodes[size_t(parent.internalId())].children.size() : m_roots.size());
}

int ProviderTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ProviderTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Provider / resource class");
    case UsageColumn: return tr("Usage");
    case AmountColumn: return tr("Used / capacity");
    case TraitsColumn: return tr("Traits and aggregates");
    }
    return {};
}

QVariant ProviderTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = m_nodes[size_t(index.internalId())];
    const fleet::Provider &p = *n.provider;
    const bool inventory = !n.resourceClass.isEmpty();
    switch (role) {
    case ProviderNameRole: return p.name;
    case IsInventoryRole: return inventory;
    case UsageFractionRole: {
        if (!inventory)
            return {};
        const qint64 capacity = p.capacity(n.resourceClass);
        return capacity > 0 ? double(p.usages.value(n.resourceClass)) / double(capacity) : 1.0;
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return inventory ? n.resourceClass : p.name;
        case AmountColumn:
            if (!inventory)
                return {};
            return tr("%1 / %2").arg(QLocale().toString(p.usages.value(n.resourceClass)), QLocale().toString(p.capacity(n.resourceClass)));
        case TraitsColumn: {
            if (inventory)
                return {};
            QStringList parts = p.traits;
            if (!p.aggregates.isEmpty())
                parts << tr("aggregates: %1").arg(p.aggregates.join(QStringLiteral(", ")));
            return parts.join(QStringLiteral(", "));
        }
        }
        return {};
    case Qt::ToolTipRole: {
        if (!inventory)
            return index.column() == TraitsColumn ? data(index, Qt::DisplayRole) : QVariant(p.uuid);
        const fleet::Inventory inv = p.inventories.value(n.resourceClass);
        return tr("total %1, reserved %2, allocation ratio %3, min_unit %4, max_unit %5, step_size %6")
            .arg(inv.total).arg(inv.reserved).arg(inv.allocationRatio).arg(inv.minUnit).arg(inv.maxUnit).arg(inv.stepSize);
    }
    }
    return {};
}
