#include "probe/hostneeds.h"

#include "hostfacts/hostfacts.h"
#include "inventory/hostsnapshot.h"

namespace probe {

HostNeeds HostNeeds::inferredFrom(const hostfacts::HostFacts &facts)
{
    HostNeeds needs;
    needs.vdpaInUse = int(facts.vdpaDevices().size());
    needs.vfsInUse = int(facts.novaValues(QStringLiteral("pci"), QStringLiteral("device_spec")).size()
                         + facts.novaValues(QStringLiteral("pci"), QStringLiteral("passthrough_whitelist")).size());
    const std::optional<QString> enabled = facts.novaValue(QStringLiteral("devices"), QStringLiteral("enabled_mdev_types"));
    if (enabled && !enabled->trimmed().isEmpty())
        needs.mdevsInUse = int(enabled->split(QLatin1Char(','), Qt::SkipEmptyParts).size());
    needs.dedicatedFlavors = false; // unknowable without flavors; configured sets are checked as they are
    return needs;
}

HostNeeds HostNeeds::fromSnapshot(const inventory::HostSnapshot &snapshot)
{
    HostNeeds needs = snapshot.hostFacts() ? inferredFrom(*snapshot.hostFacts()) : HostNeeds();
    int vfio = 0;
    int vdpa = 0;
    int mdevs = 0;
    for (const inventory::GraphNode &n : snapshot.graph().nodes()) {
        if (n.kind == inventory::DeviceKind::Vdpa)
            ++vdpa;
        else if (n.kind == inventory::DeviceKind::Mdev)
            ++mdevs;
        else if (n.device.pci && n.device.driver == QLatin1String("vfio-pci"))
            ++vfio;
    }
    needs.vfsInUse = qMax(needs.vfsInUse, vfio);
    needs.vdpaInUse = qMax(needs.vdpaInUse, vdpa);
    needs.mdevsInUse = qMax(needs.mdevsInUse, mdevs);
    const inventory::HostIdentity &id = snapshot.identity();
    needs.libvirtVersion = id.libvirtVersion;
    if (id.hypervisorType.compare(QLatin1String("QEMU"), Qt::CaseInsensitive) == 0)
        needs.qemuVersion = id.hypervisorVersion;
    return needs;
}

} // namespace probe
