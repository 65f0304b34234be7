#include "inventory/device.h"

namespace inventory {

namespace {
struct KindName
{
    DeviceKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    {DeviceKind::Pf, "pf"},     {DeviceKind::Vf, "vf"},     {DeviceKind::Vdpa, "vdpa"}, {DeviceKind::Net, "net"},
    {DeviceKind::Gpu, "gpu"},   {DeviceKind::Mdev, "mdev"}, {DeviceKind::Pci, "pci"},   {DeviceKind::Other, "other"},
};
}

QString kindName(DeviceKind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return QStringLiteral("other");
}

std::optional<DeviceKind> kindFromName(const QString &name)
{
    for (const KindName &k : kKindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QList<DeviceKind> allKinds()
{
    QList<DeviceKind> kinds;
    for (const KindName &k : kKindNames)
        kinds.append(k.kind);
    return kinds;
}

DeviceKind classify(const Device &device)
{
    if (device.pci) {
        // A PCI device offering mdev types is a GPU to the operator, even an SR-IOV VF of one.
        if (!device.mdevTypes.isEmpty())
            return DeviceKind::Gpu;
        if (device.pci->hasVirtFunctions)
            return DeviceKind::Pf;
        if (device.pci->physFunction)
            return DeviceKind::Vf;
        return DeviceKind::Pci;
    }
    if (device.isVdpa())
        return DeviceKind::Vdpa;
    if (device.net)
        return DeviceKind::Net;
    if (device.mdev)
        return DeviceKind::Mdev;
    return DeviceKind::Other;
}

} // namespace inventory
