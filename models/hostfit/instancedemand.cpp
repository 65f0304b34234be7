#include "hostfit/instancedemand.h"

#include "domainxml/instancetopology.h"
#include "flavors/catalog.h"
#include "rules/checker.h"
#include "rules/stageb.h"

namespace hostfit {

InstanceDemand InstanceDemand::of(const flavors::Flavor &flavor, rules::NovaRelease release)
{
    return of(flavor, release,
              rules::checkFlavor(flavor, flavors::ExtraSpecCatalog::forRelease(release.major()), rules::CheckOptions{release}));
}

InstanceDemand InstanceDemand::of(const flavors::Flavor &flavor, rules::NovaRelease release, const QList<rules::Finding> &findings)
{
    InstanceDemand d;
    d.flavor = flavor;
    d.memoryMb = flavor.ramMb;
    for (const rules::Finding &f : findings) {
        if (f.severity == rules::Severity::Error && (f.stage == rules::Stage::A || f.stage == rules::Stage::B)) {
            d.rejected = f;
            return d;
        }
    }
    const rules::StageBResult stageB = rules::checkStageB(flavor, release);
    d.numa = domainxml::instanceNumaRequest(flavor, stageB);
    if (d.numa) {
        for (const domainxml::GuestCellRequest &c : d.numa->cells) {
            d.pinnedCpus += c.pcpus.size();
            d.floatingCpus += c.cpus.size();
        }
        d.pinnedCpus += d.numa->pinned && d.numa->emulatorIsolate ? 1 : 0;
    } else {
        d.floatingCpus = flavor.vcpus;
    }
    const QString policy = flavor.extraSpecs.value(QStringLiteral("hw:pci_numa_affinity_policy"))
                               .value_or(flavor.imageProperties.value(QStringLiteral("hw_pci_numa_affinity_policy")).value_or(QString()));
    if (!policy.isEmpty())
        d.pciNumaPolicy = policy;
    for (const flavors::RequestedPort &p : flavor.ports)
        d.wantsDevices |= !p.type() || flavors::takesHostDevice(*p.type());
    for (const flavors::Property &p : flavor.extraSpecs.items())
        d.wantsDevices |= p.key == QLatin1String("pci_passthrough:alias") || p.key.endsWith(QLatin1String(":VGPU"));
    return d;
}

PlacementRequest InstanceDemand::placementRequest(const PlacementInventories &inventories) const
{
    PlacementRequest r;
    r.memoryMb = memoryMb;
    if (pinnedCpus > 0 && !inventories.pcpu.exists()) {
        r.vcpu = pinnedCpus + floatingCpus; // the fallback VCPU query
    } else {
        r.pcpu = pinnedCpus;
        r.vcpu = floatingCpus;
    }
    return r;
}

QList<int> InstanceDemand::deviceCells(const QList<int> &hostCells) const
{
    return pciNumaPolicy == QLatin1String("preferred") ? QList<int>{} : hostCells;
}

bool InstanceDemand::strictLocality() const
{
    return pciNumaPolicy == QLatin1String("required") || pciNumaPolicy == QLatin1String("socket");
}

} // namespace hostfit
