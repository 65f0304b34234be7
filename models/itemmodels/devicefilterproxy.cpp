#include "itemmodels/devicefilterproxy.h"

#include "itemmodels/devicetreemodel.h"

DeviceFilterProxy::DeviceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void DeviceFilterProxy::setText(const QString &text)
{
    const QString lower = text.trimmed().toLower(); // SearchTextRole is lower case: a plain search per row
    if (lower == m_text)
        return;
    m_text = lower;
    m_matcher.setPattern(m_text);
    invalidateFilter();
}

void DeviceFilterProxy::setKind(std::optional<inventory::DeviceKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void DeviceFilterProxy::setMdevTypesOnly(bool only)
{
    if (only == m_typesOnly)
        return;
    m_typesOnly = only;
    invalidateFilter();
}

void DeviceFilterProxy::setNumaNode(std::optional<int> node)
{
    if (node == m_numa)
        return;
    m_numa = node;
    invalidateFilter();
}

void DeviceFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_tree = qobject_cast<const DeviceTreeModel *>(model);
    Q_ASSERT_X(m_tree || !model, "DeviceFilterProxy", "filters a DeviceTreeModel");
    QSortFilterProxyModel::setSourceModel(model);
}

int DeviceFilterProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.model() == this) {
        const QModelIndex source = mapToSource(parent);
        if (source.isValid() && !sourceModel()->hasChildren(source))
            return 0;
    }
    return QSortFilterProxyModel::rowCount(parent);
}

bool DeviceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_tree)
        return true;
    // Read from the model directly, not through data(): this runs for every row at every change.
    const QModelIndex i = m_tree->index(sourceRow, 0, sourceParent);
    if (m_kind && m_tree->deviceKind(i) != m_kind)
        return false;
    if (m_typesOnly && m_tree->deviceKind(i)) // an mdev type row is the one without a device kind
        return false;
    if (m_numa && m_tree->numaNode(i) != *m_numa)
        return false;
    return m_text.isEmpty() || m_matcher.indexIn(m_tree->searchText(i)) >= 0;
}
