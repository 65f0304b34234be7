// DeviceTreeModel::appendDevices: the rows of a partial capture, grown as devices arrive. Each
// partial holds every device read so far, so it extends what is shown; the rows are reconciled
// in place (updateSnapshot), and the complete snapshot then follows the same way.
#include "itemmodels/devicetreemodel.h"

using namespace inventory;

bool DeviceTreeModel::appendDevices(const HostSnapshot &partial)
{
    if (partial.isNull())
        return false;
    const DeviceGraph &graph = partial.graph();
    for (const GraphNode &shown : m_snapshot.graph().nodes()) {
        if (!graph.node(shown.name()))
            return false; // another host, or an older partial: not an extension of the rows
    }
    updateSnapshot(partial);
    return true;
}
