#include "flavors/vnictype.h"

namespace flavors {

QString toString(VnicType type)
{
    switch (type) {
    case VnicType::Normal: return QStringLiteral("normal");
    case VnicType::Direct: return QStringLiteral("direct");
    case VnicType::DirectPhysical: return QStringLiteral("direct-physical");
    case VnicType::Macvtap: return QStringLiteral("macvtap");
    case VnicType::Vdpa: return QStringLiteral("vdpa");
    case VnicType::VirtioForwarder: return QStringLiteral("virtio-forwarder");
    case VnicType::RemoteManaged: return QStringLiteral("remote-managed");
    }
    return {};
}

QList<VnicType> allVnicTypes()
{
    return {VnicType::Normal, VnicType::Direct, VnicType::DirectPhysical, VnicType::Macvtap,
            VnicType::Vdpa, VnicType::VirtioForwarder, VnicType::RemoteManaged};
}

std::optional<VnicType> vnicTypeFromString(const QString &text)
{
    for (VnicType t : allVnicTypes()) {
        if (toString(t) == text)
            return t;
    }
    return std::nullopt;
}

QStringList vnicTypeNames()
{
    QStringList out;
    for (VnicType t : allVnicTypes())
        out.append(toString(t));
    return out;
}

bool takesHostDevice(VnicType type)
{
    return type != VnicType::Normal && type != VnicType::VirtioForwarder;
}

} // namespace flavors
