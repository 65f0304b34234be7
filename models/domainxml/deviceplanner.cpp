#include "domainxml/deviceplanner.h"

#include "domainxml/identity.h"

#include <QRegularExpression>

namespace domainxml {
namespace {

bool multiqueue(const flavors::Flavor &flavor, const rules::StageBResult &stageB)
{
    if (flavor.vcpus < 2)
        return false;
    if (const std::optional<QString> v = flavor.extraSpecs.value(QStringLiteral("hw:vif_multiqueue_enabled")))
        return pyparse::lenientBool(*v);
    return stageB.image.vifMultiqueue.value_or(false);
}

NicPlan macvtapNic(const flavors::Flavor &flavor, const rules::StageBResult &stageB, const inventory::HostSnapshot &host,
                   const ComputeProfile &profile)
{
    NicPlan n;
    n.type = QStringLiteral("direct");
    n.virtioModel = true;
    if (profile.virtType == QLatin1String("qemu"))
        n.driverName = QStringLiteral("qemu");
    if (profile.virtType == QLatin1String("kvm") && multiqueue(flavor, stageB)) {
        n.driverName = QStringLiteral("vhost");
        const int cap = maxTapQueues(profile, host.identity().hostVersion);
        n.queues = cap && flavor.vcpus > cap ? cap : flavor.vcpus;
    }
    if ((n.driverName.isEmpty() || n.driverName == QLatin1String("vhost")) && profile.rxQueueSize) {
        n.driverName = QStringLiteral("vhost");
        n.rxQueueSize = *profile.rxQueueSize;
    }
    n.driverName = QStringLiteral("vhost"); // designer.set_vif_host_backend_hw_veb, for every virt type
    return n;
}

} // namespace

std::optional<bool> packedRing(const flavors::Flavor &flavor, bool *conflict)
{
    const std::optional<QString> fl = flavor.extraSpecs.value(QStringLiteral("hw:virtio_packed_ring"));
    const std::optional<QString> im = flavor.imageProperties.value(QStringLiteral("hw_virtio_packed_ring"));
    const std::optional<bool> f = fl ? std::optional<bool>(pyparse::lenientBool(*fl)) : std::nullopt;
    const std::optional<bool> i = im ? std::optional<bool>(pyparse::lenientBool(*im)) : std::nullopt;
    if (conflict)
        *conflict = f && i && *f != *i;
    if (f && *f)
        return true;
    return i ? i : f;
}

int maxTapQueues(const ComputeProfile &profile, const QString &hostVersion)
{
    if (profile.maxQueues && *profile.maxQueues > 0)
        return *profile.maxQueues;
    static const QRegularExpression major(QStringLiteral("(\\d+)\\.\\d+"));
    const QRegularExpressionMatch m = major.match(hostVersion);
    const int kernel = m.hasMatch() ? m.captured(1).toInt() : 6;
    return kernel <= 2 ? 1 : kernel == 3 ? 8 : kernel == 4 ? 256 : 0;
}

void planDevices(const flavors::Flavor &flavor, const rules::StageBResult &stageB, const inventory::HostSnapshot &host,
                 const ComputeProfile &profile, const DeviceAllocation &devices, GuestPlan &plan)
{
    for (qsizetype i = 0; i < flavor.ports.size() && i < devices.ports.size(); ++i) {
        const QString vnic = flavor.ports.at(i).vnicType;
        const std::optional<flavors::VnicType> type = flavor.ports.at(i).type();
        const AllocatedDevice &d = devices.ports.at(i);
        if (d.node.isEmpty())
            continue;
        const QString mac = stableMac(flavor.name, int(i));
        const QString note = QStringLiteral("port %1 (%2): %3").arg(i + 1).arg(vnic, d.node);
        if (type == flavors::VnicType::DirectPhysical) {
            plan.hostdevs.append(HostdevPlan{QStringLiteral("pci"), d.address, {}, false, note});
            continue;
        }
        NicPlan n;
        if (type == flavors::VnicType::Vdpa) {
            n.type = QStringLiteral("vdpa"); // libvirt's <interface type='vdpa'>
            n.sourceDev = d.chardev;
        } else if (type == flavors::VnicType::Direct) {
            n.type = QStringLiteral("hostdev");
            n.address = d.address;
        } else if (type == flavors::VnicType::Macvtap) {
            n = macvtapNic(flavor, stageB, host, profile);
            n.sourceDev = d.netdev;
        } else {
            continue;
        }
        n.mac = mac;
        n.device = note;
        n.packed = packedRing(flavor).value_or(false);
        if (type == flavors::VnicType::Vdpa) { // set_vif_host_backend_vdpa_config
            n.rxQueueSize = profile.rxQueueSize.value_or(0);
            n.txQueueSize = profile.txQueueSize.value_or(0);
        }
        plan.nics.append(n);
    }
    for (const AllocatedDevice &d : devices.pci)
        plan.hostdevs.append(HostdevPlan{QStringLiteral("pci"), d.address, {}, false, QStringLiteral("pci_passthrough:alias: %1").arg(d.node)});
    for (const AllocatedDevice &d : devices.vgpus)
        plan.hostdevs.append(HostdevPlan{QStringLiteral("mdev"), {}, d.mdevUuid, d.toBeCreated,
                                         d.toBeCreated ? QStringLiteral("vGPU: new mdev to be created on %1").arg(d.node)
                                                       : QStringLiteral("vGPU: existing mdev %1").arg(d.node)});
}

} // namespace domainxml
