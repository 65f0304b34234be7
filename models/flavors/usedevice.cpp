#include "flavors/usedevice.h"

namespace flavors {

namespace {

enum class Use { None, VdpaPort, DirectPort, MdevType };

Use useOf(const inventory::Device &device, const DeviceUseOptions &options)
{
    if (!options.mdevType.isEmpty()) {
        for (const inventory::MdevType &t : device.mdevTypes) {
            if (t.id == options.mdevType)
                return Use::MdevType;
        }
        return Use::None;
    }
    switch (inventory::classify(device)) {
    case inventory::DeviceKind::Vdpa: return Use::VdpaPort;
    case inventory::DeviceKind::Vf: return Use::DirectPort;
    default: return Use::None;
    }
}

} // namespace

bool canUseDevice(const inventory::Device &device, const DeviceUseOptions &options)
{
    return useOf(device, options) != Use::None;
}

QString mdevTypeTrait(const QString &mdevType)
{
    QString trait = QStringLiteral("CUSTOM_");
    for (const QChar c : mdevType.toUpper())
        trait += (c.isLetterOrNumber() && c.unicode() < 128) ? c : QLatin1Char('_');
    return trait;
}

Flavor useDevice(const Flavor &flavor, const inventory::Device &device, const DeviceUseOptions &options)
{
    const Use use = useOf(device, options);
    Flavor out = flavor;
    switch (use) {
    case Use::None:
        break;
    case Use::VdpaPort:
    case Use::DirectPort: {
        RequestedPort port;
        port.vnicType = toString(use == Use::VdpaPort ? VnicType::Vdpa : VnicType::Direct);
        port.physnet = options.physnet;
        out.ports.append(port);
        break;
    }
    case Use::MdevType:
        if (!out.extraSpecs.contains(QStringLiteral("resources:VGPU")))
            out.extraSpecs.set(QStringLiteral("resources:VGPU"), QStringLiteral("1"));
        out.extraSpecs.set(QStringLiteral("trait:") + mdevTypeTrait(options.mdevType), QStringLiteral("required"));
        break;
    }
    return out;
}

} // namespace flavors
