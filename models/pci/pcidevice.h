#pragma once

#include "inventory/devicegraph.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace pci {

// Nova's PCI device types (nova/objects/fields.py PciDeviceType).
enum class DevType { Pci, Pf, Vf, Vdpa };
QString devTypeName(DevType type); // "type-PCI", "type-PF", "type-VF", "type-VDPA"

// A PCI device as Nova's libvirt driver reports it to the PCI tracker
// (nova/virt/libvirt/host.py _get_pcidev_info and _get_device_type at 23.0.0 .. master):
// type-PF when the node device has a virt_functions capability, type-VF when it names its
// phys_function (type-VDPA when a vdpa node device is its child), type-PCI otherwise.
struct NovaPciDevice
{
    QString name;          // libvirt's node-device name
    QString address;       // "0000:3b:00.2"
    QString parentAddress; // the PF of a VF or VDPA device; empty otherwise
    QString vendorId;      // "15b3": four lower-case hex digits, as Nova formats them
    QString productId;
    DevType devType = DevType::Pci;
    int numaNode = -1;
    QString vpdSerial;     // VPD card serial number (a type-VF without one: its PF's); remote_managed needs one
    QString netdev;        // the device's own network interface, if any
    bool sriovCapable = false; // sriov_totalvfs > 0 (libvirt's virt_functions maxCount)
    QString vfProductId;   // a PF's VF device id (sysfs sriov_vf_device), from its first VF
};

// What nova/pci/utils.py reads from sysfs, answered from the same node devices.
class PciHost
{
public:
    PciHost() = default;
    explicit PciHost(QList<NovaPciDevice> devices);
    static PciHost fromGraph(const inventory::DeviceGraph &graph);

    const QList<NovaPciDevice> &devices() const { return m_devices; }
    const NovaPciDevice *byAddress(const QString &address) const;
    // utils.is_physical_function: the device exists and sriov_totalvfs > 0.
    bool isPhysicalFunction(const QString &address) const;
    // utils.get_function_by_ifname: the PCI address of the interface's device, and whether it
    // is SR-IOV capable; nullopt when no device has that interface.
    std::optional<std::pair<QString, bool>> functionByIfname(const QString &ifname) const;

private:
    QList<NovaPciDevice> m_devices;
    QHash<QString, qsizetype> m_byAddress;
    QHash<QString, qsizetype> m_byNetdev;
};

} // namespace pci
