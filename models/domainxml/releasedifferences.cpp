#include "domainxml/releasedifferences.h"

#include "domainxml/cputopology.h"

namespace domainxml {

bool libvirtAtLeast(const QString &version, int major, int minor, int micro)
{
    if (version.isEmpty())
        return true;
    const QStringList parts = version.split(QLatin1Char('.'));
    const QList<int> want{major, minor, micro};
    for (int i = 0; i < 3; ++i) {
        const int have = i < parts.size() ? parts.at(i).toInt() : 0;
        if (have != want.at(i))
            return have > want.at(i);
    }
    return true;
}

void applyReleaseDifferences(const flavors::Flavor &flavor, rules::NovaRelease release, const QString &libvirtVersion,
                             const std::optional<QList<FittedCell>> &fitted, GuestPlan &plan)
{
    PlatformPlan &p = plan.platform;
    // nova/virt/libvirt/driver.py (23.0.0) _get_guest_cpu_config passes the instance's NUMA
    // topology to hardware.get_best_cpu_topology: the fewest threads of the pinned cells
    // (instance_cell.cpu_topology) limit the guest's threads; (24.0.0) no longer
    if (!release.atLeast(24) && fitted) {
        int threads = 0;
        for (const FittedCell &c : *fitted)
            if (c.threads > 0)
                threads = threads ? std::min(threads, c.threads) : c.threads;
        if (threads) {
            const CpuTopology t = bestCpuTopology(flavor, threads);
            plan.cpu.sockets = t.sockets;
            plan.cpu.cores = t.cores;
            plan.cpu.threads = t.threads;
        }
    }
    const bool x86 = plan.arch == QLatin1String("x86_64") || plan.arch == QLatin1String("i686");
    // nova/virt/libvirt/driver.py (24.0.0) _set_features adds LibvirtConfigGuestFeatureVMCoreInfo
    // for x86 and aarch64 guests; 23.0.0 has none
    p.vmcoreinfo = release.atLeast(24) && (x86 || plan.arch == QLatin1String("aarch64"));
    // nova/virt/libvirt/driver.py (25.0.0) _configure_guest_by_virt_type sets guest.os_arch
    // (config.py (25.0.0) _format_os writes it); 24.0.0 writes <type> without arch
    p.osArch = release.atLeast(25);
    // nova/virt/libvirt/config.py (24.0.0) LibvirtConfigGuestVideo defaults to cirrus and
    // driver.py (24.0.0) _add_video_driver keeps it on x86; (25.0.0) _get_video_type: virtio
    if (!release.atLeast(25) && x86)
        p.videoModel = QStringLiteral("cirrus");
    // nova/virt/libvirt/driver.py (26.0.0) _get_guest_memory_backing_config adds <locked/> for
    // hw:locked_memory; before, only realtime guests (with <nosharepages/>) lock their memory
    if (!release.atLeast(26))
        plan.memory.locked = plan.memory.noSharePages;
    // nova/virt/libvirt/driver.py (26.0.0, 27.0.0) _guest_add_iommu_device: aw_bits only with
    // MIN_LIBVIRT_VIOMMU_AW_BITS (6.5.0); (28.0.0) always
    if (plan.iommu && !release.atLeast(28))
        plan.iommu->awBits = libvirtAtLeast(libvirtVersion, 6, 5, 0);
    // nova/virt/libvirt/driver.py (29.0.0) _get_guest_cpu_config_maxphysaddr: the flavor's
    // hw:maxphysaddr_mode/_bits, else the image's
    if (release.atLeast(29) && plan.cpu.present) {
        const auto value = [&](const char *spec, const char *prop) {
            const QString v = flavor.extraSpecs.value(QString::fromLatin1(spec)).value_or(QString());
            return !v.isEmpty() ? v : flavor.imageProperties.value(QString::fromLatin1(prop)).value_or(QString());
        };
        plan.cpu.maxphysaddrMode = value("hw:maxphysaddr_mode", "hw_maxphysaddr_mode");
        if (!plan.cpu.maxphysaddrMode.isEmpty())
            plan.cpu.maxphysaddrBits = value("hw:maxphysaddr_bits", "hw_maxphysaddr_bits").toInt();
    }
}

} // namespace domainxml
