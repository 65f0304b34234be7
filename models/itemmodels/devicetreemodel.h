#pragma once

#include "inventory/hostsnapshot.h"
#include "pci/pcireport.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <optional>

#include <vector>

// The logical device tree of one host snapshot: VFs under their PF, vDPA and netdevs under their
// VF, mdev types (as rows of their own) under their parent and mdevs under their type.
//
// setSnapshot() shows another host (a model reset). updateSnapshot() moves to a newer snapshot
// of the same host -- one node-device event applied, a batch of devices appended, any mix -- by
// comparing the two graphs and emitting row inserts, removals, moves (a VF whose PF appears or
// goes) and dataChanged for the rows that differ, so views keep selection and expansion.
// setPciReport() adds what the host's nova.conf [pci] makes of each PCI device (PciColumn).
class DeviceTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    struct Item;

public:
    enum Column { NameColumn, KindColumn, DriverColumn, NumaColumn, IommuColumn, VendorProductColumn, CapacityColumn, GuestColumn, PciColumn, ColumnCount };
    enum Role {
        DeviceNameRole = Qt::UserRole + 1, // libvirt's device name (empty for an mdev type row)
        KindRole,                          // "pf", "vf", ... or "mdev_type"
        NumaNodeRole,                      // int, -1 when unknown
        SearchTextRole,                    // what the text filter matches, in lower case
        MdevTypeRole,                      // the type id of an mdev type row
        ParentDeviceRole,                  // the device that offers an mdev type row's type
        GuestsRole,                        // QStringList: the guests whose XML gives them the device
    };

    explicit DeviceTreeModel(QObject *parent = nullptr);

    // The rows of a snapshot, built on any thread by buildRows() and shown by setRows(): showing
    // a large host then costs the GUI thread a reset and a swap, not building 20,000 rows.
    class Rows
    {
        friend class DeviceTreeModel;
        inventory::HostSnapshot m_snapshot;
        std::vector<Item> m_items;
        std::vector<int> m_roots;
        QHash<QString, int> m_byKey;
    };
    static Rows buildRows(const inventory::HostSnapshot &snapshot);
    void setRows(Rows rows); // a reset; large rows it replaces are freed on the thread pool

    void setSnapshot(const inventory::HostSnapshot &snapshot); // setRows(buildRows(snapshot))
    void updateSnapshot(const inventory::HostSnapshot &snapshot);
    // While a host loads (hosts::HostSession::devicesArrived): shows the devices of `partial`
    // not shown yet, appended as rows once their place in the tree is known (their parent is
    // shown), without a reset. Returns false and changes nothing when `partial` lacks a device
    // that is shown (it does not extend what the model shows). devicetreeappend.cpp.
    bool appendDevices(const inventory::HostSnapshot &partial);
    const inventory::HostSnapshot &snapshot() const { return m_snapshot; }
    QModelIndex indexOfDevice(const QString &name) const;

    // What DeviceFilterProxy matches a row by, read without a QVariant (it asks for every row at
    // every filter change). `index` is of this model. No kind for an mdev type row.
    std::optional<inventory::DeviceKind> deviceKind(const QModelIndex &index) const;
    int numaNode(const QModelIndex &index) const;
    const QString &searchText(const QModelIndex &index) const; // SearchTextRole
    // "vm-1, vm-2 (shut off)": the guests of a device as the Guest column and the details show them.
    static QString guestsShown(const QList<inventory::GuestUse> &uses);

    // devicetreepci.cpp. The evaluation of the host's nova.conf [pci] (workbench::PciWorkbench);
    // known = false: no configuration is known for the host (the column stays empty), nullopt:
    // none evaluated yet. Emits dataChanged for the PciColumn cells that read differently.
    void setPciReport(const std::optional<pci::PciReport> &report, bool known);
    bool pciKnown() const { return m_pciKnown; }
    const std::optional<pci::PciReport> &pciReport() const { return m_pci; }
    const pci::DeviceClaim *pciClaim(const QString &device) const; // by libvirt's device name
    // "type-VF: spec #0, alias e810vf": a device's claim as the PciColumn shows it.
    static QString pciShown(const pci::DeviceClaim &claim);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // A row: a device (key = its name) or an mdev type of a device (key = typeKey(owner, id)).
    struct Item
    {
        int parent = -1; // item id, -1 for top-level
        int row = 0;     // row within the parent
        std::vector<int> children;
        QString key;
        const inventory::GraphNode *node = nullptr;      // a device row
        const inventory::GraphNode *typeOwner = nullptr; // a type row
        int mdevType = -1;                               // a type row: index into typeOwner's mdevTypes
        mutable QString search;                          // SearchTextRole, made when first asked
    };
    static constexpr int Root = -1;

    // devicetreemodel.cpp: the item model.
    QVariant deviceData(const inventory::GraphNode &node, int column, int role) const;
    QVariant typeData(const Item &item, int column, int role) const;
    QModelIndex indexOfItem(int item, int column = 0) const;
    std::vector<int> &childrenOf(int item) { return item == Root ? m_roots : m_items[size_t(item)].children; }

    // devicetreeupdate.cpp: building and reconciling the rows with a graph.
    QStringList desiredChildren(int item) const;
    bool resolve(Item &item, const inventory::DeviceGraph &graph) const;
    int newItem(const QString &key, int *byKeySlot = nullptr); // byKeySlot: its place in m_byKey, inserted already
    void freeSubtree(int item);
    void renumber(int parent, size_t from);
    void buildChildren(int item);
    bool reconcile(int item, QHash<int, qsizetype> &reconciled);
    QString parentKeyIn(const inventory::DeviceGraph &graph, const QString &name) const;
    void markAffected(const inventory::GraphNode *before, const inventory::GraphNode *after, QSet<QString> &affected) const;
    void announceGuestChanges(const inventory::HostSnapshot &before);
    QString pciCell(const QString &device) const;

    inventory::HostSnapshot m_snapshot;
    std::vector<Item> m_items; // by id; freed ids are reused
    std::vector<int> m_freeIds;
    std::vector<int> m_roots;
    QHash<QString, int> m_byKey;
    std::optional<pci::PciReport> m_pci;
    bool m_pciKnown = false;
    QHash<QString, qsizetype> m_claimOf; // device name -> index into m_pci->devices
};
