#pragma once

#include "inventory/hostsnapshot.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace inventory {

// Which devices an inventory listing shows.
struct InventoryFilter
{
    std::optional<DeviceKind> kind;
    std::optional<int> numaNode;
    bool matches(const GraphNode &node) const;
};

// The machine-readable inventory: {"host": {...}, "devices": [...], "facts": {...} or null}
// (see docs/vdeckhost-format.md; "facts" is what the ssh probe read, hostfacts::json).
QJsonObject inventoryJson(const HostSnapshot &snapshot, const InventoryFilter &filter = {});
QJsonObject hostJson(const HostSnapshot &snapshot);
QJsonObject deviceJson(const DeviceGraph &graph, const GraphNode &node);

// The logical tree for humans: VFs under their PF, vDPA and netdevs under their VF, mdev types
// and their mdevs under the parent; two spaces per level. With a filter, shows matching devices
// and the ancestors that lead to them.
QString inventoryTree(const HostSnapshot &snapshot, const InventoryFilter &filter = {});
QString deviceLine(const DeviceGraph &graph, const GraphNode &node);

} // namespace inventory
