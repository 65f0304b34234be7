#include "domainxml/deviceplanner.h"

#include "domainxml/identity.h"

#include <QRegularExpression>

namespace domainxml {
namespace {

// nova/virt/libvirt/vif.py (24.0.0) _requests_multiqueue reads only the image's
// hw_vif_multiqueue_enabled; (25.0.0) hardware.get_vif_multiqueue_constraint adds the flavor's
bool multiqueue(const flavors::Flavor &flavor, const rules::StageBResult &stageB, rules::NovaRelease release)
{
    if (!release.atLeast(25))
        return stageB.image.vifMultiqueue.value_or(false);
    if (flavor.vcpus < 2)
        return false;
    if (const std::optional<QString> v = flavor.extraSpecs.value(QStringLiteral("hw:vif_multiqueue_enabled")))
        return pyparse::lenientBool(*v);
    return stageB.image.vifMultiqueue.value_or(false);
}

// vif.LibvirtGenericVIFDriver.get_base_config for a virtio interface (every vnic type but the
// direct-passthrough ones, hw_vif_model unset)
NicPlan virtioNic(const flavors::Flavor &flavor, const rules::StageBResult &stageB, const inventory::HostSnapshot &host,
                  const ComputeProfile &profile, rules::NovaRelease release)
{
    NicPlan n;
    n.virtioModel = true;
    if (profile.virtType == QLatin1String("qemu"))
        n.driverName = QStringLiteral("qemu");
    if (profile.virtType == QLatin1String("kvm") && multiqueue(flavor, stageB, release)) {
        n.driverName = QStringLiteral("vhost");
        const int cap = maxTapQueues(profile, host.identity().hostVersion);
        n.queues = cap && flavor.vcpus > cap ? cap : flavor.vcpus;
    }
    if ((n.driverName.isEmpty() || n.driverName == QLatin1String("vhost")) && profile.rxQueueSize) {
        n.driverName = QStringLiteral("vhost");
        n.rxQueueSize = *profile.rxQueueSize;
    }
    return n;
}

NicPlan macvtapNic(const flavors::Flavor &flavor, const rules::StageBResult &stageB, const inventory::HostSnapshot &host,
                   const ComputeProfile &profile, rules::NovaRelease release)
{
    NicPlan n = virtioNic(flavor, stageB, host, profile, release);
    n.type = QStringLiteral("direct");
    n.driverName = QStringLiteral("vhost"); // designer.set_vif_host_backend_hw_veb, for every virt type
    return n;
}

// A port of vnic type normal as Neutron binds it and nova/network/os_vif_util.py
// (_nova_to_osvif_vif_ovs, _nova_to_osvif_vif_vhostuser) and vif.py (_set_config_VIFOpenVSwitch,
// _set_config_VIFBridge, _set_config_VIFVHostUser) turn it into an interface. Device names are
// ('tap' / 'qbr' / 'vhu' + port id)[:14] (network model NIC_NAME_LEN); OVS-DPDK's socket is
// /var/run/openvswitch/ + the vhu name, QEMU the server (neutron mech_openvswitch
// agent_vhu_sockpath, get_vhost_mode with dpdkvhostuserclient). The network's MTU is Neutron's,
// not known here, so no <mtu>.
NicPlan normalNic(const flavors::Flavor &flavor, const rules::StageBResult &stageB, const inventory::HostSnapshot &host,
                  const ComputeProfile &profile, rules::NovaRelease release, const QString &binding, const QString &portId)
{
    NicPlan n = virtioNic(flavor, stageB, host, profile, release);
    const auto devName = [&](const char *prefix) { return QString(QString::fromLatin1(prefix) + portId).left(14); };
    if (binding == QLatin1String("ovs-dpdk")) {
        n.type = QStringLiteral("vhostuser");
        n.driverName.clear();
        n.txQueueSize = profile.txQueueSize.value_or(0);
        n.rxQueueSize = profile.rxQueueSize.value_or(0);
        n.socketMode = QStringLiteral("server");
        n.socketPath = QStringLiteral("/var/run/openvswitch/") + devName("vhu");
        n.targetDev = devName("vhu");
        return n;
    }
    n.type = QStringLiteral("bridge");
    n.targetDev = devName("tap");
    if (binding == QLatin1String("ovs-hybrid")) {
        n.sourceBridge = devName("qbr");
    } else { // ovs (openvswitch firewall), ovn: the integration bridge, plugged by libvirt
        n.sourceBridge = QStringLiteral("br-int");
        n.interfaceId = portId;
    }
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
                 const ComputeProfile &profile, const DeviceAllocation &devices, const QString &normalBinding,
                 rules::NovaRelease release, GuestPlan &plan)
{
    // nova/virt/libvirt/vif.py (29.0.0) get_base_config: packed virtqueues from 29 on
    const bool packed = release.atLeast(29) && packedRing(flavor).value_or(false);
    for (qsizetype i = 0; i < flavor.ports.size() && i < devices.ports.size(); ++i) {
        const QString vnic = flavor.ports.at(i).vnicType;
        const std::optional<flavors::VnicType> type = flavor.ports.at(i).type();
        const QString mac = stableMac(flavor.name, int(i));
        if (type == flavors::VnicType::Normal) {
            NicPlan n = normalNic(flavor, stageB, host, profile, release, normalBinding, stableUuid(flavor.name, QStringLiteral("port-%1").arg(i)));
            n.mac = mac;
            n.device = QStringLiteral("port %1 (normal): %2").arg(i + 1).arg(normalBinding);
            n.packed = packed;
            plan.nics.append(n);
            continue;
        }
        const AllocatedDevice &d = devices.ports.at(i);
        if (d.node.isEmpty())
            continue;
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
            n = macvtapNic(flavor, stageB, host, profile, release);
            n.sourceDev = d.netdev;
        } else {
            continue;
        }
        n.mac = mac;
        n.device = note;
        n.packed = packed;
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
