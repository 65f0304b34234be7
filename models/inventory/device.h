#pragma once

#include "inventory/pciaddress.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace inventory {

// What a device is to an operator (not libvirt's capability type).
enum class DeviceKind { Pf, Vf, Vdpa, Net, Gpu, Mdev, Pci, Other };

QString kindName(DeviceKind kind); // "pf", "vf", "vdpa", "net", "gpu", "mdev", "pci", "other"
std::optional<DeviceKind> kindFromName(const QString &name);
QList<DeviceKind> allKinds();

// One supported mediated-device type of a parent (PCI GPU, ap_matrix, css).
struct MdevType
{
    QString id;              // "nvidia-558"
    QString name;            // "NVIDIA A16-4Q"; optional in libvirt's XML
    QString deviceApi;       // "vfio-pci"
    int availableInstances = -1;

    bool operator==(const MdevType &) const = default;
};

struct PciInfo
{
    PciAddress address;
    QString pciClass;        // "0x020000"
    QString vendorId, vendorName, productId, productName;
    int numaNode = -1;
    int iommuGroup = -1;
    QList<PciAddress> iommuGroupMembers;
    QString linkSpeed;       // PCIe link status speed in GT/s, "16"
    int linkWidth = -1;
    bool hasVirtFunctions = false; // a <capability type='virt_functions'>, even with no VFs
    int maxVirtFunctions = -1;
    QList<PciAddress> virtFunctions;
    std::optional<PciAddress> physFunction;
    QString vpdName, vpdSerial;
};

struct NetInfo
{
    QString interface;
    QString mac;
    QString linkState;       // "up", "down", ...
    int linkSpeedMbps = -1;
    QStringList features;    // "rx", "tx", "switchdev", ...
    bool switchdev() const { return features.contains(QLatin1String("switchdev")); }
};

struct MdevInfo
{
    QString type;            // the mdev type id
    QString uuid;
    int iommuGroup = -1;
};

// One node device as libvirt describes it; everything the parser understood plus the raw XML.
struct Device
{
    QString name;            // libvirt's name, "pci_0000_3b_00_0"
    QString path;
    QString parent;          // libvirt's parent (the bus parent), empty at the root
    QString driver;
    QStringList capabilityTypes; // top-level capability types in document order
    std::optional<PciInfo> pci;
    std::optional<NetInfo> net;
    std::optional<MdevInfo> mdev;
    QString vdpaChardev;     // set for a vdpa capability
    QList<MdevType> mdevTypes; // of a PCI, ap_matrix or css parent
    bool broken = false;
    QString error;           // "line L, column C: message" for a broken device
    QString rawXml;

    bool hasCapability(const QString &type) const { return capabilityTypes.contains(type); }
    bool isVdpa() const { return hasCapability(QStringLiteral("vdpa")); }
};

DeviceKind classify(const Device &device);

} // namespace inventory
