#pragma once

#include "fleet/providers.h"

#include <QAbstractItemModel>

#include <vector>

// A cloud's resource providers as trees: each compute node, its inventories (used of capacity,
// for the usage bars) and its nested providers (vGPU, PCI) with theirs. Traits and aggregates
// in the last columns. Replaced whole by setFleet() as batches of providers arrive.
class ProviderTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, UsageColumn, AmountColumn, TraitsColumn, ColumnCount };
    enum Roles {
        UsageFractionRole = Qt::UserRole + 1, // double 0..1 for an inventory row, invalid otherwise
        ProviderNameRole,                      // the provider a row is or belongs to
        IsInventoryRole,
    };
    explicit ProviderTreeModel(QObject *parent = nullptr);

    void setFleet(const fleet::Fleet &fleet);
    const fleet::Fleet &fleet() const { return m_fleet; }
    QModelIndex indexOfProvider(const QString &name) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        int parent = -1;                // -1: a root row
        int row = 0;                    // among its parent's children
        const fleet::Provider *provider = nullptr;
        QString resourceClass;          // an inventory row of `provider`
        std::vector<int> children;
    };
    void addProvider(const fleet::Provider *provider, int parent);

    fleet::Fleet m_fleet;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};
