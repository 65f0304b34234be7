// DeviceTreeModel::appendDevices: the rows of a partial capture, grown as devices arrive in any
// order. A device is shown once its place is known (its parent is shown), exactly where the
// whole host puts it; the rows are reconciled in place (no reset), and the complete snapshot
// then follows the same way.
#include "itemmodels/devicetreemodel.h"

#include <QHash>

using namespace inventory;

namespace {

// The device a node hangs under in the tree: the PF of a VF (by PCI address), libvirt's parent
// otherwise. nullptr with `known` false while that parent has not arrived; `known` true at the root.
const GraphNode *parentOf(const DeviceGraph &graph, const GraphNode &n, bool &known)
{
    known = true;
    if (n.device.pci && n.device.pci->physFunction) {
        const GraphNode *pf = graph.nodeByPciAddress(*n.device.pci->physFunction);
        known = pf != nullptr;
        return pf;
    }
    if (n.device.parent.isEmpty())
        return nullptr;
    const GraphNode *p = graph.node(n.device.parent);
    known = p != nullptr;
    return p;
}

class Placement
{
public:
    explicit Placement(const DeviceGraph &graph)
        : m_graph(graph)
    {
        m_placed.reserve(graph.size());
    }

    // Whether every device up the chain to the root has arrived.
    bool placed(const GraphNode &n)
    {
        if (const auto it = m_placed.constFind(&n); it != m_placed.cend())
            return *it;
        m_placed.insert(&n, false); // a cycle in bad input stays unplaced
        bool known = false;
        const GraphNode *parent = parentOf(m_graph, n, known);
        const bool result = known && (!parent || placed(*parent));
        m_placed.insert(&n, result);
        return result;
    }

private:
    const DeviceGraph &m_graph;
    QHash<const GraphNode *, bool> m_placed;
};

} // namespace

bool DeviceTreeModel::appendDevices(const HostSnapshot &partial)
{
    if (partial.isNull())
        return false;
    const DeviceGraph &graph = partial.graph();
    for (const GraphNode &shown : m_snapshot.graph().nodes()) {
        if (!graph.node(shown.name()))
            return false; // another host, or an older partial: not an extension of the rows
    }
    Placement placement(graph);
    bool all = true;
    for (const GraphNode &n : graph.nodes())
        all = placement.placed(n) && all;
    HostSnapshot shown = partial;
    if (!all) { // devices that wait for their parent stay out until it arrives
        QList<Device> ready;
        ready.reserve(graph.size());
        for (const GraphNode &n : graph.nodes()) {
            if (placement.placed(n))
                ready.append(n.device);
        }
        shown = partial.withGraph(DeviceGraph(std::move(ready)));
    }
    if (m_snapshot.isNull())
        m_snapshot = shown.withGraph(DeviceGraph()); // no rows yet: the first devices are inserted, no reset
    updateSnapshot(shown);
    return true;
}
