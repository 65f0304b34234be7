#pragma once

#include "inventory/device.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

#include <memory>

namespace inventory {

// A device with the relationships an operator reasons about.
struct GraphNode
{
    Device device;
    DeviceKind kind = DeviceKind::Other;
    QString logicalParent;  // PF for a VF, else libvirt's parent; empty at the root
    QStringList children;   // logical children, sorted by name
    bool orphan = false;    // a VF whose PF is not on this host's list
    int numaNode = -1;      // own NUMA node, or inherited from the logical parent (net, vdpa, mdev)
    int iommuGroup = -1;    // PCI or mdev IOMMU group
    QString netdev;         // the first net child's interface name, for PF/VF
    QString vdpa;           // the vdpa child of a VF

    const QString &name() const { return device.name; }
};

// The immutable device graph of one host. Copies share the data; "changing" it makes a new graph
// (used for incremental node-device events: one device added, replaced or removed).
class DeviceGraph
{
public:
    DeviceGraph();
    explicit DeviceGraph(QList<Device> devices);

    int size() const;
    bool isEmpty() const { return size() == 0; }
    const QList<GraphNode> &nodes() const;     // sorted by name
    const GraphNode *node(const QString &name) const;
    const GraphNode *nodeByPciAddress(const PciAddress &address) const;
    QStringList roots() const;                  // nodes without a logical parent in the graph
    QStringList vfsOf(const QString &pf) const; // sorted by PCI address
    int vfsUsed(const QString &pf) const;       // VFs bound to vfio-pci or carrying a vDPA device
    QStringList mdevsOfType(const QString &parent, const QString &typeId) const;
    QMap<int, QStringList> byNumaNode() const;
    QMap<int, QStringList> byIommuGroup() const;
    QStringList brokenDevices() const;
    QList<Device> devices() const;

    DeviceGraph withDevice(const Device &device) const;     // added or replaced
    DeviceGraph withoutDevice(const QString &name) const;
    // Several node-device events at once (one rebuild): devices added or replaced, then names removed.
    DeviceGraph withChanges(const QList<Device> &upserts, const QStringList &removed) const;

    bool operator==(const DeviceGraph &other) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace inventory
