#include "rules/advice.h"
#include "core/findingtext.h"

#include <QRegularExpression>

namespace rules {
namespace {

Finding note(const char *code, Severity severity, Stage stage, const QStringList &keys, const QString &message,
             const QString &fix = QString(), const char *exception = nullptr)
{
    Finding f;
    f.code = QLatin1String(code);
    f.severity = severity;
    f.stage = stage;
    f.keys = keys;
    f.message = message;
    f.fix = fix;
    if (exception)
        f.novaException = QLatin1String(exception);
    return f;
}

QString k(const char *s)
{
    return QLatin1String(s);
}

bool hasPort(const flavors::Flavor &f, flavors::VnicType type)
{
    return std::any_of(f.ports.begin(), f.ports.end(), [type](const flavors::RequestedPort &p) { return p.type() == type; });
}

} // namespace

Finding viommuDriverAttributes(const QString &model, NovaRelease release)
{
    Finding f;
    f.code = QStringLiteral("viommu.%1-driver-attributes").arg(model);
    f.severity = model == QLatin1String("virtio") ? Severity::Error : Severity::Warning;
    f.stage = Stage::D;
    f.novaException = QStringLiteral("libvirtError");
    f.keys = {QStringLiteral("hw:viommu_model")};
    f.message = FindingText::tr("Nova %1 writes intremap, caching_mode, aw_bits, eim and iotlb on every vIOMMU; libvirt refuses them on "
                                "model '%2' (\"iommu model '%2' doesn't support additional attributes\"), so the guest is not defined "
                                "and the spawn fails.").arg(release.displayName(), model);
    f.fix = model == QLatin1String("virtio") ? QStringLiteral("set hw:viommu_model=intel and image property hw_machine_type=q35")
                                             : QStringLiteral("no vIOMMU model Nova writes is accepted on aarch64 by this libvirt; drop hw:viommu_model");
    return f;
}

namespace {

void adviseViommu(const flavors::Flavor &f, NovaRelease release, QList<Finding> &out)
{
    const QString model = f.extraSpecs.value(k("hw:viommu_model")).value_or(f.imageProperties.value(k("hw_viommu_model")).value_or(QString()));
    if (model.isEmpty() || !release.atLeast(26))
        return;
    const QString arch = f.imageProperties.value(k("hw_architecture")).value_or(k("x86_64"));
    const QString machine = f.imageProperties.value(k("hw_machine_type")).value_or(QString());
    const bool arm = arch == QLatin1String("aarch64");
    const QString need = arm ? k("virt") : k("q35");
    if (!arm && arch != QLatin1String("x86_64") && arch != QLatin1String("i686"))
        out.append(note("viommu.architecture", Severity::Error, Stage::D, {k("hw:viommu_model"), k("hw_architecture")},
                        FindingText::tr("vIOMMU is only supported for x86_64 and aarch64 guests, not %1.").arg(arch), {},
                        "InvalidVIOMMUArchitecture"));
    else if (!machine.isEmpty() && !machine.contains(need))
        out.append(note("viommu.machine-type", Severity::Error, Stage::D, {k("hw:viommu_model"), k("hw_machine_type")},
                        FindingText::tr("vIOMMU needs a machine type containing '%1'; hw_machine_type=%2 fails at spawn.").arg(need, machine),
                        QStringLiteral("set image property hw_machine_type=%1").arg(need), "InvalidVIOMMUMachineType"));
    else if (machine.isEmpty() && !arm)
        out.append(note("viommu.machine-type-default", Severity::Warning, Stage::D, {k("hw:viommu_model"), k("hw_machine_type")},
                        FindingText::tr("vIOMMU needs a q35 machine type, and the x86 default is pc: spawn fails with InvalidVIOMMUMachineType "
                          "unless the image sets hw_machine_type=q35 or the compute sets [libvirt]hw_machine_type=x86_64=q35."),
                        k("set image property hw_machine_type=q35")));
    if (model == QLatin1String("auto"))
        out.append(note("viommu.auto", Severity::Info, Stage::D, {k("hw:viommu_model")},
                        FindingText::tr("hw:viommu_model=auto becomes virtio with libvirt >= 8.3.0, otherwise intel on x86 q35 and smmuv3 on aarch64.")));
    // nova/virt/libvirt/driver.py _guest_add_iommu_device (26.0.0 .. master) sets intremap,
    // caching_mode, iotlb, aw_bits and eim on every model, and config.py writes them as <driver>.
    // libvirt's virDomainIOMMUDefValidate (src/conf/domain_validate.c) refuses them on virtio and
    // smmuv3: "iommu model '%s' doesn't support additional attributes" (checked on libvirt 11.3 by
    // tst_domainxml_define). virtio is older libvirt's only model besides intel and smmuv3 (8.3.0),
    // so a virtio vIOMMU fails on spawn on every host.
    if (model == QLatin1String("virtio") || (model == QLatin1String("smmuv3") && arm))
        out.append(viommuDriverAttributes(model, release));
}

void adviseDevices(const flavors::Flavor &f, const InstanceShape &shape, NovaRelease release, QList<Finding> &out)
{
    static const QRegularExpression vgpuKey(QStringLiteral("^resources([a-zA-Z0-9_-]{1,64})?:VGPU$"));
    int groups = 0;
    for (const flavors::Property &p : f.extraSpecs.items()) {
        if (!vgpuKey.match(p.key).hasMatch())
            continue;
        ++groups;
        if (p.value.trimmed().toInt() > 1)
            out.append(note("vgpu.per-physical-gpu", Severity::Warning, Stage::C, {p.key},
                            FindingText::tr("%1=%2: the NVIDIA driver allows only one vGPU per instance per physical GPU or VF; "
                                           "request each vGPU in its own group (resources1:VGPU=1, resources2:VGPU=1).").arg(p.key, p.value)));
    }
    if (groups > 1 && !release.atLeast(33))
        out.append(note("vgpu.groups-before-33", Severity::Warning, Stage::C, {k("resourcesN:VGPU")},
                        FindingText::tr("Before Nova 33 (2026.1) only the first request group with VGPU is honored (bug 1758086).")));
    const std::optional<QString> alias = f.extraSpecs.value(k("pci_passthrough:alias"));
    if (alias) {
        if (alias->contains(k("vdpa"), Qt::CaseInsensitive))
            out.append(note("vdpa.alias", Severity::Warning, Stage::C, {k("pci_passthrough:alias")},
                            FindingText::tr("vDPA devices cannot be requested through pci_passthrough:alias; only Neutron ports with vnic_type=vdpa get them."),
                            k("remove the alias and boot with a vnic_type=vdpa port")));
        out.append(note("pci.alias-defined", Severity::Info, Stage::B, {k("pci_passthrough:alias")},
                        FindingText::tr("Each alias must exist in [pci]alias on the API and conductor hosts, otherwise the boot fails with PciRequestAliasNotDefined (400).")));
    }
    using flavors::VnicType;
    const bool sriov = hasPort(f, VnicType::Direct) || hasPort(f, VnicType::DirectPhysical) || hasPort(f, VnicType::Macvtap);
    const bool vdpa = hasPort(f, VnicType::Vdpa);
    const bool pciNuma = f.extraSpecs.contains(k("hw:pci_numa_affinity_policy")) || f.imageProperties.contains(k("hw_pci_numa_affinity_policy"));
    if (pciNuma && !shape.hasNumaTopology())
        out.append(note("pci.numa-policy-without-numa", Severity::Warning, Stage::C, {k("hw:pci_numa_affinity_policy")},
                        FindingText::tr("hw:pci_numa_affinity_policy has no effect without a NUMA topology (pinning, hugepages or hw:numa_nodes): "
                          "the PCI filter skips NUMA affinity for instances without NUMA cells.")));
    const bool locked = shape.lockedMemory.value_or(false);
    const bool viommu = f.extraSpecs.contains(k("hw:viommu_model")) || f.imageProperties.contains(k("hw_viommu_model"));
    if ((vdpa || (viommu && (sriov || alias))) && !locked)
        out.append(note("mem.locked-memory-advice", Severity::Warning, Stage::D, {k("hw:locked_memory"), k("hw:mem_page_size")},
                        release.atLeast(26) ? FindingText::tr("vDPA devices, or several VFIO devices behind a vIOMMU, need guest memory locked; "
                                                "set hw:locked_memory=true together with hw:mem_page_size.")
                                            : FindingText::tr("vDPA needs guest memory locked; before Nova 26 the workaround is hw:cpu_realtime=yes "
                                                "with a mask or emulator policy, plus hugepages."),
                        release.atLeast(26) ? k("set hw:locked_memory=true and hw:mem_page_size=large") : QString()));
}

void adviseCpu(const flavors::Flavor &f, const InstanceShape &shape, QList<Finding> &out)
{
    if (shape.realtimeCpus) {
        if (shape.pmu.value_or(true))
            out.append(note("realtime.pmu", Severity::Info, Stage::D, {k("hw:pmu")},
                            FindingText::tr("Realtime guests are advised to disable the virtual PMU."), k("set hw:pmu=false")));
        if (!shape.pageSize)
            out.append(note("realtime.hugepages", Severity::Info, Stage::C, {k("hw:mem_page_size")},
                            FindingText::tr("Realtime guests are advised to use hugepages."), k("set hw:mem_page_size=1GB")));
        if (shape.emulatorThreadsPolicy == QStringLiteral("share"))
            out.append(note("realtime.share-needs-shared-set", Severity::Warning, Stage::D, {k("hw:emulator_threads_policy")},
                            FindingText::tr("Realtime with hw:emulator_threads_policy=share fails at spawn (RealtimeMaskNotFoundOrInvalid) on a host "
                              "without [compute]cpu_shared_set.")));
    }
    if (shape.emulatorThreadsPolicy && !shape.hasNumaTopology())
        out.append(note("cpu.emulator-policy-no-effect", Severity::Warning, Stage::B, {k("hw:emulator_threads_policy")},
                        FindingText::tr("hw:emulator_threads_policy has no effect without a NUMA topology.")));
    if (shape.pageSize && shape.pageSize->inBits)
        out.append(note("mem.page-size-bits", Severity::Warning, Stage::C, {k("hw:mem_page_size")},
                        FindingText::tr("The page size unit is bits: Nova reads it as %1, which no host offers, so scheduling fails.")
                            .arg(shape.pageSize->describe()),
                        k("write the unit as B, e.g. 2MB or 1GB")));
    Q_UNUSED(f);
}

} // namespace

QList<Finding> adviseFlavor(const flavors::Flavor &flavor, const InstanceShape &shape, NovaRelease release)
{
    QList<Finding> out;
    adviseCpu(flavor, shape, out);
    adviseViommu(flavor, release, out);
    adviseDevices(flavor, shape, release, out);
    if (!flavor.extraSpecs.isEmpty())
        out.append(note("api.microversion-2.86", Severity::Info, Stage::A, {},
                        FindingText::tr("Nova validates extra specs only at compute API microversion 2.86 or later; openstack CLI and SDK send 2.61 "
                          "unless told otherwise, and then unknown keys and bad values are stored silently."),
                        k("pass --os-compute-api-version 2.86 to openstack flavor set")));
    return out;
}

} // namespace rules
