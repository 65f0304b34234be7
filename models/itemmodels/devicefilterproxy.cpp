#include "itemmodels/devicefilterproxy.h"

#include "itemmodels/devicetreemodel.h"

DeviceFilterProxy::DeviceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void DeviceFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed().toLower(); // SearchTextRole is lower case: a plain search per row
    invalidateFilter();
}

void DeviceFilterProxy::setKind(std::optional<inventory::DeviceKind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

void DeviceFilterProxy::setNumaNode(std::optional<int> node)
{
    m_numa = node;
    invalidateFilter();
}

bool DeviceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && i.data(DeviceTreeModel::KindRole).toString() != inventory::kindName(*m_kind))
        return false;
    if (m_numa && i.data(DeviceTreeModel::NumaNodeRole).toInt() != *m_numa)
        return false;
    return m_text.isEmpty() || i.data(DeviceTreeModel::SearchTextRole).toString().contains(m_text);
}
