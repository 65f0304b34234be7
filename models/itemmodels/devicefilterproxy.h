#pragma once

#include "inventory/device.h"

#include <QSortFilterProxyModel>

#include <optional>

// Filters a DeviceTreeModel by text (name, driver, address, vendor, product, interface; case
// insensitive), kind and NUMA node. Ancestors of a match stay visible so the tree keeps its shape.
class DeviceFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DeviceFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setKind(std::optional<inventory::DeviceKind> kind);
    void setNumaNode(std::optional<int> node);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<inventory::DeviceKind> m_kind;
    std::optional<int> m_numa;
};
