#include "domainxml/builder.h"
#include "core/findingtext.h"

#include "domainxml/cpuplanner.h"
#include "domainxml/deviceallocator.h"
#include "domainxml/deviceplanner.h"
#include "domainxml/identity.h"
#include "domainxml/instancetopology.h"
#include "domainxml/platformplanner.h"
#include "domainxml/releasedifferences.h"
#include "flavors/catalog.h"
#include "pycompat/pyparse.h"
#include "rules/checker.h"
#include "rules/stageb.h"

#include <algorithm>

namespace domainxml {
namespace {

rules::Finding finding(rules::Stage stage, const QString &code, const QString &exception, const QStringList &keys,
                       const QString &message, const QString &fix = QString())
{
    rules::Finding f;
    f.code = code;
    f.stage = stage;
    f.novaException = exception;
    f.keys = keys;
    f.message = message;
    f.fix = fix;
    return f;
}

QString guestArch(const flavors::Flavor &flavor, const inventory::HostSnapshot &host)
{
    const QString a = flavor.imageProperties.value(QStringLiteral("hw_architecture")).value_or(QString());
    return !a.isEmpty() ? a : host.capabilities().arch.isEmpty() ? QStringLiteral("x86_64") : host.capabilities().arch;
}

QString machineType(const flavors::Flavor &flavor, const ComputeProfile &profile, const QString &arch)
{
    const QString image = flavor.imageProperties.value(QStringLiteral("hw_machine_type")).value_or(QString());
    if (!image.isEmpty())
        return image;
    const QString configured = profile.machineTypeFor(arch);
    if (!configured.isEmpty())
        return configured;
    if (arch == QLatin1String("aarch64") || arch == QLatin1String("armv7l"))
        return QStringLiteral("virt");
    return arch == QLatin1String("x86_64") || arch == QLatin1String("i686") ? QStringLiteral("pc") : QString();
}

// _get_iommu_model + _guest_add_iommu_device; std::nullopt without a model or on error
std::optional<IommuPlan> planIommu(const flavors::Flavor &flavor, const ComputeProfile &profile, const GuestPlan &plan,
                                   const QString &libvirtVersion, QList<rules::Finding> &findings)
{
    QString model = flavor.extraSpecs.value(QStringLiteral("hw:viommu_model")).value_or(QString());
    if (model.isEmpty())
        model = flavor.imageProperties.value(QStringLiteral("hw_viommu_model")).value_or(QString());
    if (model.isEmpty() || (profile.virtType != QLatin1String("kvm") && profile.virtType != QLatin1String("qemu")))
        return std::nullopt;
    const bool x86 = plan.arch == QLatin1String("x86_64") || plan.arch == QLatin1String("i686");
    const bool arm = plan.arch == QLatin1String("aarch64");
    const QStringList keys{QStringLiteral("hw:viommu_model"), QStringLiteral("hw_machine_type")};
    if (!x86 && !arm) {
        findings.append(finding(rules::Stage::D, QStringLiteral("viommu.architecture"), QStringLiteral("InvalidVIOMMUArchitecture"), keys,
                                FindingText::tr("vIOMMU is not supported for the %1 architecture.").arg(plan.arch)));
        return std::nullopt;
    }
    const QString needed = x86 ? QStringLiteral("q35") : QStringLiteral("virt");
    if (!plan.machine.isEmpty() && !plan.machine.contains(needed)) {
        findings.append(finding(rules::Stage::D, QStringLiteral("viommu.machine-type"), QStringLiteral("InvalidVIOMMUMachineType"), keys,
                                FindingText::tr("vIOMMU is not supported by machine type %1 for architecture %2.").arg(plan.machine, plan.arch),
                                QStringLiteral("set hw_machine_type=%1 on the image, or [libvirt]hw_machine_type=%2=%1").arg(needed, plan.arch)));
        return std::nullopt;
    }
    // nova/virt/libvirt/driver.py (31.0.0, 32.0.0, 33.0.0) _get_iommu_model: auto is virtio from
    // libvirt 8.3.0 (MIN_LIBVIRT_VIOMMU_VIRTIO_MODEL), below it intel on x86 q35, else smmuv3
    // (MIN_LIBVIRT_VERSION is 8.0.0)
    if (model == QLatin1String("auto")) {
        if (libvirtAtLeast(libvirtVersion, 8, 3, 0))
            model = QStringLiteral("virtio");
        else
            model = x86 && plan.machine.contains(QLatin1String("q35")) ? QStringLiteral("intel") : QStringLiteral("smmuv3");
    }
    return IommuPlan{model, plan.machine.contains(QLatin1String("q35"))};
}

// A vhost-user port reaches the guest's memory only when it is shared: Nova shares it only with
// huge pages (memAccess='shared' on the NUMA cells) or [libvirt]file_backed_memory.
void checkVhostUser(const GuestPlan &plan, QList<rules::Finding> &findings)
{
    const bool vhostuser = std::any_of(plan.nics.cbegin(), plan.nics.cend(), [](const NicPlan &n) { return n.type == QLatin1String("vhostuser"); });
    const bool shared = plan.memory.fileBacked
                        || std::any_of(plan.cpu.cells.cbegin(), plan.cpu.cells.cend(), [](const CpuPlan::Cell &c) { return c.sharedAccess; });
    if (!vhostuser || shared)
        return;
    rules::Finding f = finding(rules::Stage::D, QStringLiteral("port.vhostuser-without-hugepages"), QString(), {QStringLiteral("hw:mem_page_size")},
                               FindingText::tr("OVS-DPDK binds the normal port as vhost-user, which needs the guest's memory shared with "
                                               "the switch; without hw:mem_page_size Nova writes no memAccess='shared', and the port "
                                               "passes no traffic."),
                               QStringLiteral("set hw:mem_page_size (large, 2MB or 1GB) on the flavor"));
    f.severity = rules::Severity::Warning;
    findings.append(f);
}

void checkStageD(const rules::InstanceShape &shape, const ComputeProfile &profile, const MemoryBackingPlan &mem,
                 QList<rules::Finding> &findings)
{
    const bool realtime = shape.realtimeCpus && !shape.realtimeCpus->isEmpty();
    if (realtime && shape.emulatorThreadsPolicy == QStringLiteral("share") && profile.cpuSharedSet.isEmpty())
        findings.append(finding(rules::Stage::D, QStringLiteral("cpu.realtime-share-no-shared-set"), QStringLiteral("RealtimeMaskNotFoundOrInvalid"),
                                {QStringLiteral("hw:cpu_realtime"), QStringLiteral("hw:emulator_threads_policy")},
                                FindingText::tr("Realtime with hw:emulator_threads_policy=share needs [compute] cpu_shared_set on the host."),
                                QStringLiteral("set [compute] cpu_shared_set, or use hw:emulator_threads_policy=isolate")));
    if (shape.pageSize && shape.pageSize->truthy() && mem.fileBacked)
        findings.append(finding(rules::Stage::D, QStringLiteral("mem.pages-with-file-backed"), QStringLiteral("MemoryPagesUnsupported"),
                                {QStringLiteral("hw:mem_page_size")},
                                FindingText::tr("Huge pages cannot be used with [libvirt] file_backed_memory.")));
}

// get_packed_virtqueue_constraint runs at the API (stage B); the rules room has no image field for it
void checkPackedRing(const flavors::Flavor &flavor, QList<rules::Finding> &findings)
{
    bool conflict = false;
    packedRing(flavor, &conflict);
    if (conflict)
        findings.append(finding(rules::Stage::B, QStringLiteral("conflict.flavor-image"), QStringLiteral("FlavorImageConflict"),
                                {QStringLiteral("hw:virtio_packed_ring"), QStringLiteral("hw_virtio_packed_ring")},
                                FindingText::tr("Flavor and image set hw:virtio_packed_ring / hw_virtio_packed_ring to different values."),
                                QStringLiteral("set the same value in flavor and image, or drop one of them")));
}

} // namespace

bool novaStopsBeforeWriting(const QList<rules::Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const rules::Finding &f) {
        return f.severity == rules::Severity::Error && f.novaException != QLatin1String("libvirtError");
    });
}

QStringList normalPortBindings()
{
    return {QStringLiteral("ovn"), QStringLiteral("ovs"), QStringLiteral("ovs-hybrid"), QStringLiteral("ovs-dpdk")};
}

BuildResult build(const flavors::Flavor &flavor, const inventory::HostSnapshot &host, const ComputeProfile &profile,
                  const BuildOptions &options)
{
    BuildResult r;
    r.findings = options.flavorFindings ? *options.flavorFindings
                                        : rules::checkFlavor(flavor, flavors::ExtraSpecCatalog::forRelease(options.release.major()),
                                                             rules::CheckOptions{options.release});
    if (novaStopsBeforeWriting(r.findings))
        return r;
    const rules::StageBResult stageB = rules::checkStageB(flavor, options.release);
    QString why;
    const std::optional<HostNumaTopology> topo = hostNumaTopology(host, profile, &why);
    if (!topo) {
        r.findings.append(finding(rules::Stage::D, QStringLiteral("profile.invalid-cpu-set"), QStringLiteral("Invalid"), {}, why));
        return r;
    }
    const std::optional<GuestNumaRequest> request = instanceNumaRequest(flavor, stageB);
    std::optional<QList<FittedCell>> fitted;
    QList<int> hostCells;
    if (request) {
        const auto devicesFit = [&](const QList<int> &cells) {
            return allocateDevices(flavor, host.graph(), profile, cells, options.busyDevices).missing.isEmpty();
        };
        fitted = fitInstance(*topo, *request, devicesFit);
        if (!fitted) {
            const bool cpuMemFit = fitInstance(*topo, *request).has_value();
            r.findings.append(finding(rules::Stage::C, cpuMemFit ? QStringLiteral("host.devices-not-numa-local") : QStringLiteral("host.numa-no-fit"),
                                      QStringLiteral("NoValidHost"), {},
                                      cpuMemFit ? FindingText::tr("The requested devices are not free on the host NUMA node(s) the instance fits on.")
                                                : FindingText::tr("The instance's NUMA topology (pinned CPUs, thread policy, page size and memory per cell) does not fit on this host.")));
            return r;
        }
        for (const FittedCell &c : *fitted)
            hostCells.append(c.hostCell);
    }
    const DeviceAllocation devices = allocateDevices(flavor, host.graph(), profile, hostCells, options.busyDevices);
    for (const QString &m : devices.missing)
        r.findings.append(finding(rules::Stage::C, QStringLiteral("host.device-unavailable"), QStringLiteral("NoValidHost"), {}, m));
    GuestPlan &plan = r.plan;
    plan.flavorName = flavor.name;
    plan.name = stableInstanceName(flavor.name);
    plan.uuid = stableUuid(flavor.name, QStringLiteral("instance"));
    plan.domainType = profile.virtType;
    plan.arch = guestArch(flavor, host);
    plan.machine = machineType(flavor, profile, plan.arch);
    plan.memoryKiB = quint64(flavor.ramMb) * 1024;
    plan.vcpus = flavor.vcpus;
    plan.cpu = planCpu(flavor, stageB.shape, *topo, fitted, profile, plan.arch);
    plan.memory = planMemoryBacking(stageB.shape, *topo, fitted, profile);
    if (profile.virtType == QLatin1String("kvm") || profile.virtType == QLatin1String("qemu"))
        plan.pmu = stageB.shape.pmu;
    checkStageD(stageB.shape, profile, plan.memory, r.findings);
    if (options.release.atLeast(29)) // hardware.get_packed_virtqueue_constraint (29.0.0)
        checkPackedRing(flavor, r.findings);
    // nova/virt/libvirt/driver.py _get_guest_numa_config: without a guest NUMA topology the
    // guest's CPUs are _get_vcpu_available() when [compute]cpu_shared_set is set
    if (!fitted && !profile.cpuSharedSet.isEmpty()) {
        CpuList shared = topo->sharedSet;
        std::sort(shared.begin(), shared.end());
        plan.vcpuCpuset = shared;
    }
    // nova/virt/libvirt/driver.py (26.0.0) adds _guest_add_iommu_device; older releases ignore
    // hw:viommu_model
    if (options.release.atLeast(26))
        plan.iommu = planIommu(flavor, profile, plan, host.identity().libvirtVersion, r.findings);
    planDevices(flavor, stageB, host, profile, devices, options.normalPortBinding, options.release, plan);
    planPlatform(flavor, host, profile, options.release, plan, r.findings);
    applyReleaseDifferences(flavor, options.release, host.identity().libvirtVersion, fitted, plan);
    checkVhostUser(plan, r.findings);
    if (novaStopsBeforeWriting(r.findings))
        return r;
    r.xml = writeDomain(plan);
    return r;
}

} // namespace domainxml
