#include "inventory/capacity.h"

namespace inventory {

namespace {

constexpr quint64 kBasePageKiB = 4;

QString pfLabel(const GraphNode &node)
{
    const QString address = node.device.pci ? node.device.pci->address.toString() : QString();
    if (node.netdev.isEmpty())
        return address.isEmpty() ? node.name() : address;
    return QStringLiteral("%1 (%2)").arg(node.netdev, address);
}

} // namespace

QString pageSizeText(quint64 sizeKiB)
{
    if (sizeKiB >= 1024 * 1024 && sizeKiB % (1024 * 1024) == 0)
        return QStringLiteral("%1 GiB").arg(sizeKiB / (1024 * 1024));
    if (sizeKiB >= 1024 && sizeKiB % 1024 == 0)
        return QStringLiteral("%1 MiB").arg(sizeKiB / 1024);
    return QStringLiteral("%1 KiB").arg(sizeKiB);
}

CapacitySummary summarizeCapacity(const HostSnapshot &snapshot)
{
    CapacitySummary out;
    for (const NumaCell &cell : snapshot.capabilities().cells) {
        for (auto it = cell.pages.cbegin(); it != cell.pages.cend(); ++it) {
            if (it.key() <= kBasePageKiB)
                continue;
            out.hugepages.append({cell.id, it.key(), it.value(), snapshot.freePagesOf(cell.id, it.key())});
        }
    }
    const DeviceGraph &graph = snapshot.graph();
    for (const GraphNode &node : graph.nodes()) {
        const Device &d = node.device;
        if (node.kind == DeviceKind::Pf && d.pci && d.pci->hasVirtFunctions)
            out.vfs.append({node.name(), pfLabel(node), graph.vfsUsed(node.name()), int(graph.vfsOf(node.name()).size()),
                            d.pci->maxVirtFunctions});
        for (const MdevType &t : d.mdevTypes)
            out.mdevs.append({node.name(), t.id, t.name, std::max(0, t.availableInstances),
                              int(graph.mdevsOfType(node.name(), t.id).size())});
    }
    return out;
}

} // namespace inventory
