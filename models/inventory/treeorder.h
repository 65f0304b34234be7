#pragma once

#include "inventory/devicegraph.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace inventory {

// The order and grouping of the logical device tree, one rule for the CLI's text tree
// (inventoryprinter.cpp) and the GUI's rows (itemmodels/devicetreeupdate.cpp). Under a device
// come its mdev types, each listing the device's mdevs of that type (DeviceGraph::mdevsOfType),
// then its VFs in PCI address order (as an operator counts them), then its other logical
// children in name order. An mdev of a type its parent does not offer hangs under the parent.
struct TreeChildren
{
    QList<qsizetype> mdevTypes; // indexes into the device's mdevTypes: the first of each id, in libvirt's order
    QStringList devices;        // VFs, then the other children; without the mdevs listed under a type
};

TreeChildren treeChildren(const DeviceGraph &graph, const GraphNode &node);

// The index of `typeId` among `owner`'s mdev types (the first with that id), -1 when it has none.
qsizetype mdevTypeIndex(const GraphNode &owner, QStringView typeId);

// The index of the type `child` is listed under when `parent` is its logical parent: its mdev
// type when `parent` offers it, else -1 (the child hangs under `parent` itself).
qsizetype listedUnderType(const GraphNode &parent, const GraphNode &child);

} // namespace inventory
