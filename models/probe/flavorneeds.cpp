// HostNeeds::addFlavors: what a flavor library asks of a host, for the prerequisite audit.
#include "probe/hostneeds.h"

#include "flavors/flavor.h"
#include "flavors/vgputype.h"
#include "hostfacts/hostfacts.h"
#include "inventory/hostsnapshot.h"
#include "rules/pagesize.h"

#include <QSet>

namespace probe {

namespace {

// The flavor's value, else the image property's (Nova: flavor or image).
QString spec(const flavors::Flavor &f, const char *flavorKey, const char *imageKey)
{
    return f.extraSpecs.value(QLatin1String(flavorKey)).value_or(f.imageProperties.value(QLatin1String(imageKey)).value_or(QString())).trimmed();
}

bool truthy(const QString &v)
{
    const QString s = v.toLower();
    return s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("1") || s == QLatin1String("on");
}

bool isVfioPort(std::optional<flavors::VnicType> type)
{
    using flavors::VnicType;
    return type == VnicType::Direct || type == VnicType::DirectPhysical || type == VnicType::RemoteManaged;
}

struct FlavorDevices
{
    int vfio = 0;
    int vdpa = 0;
    int vgpus = 0;
    bool any() const { return vfio + vdpa + vgpus > 0; }
};

FlavorDevices devicesOf(const flavors::Flavor &f)
{
    FlavorDevices d;
    for (const flavors::RequestedPort &p : f.ports) {
        if (p.type() == flavors::VnicType::Vdpa)
            ++d.vdpa;
        else if (isVfioPort(p.type()))
            ++d.vfio;
    }
    // "a1:2,a2:1": aliases with counts
    for (const QString &alias : f.extraSpecs.value(QStringLiteral("pci_passthrough:alias")).value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts))
        d.vfio += qMax(1, alias.section(QLatin1Char(':'), 1).trimmed().toInt());
    d.vgpus = flavors::vgpuCount(f).toInt();
    return d;
}

// The mdev types a flavor requests: its vGPU type trait (CUSTOM_NVIDIA_11 -> nvidia-11), and
// resources:CUSTOM_* classes that nova.conf's [mdev_<type>]mdev_class maps to a type.
QStringList mdevTypesOf(const flavors::Flavor &f, const hostfacts::HostFacts *facts)
{
    QStringList types;
    const QString trait = flavors::vgpuTypeTrait(f);
    if (!flavors::vgpuCount(f).isEmpty() && trait.startsWith(QLatin1String("CUSTOM_")))
        types.append(trait.mid(7).toLower().replace(QLatin1Char('_'), QLatin1Char('-')));
    if (!facts)
        return types;
    for (const flavors::Property &p : f.extraSpecs.items()) {
        if (!p.key.startsWith(QLatin1String("resources:CUSTOM_")))
            continue;
        const QString resourceClass = p.key.mid(10);
        for (const hostfacts::NovaSection &s : facts->nova()) {
            if (s.name.startsWith(QLatin1String("mdev_"))
                && facts->novaValue(s.name, QStringLiteral("mdev_class")).value_or(QString()) == resourceClass)
                types.append(s.name.mid(5));
        }
    }
    return types;
}

// The NUMA node a guest with these devices lands on when the host has them on one node only.
int deviceNode(const FlavorDevices &d, const inventory::HostSnapshot *snapshot)
{
    if (!snapshot || !d.any())
        return -1;
    QSet<int> nodes;
    for (const inventory::GraphNode &n : snapshot->graph().nodes()) {
        const bool vdpa = d.vdpa > 0 && n.kind == inventory::DeviceKind::Vdpa;
        const bool vf = d.vfio > 0 && n.kind == inventory::DeviceKind::Vf;
        const bool gpu = d.vgpus > 0 && n.kind == inventory::DeviceKind::Gpu;
        if ((vdpa || vf || gpu) && n.numaNode >= 0)
            nodes.insert(n.numaNode);
    }
    return nodes.size() == 1 ? *nodes.cbegin() : -1;
}

// "large" takes the largest hugepage size the host reserved; 2 MiB when it reserved none.
qint64 largePageKiB(const hostfacts::HostFacts *facts)
{
    qint64 largest = 0;
    if (facts) {
        for (const hostfacts::HugePagePool &p : facts->hugepages()) {
            if (p.total > 0)
                largest = qMax(largest, p.pageSizeKiB);
        }
    }
    return largest > 0 ? largest : 2048;
}

void addPageNeed(QList<PageSizeNeed> *needs, const PageSizeNeed &need)
{
    for (PageSizeNeed &n : *needs) {
        if (n.pageSizeKiB == need.pageSizeKiB && n.numaNode == need.numaNode) {
            n.pages = qMax(n.pages, need.pages);
            return;
        }
    }
    needs->append(need);
}

} // namespace

void HostNeeds::addFlavors(const flavors::FlavorLibrary &library, const hostfacts::HostFacts *facts,
                           const inventory::HostSnapshot *snapshot)
{
    bool anyDeviceFlavor = false;
    bool allLocked = true;
    for (const flavors::Flavor &f : library.flavors) {
        const FlavorDevices devices = devicesOf(f);
        vfsInUse = qMax(vfsInUse, devices.vfio);
        vdpaInUse = qMax(vdpaInUse, devices.vdpa);
        mdevsInUse = qMax(mdevsInUse, devices.vgpus);
        if (devices.vfio + devices.vdpa > 0) {
            anyDeviceFlavor = true;
            if (!truthy(spec(f, "hw:locked_memory", "hw_locked_memory"))) {
                allLocked = false;
                maxGuestRamMiB = qMax(maxGuestRamMiB, f.ramMb);
                versions::GuestMemlockInput guest;
                guest.memoryMiB = f.ramMb;
                guest.vfio = devices.vfio + devices.vgpus;
                guest.vdpa = devices.vdpa;
                guest.viommu = !spec(f, "hw:viommu_model", "hw_viommu_model").isEmpty();
                memlockGuests.append(guest);
            }
        }
        const QString policy = spec(f, "hw:cpu_policy", "hw_cpu_policy").toLower();
        dedicatedFlavors = dedicatedFlavors || policy == QLatin1String("dedicated") || policy == QLatin1String("mixed");
        realtimeFlavors = realtimeFlavors || truthy(spec(f, "hw:cpu_realtime", "hw_cpu_realtime"));
        const QString viommu = spec(f, "hw:viommu_model", "hw_viommu_model").toLower();
        if (!viommu.isEmpty() && !viommuModels.contains(viommu))
            viommuModels.append(viommu);
        for (const QString &type : mdevTypesOf(f, facts)) {
            if (!mdevTypes.contains(type))
                mdevTypes.append(type);
        }
        const std::optional<rules::PageSize> page = rules::parsePageSize(spec(f, "hw:mem_page_size", "hw_mem_page_size"));
        qint64 kib = 0;
        if (page && page->kind == rules::PageSize::Kind::Large)
            kib = largePageKiB(facts);
        else if (page && page->kind == rules::PageSize::Kind::Size && page->kib > 4)
            kib = qint64(page->kib);
        if (kib > 0) {
            const int numaNodes = qMax(1, spec(f, "hw:numa_nodes", "hw_numa_nodes").toInt());
            addPageNeed(&pageSizes, {kib, (f.ramMb * 1024 / kib + numaNodes - 1) / numaNodes, deviceNode(devices, snapshot)});
        }
    }
    lockedMemory = anyDeviceFlavor && allLocked;
}

} // namespace probe
