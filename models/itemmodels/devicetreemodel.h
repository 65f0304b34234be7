#pragma once

#include "inventory/hostsnapshot.h"

#include <QAbstractItemModel>

#include <vector>

// The logical device tree of one host snapshot: VFs under their PF, vDPA and netdevs under their
// VF, mdev types (as rows of their own) under their parent and mdevs under their type.
class DeviceTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, DriverColumn, NumaColumn, IommuColumn, VendorProductColumn, CapacityColumn, ColumnCount };
    enum Role {
        DeviceNameRole = Qt::UserRole + 1, // libvirt's device name (empty for an mdev type row)
        KindRole,                          // "pf", "vf", ... or "mdev_type"
        NumaNodeRole,                      // int, -1 when unknown
        SearchTextRole,                    // what the text filter matches
        MdevTypeRole,                      // the type id of an mdev type row
        ParentDeviceRole,                  // the device that offers an mdev type row's type
    };

    explicit DeviceTreeModel(QObject *parent = nullptr);

    void setSnapshot(const inventory::HostSnapshot &snapshot);
    // While a host loads (hosts::HostSession::devicesArrived): shows the devices of `partial`
    // not shown yet, appended as rows once their place in the tree is known (their parent is
    // shown), without a reset. Returns false and changes nothing when `partial` lacks a device
    // that is shown (it does not extend what the model shows). devicetreeappend.cpp.
    bool appendDevices(const inventory::HostSnapshot &partial);
    const inventory::HostSnapshot &snapshot() const { return m_snapshot; }
    QModelIndex indexOfDevice(const QString &name) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        int parent = -1;          // item index, -1 for top-level
        int row = 0;              // row within the parent
        std::vector<int> children;
        const inventory::GraphNode *node = nullptr; // a device row
        int mdevType = -1;        // a type row: index into the parent device's mdevTypes
        const inventory::GraphNode *typeOwner = nullptr;
    };

    void build();
    int addItem(int parent, Item item);
    void addDevice(int parent, const inventory::GraphNode &node);
    QVariant deviceData(const inventory::GraphNode &node, int column, int role) const;
    QVariant typeData(const Item &item, int column, int role) const;
    QModelIndex indexOfItem(int item, int column) const;

    inventory::HostSnapshot m_snapshot;
    std::vector<Item> m_items;
    std::vector<int> m_roots;
};
