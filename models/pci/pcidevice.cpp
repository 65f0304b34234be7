#include "pci/pcidevice.h"

namespace pci {

QString devTypeName(DevType type)
{
    switch (type) {
    case DevType::Pci: return QStringLiteral("type-PCI");
    case DevType::Pf: return QStringLiteral("type-PF");
    case DevType::Vf: return QStringLiteral("type-VF");
    case DevType::Vdpa: return QStringLiteral("type-VDPA");
    }
    return {};
}

namespace {
// libvirt writes ids as "0x15b3"; Nova formats them with "%04x".
QString hexId(const QString &libvirtId)
{
    bool ok = false;
    const uint v = libvirtId.toUInt(&ok, 16);
    return ok ? QStringLiteral("%1").arg(v, 4, 16, QLatin1Char('0')) : libvirtId.toLower();
}

bool hasVdpaChild(const inventory::DeviceGraph &graph, const inventory::GraphNode &node)
{
    if (!node.vdpa.isEmpty())
        return true;
    for (const inventory::GraphNode &n : graph.nodes()) {
        if (n.device.isVdpa() && n.device.parent == node.name())
            return true;
    }
    return false;
}
}

PciHost::PciHost(QList<NovaPciDevice> devices) : m_devices(std::move(devices))
{
    for (qsizetype i = 0; i < m_devices.size(); ++i) {
        m_byAddress.insert(m_devices.at(i).address, i);
        if (!m_devices.at(i).netdev.isEmpty())
            m_byNetdev.insert(m_devices.at(i).netdev, i);
    }
}

PciHost PciHost::fromGraph(const inventory::DeviceGraph &graph)
{
    QList<NovaPciDevice> devices;
    QHash<QString, QString> firstVfProduct; // PF address -> product id of its first VF
    for (const inventory::GraphNode &node : graph.nodes()) {
        if (!node.device.pci || node.device.broken)
            continue;
        const inventory::PciInfo &p = *node.device.pci;
        NovaPciDevice d;
        d.name = node.name();
        d.address = p.address.toString();
        d.vendorId = hexId(p.vendorId);
        d.productId = hexId(p.productId);
        d.numaNode = p.numaNode;
        d.vpdSerial = p.vpdSerial;
        d.netdev = node.netdev;
        d.sriovCapable = p.maxVirtFunctions > 0 || !p.virtFunctions.isEmpty();
        if (p.hasVirtFunctions) {
            d.devType = DevType::Pf;
        } else if (p.physFunction && p.physFunction->isValid()) {
            d.devType = hasVdpaChild(graph, node) ? DevType::Vdpa : DevType::Vf;
            d.parentAddress = p.physFunction->toString();
            if (!firstVfProduct.contains(d.parentAddress))
                firstVfProduct.insert(d.parentAddress, d.productId);
        }
        devices.append(d);
    }
    QHash<QString, QString> serials;
    for (const NovaPciDevice &d : std::as_const(devices))
        serials.insert(d.address, d.vpdSerial);
    for (NovaPciDevice &d : devices) {
        if (d.devType == DevType::Pf)
            d.vfProductId = firstVfProduct.value(d.address);
        // host.py _get_vpd_details: a VF without VPD has its PF's card serial number
        if (d.devType == DevType::Vf && d.vpdSerial.isEmpty())
            d.vpdSerial = serials.value(d.parentAddress);
    }
    return PciHost(devices);
}

const NovaPciDevice *PciHost::byAddress(const QString &address) const
{
    const auto it = m_byAddress.constFind(address);
    return it == m_byAddress.constEnd() ? nullptr : &m_devices.at(*it);
}

bool PciHost::isPhysicalFunction(const QString &address) const
{
    const NovaPciDevice *d = byAddress(address);
    return d && d->sriovCapable;
}

std::optional<std::pair<QString, bool>> PciHost::functionByIfname(const QString &ifname) const
{
    const auto it = m_byNetdev.constFind(ifname);
    if (it == m_byNetdev.constEnd())
        return std::nullopt;
    const NovaPciDevice &d = m_devices.at(*it);
    return std::make_pair(d.address, d.sriovCapable);
}

} // namespace pci
