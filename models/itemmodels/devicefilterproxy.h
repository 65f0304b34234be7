#pragma once

#include "inventory/device.h"

#include <QSortFilterProxyModel>
#include <QStringMatcher>

#include <optional>

// Filters a DeviceTreeModel (its source) by text (name, driver, address, vendor, product, interface; case
// insensitive), kind and NUMA node. Ancestors of a match stay visible so the tree keeps its shape.
class DeviceTreeModel;

class DeviceFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DeviceFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setKind(std::optional<inventory::DeviceKind> kind);
    // Only the mdev type rows (and the rows above them); a kind set too still applies.
    void setMdevTypesOnly(bool only);
    void setNumaNode(std::optional<int> node);

    void setSourceModel(QAbstractItemModel *model) override;
    // A row without children in the source has none here either, answered without the
    // per-parent mapping QSortFilterProxyModel would build (and keep) for it: most rows of a
    // large host are such leaves (VFs without a netdev, mdevs).
    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const DeviceTreeModel *m_tree = nullptr; // the source, when it is a DeviceTreeModel
    QString m_text;
    QStringMatcher m_matcher; // m_text
    std::optional<inventory::DeviceKind> m_kind;
    std::optional<int> m_numa;
    bool m_typesOnly = false;
};
