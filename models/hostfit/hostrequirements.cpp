#include "hostfit/hostrequirements.h"

#include "flavors/vgputype.h"
#include "pycompat/pyparse.h"
#include "rules/advice.h"
#include "versions/memlocklimit.h"
#include "core/findingtext.h"

#include <QXmlStreamReader>

namespace hostfit {

using versions::Minimum;
using versions::VersionNumber;
namespace minimums = versions::minimums;

namespace {

// nova-compute's own minimums are read from Nova 31's source; older releases' are not at hand.
QList<Minimum> novaComputeMinimums(rules::NovaRelease release)
{
    return release.atLeast(31) ? minimums::novaCompute() : QList<Minimum>();
}

rules::Finding finding(rules::Severity severity, rules::Stage stage, const QString &code, const QString &exception,
                       const QStringList &keys, const QString &message, const QString &fix = {})
{
    rules::Finding f;
    f.code = code;
    f.severity = severity;
    f.stage = stage;
    f.novaException = severity == rules::Severity::Error ? exception : QString();
    f.keys = keys;
    f.message = message;
    f.fix = fix;
    return f;
}

QString value(const flavors::PropertyList &list, const char *key)
{
    return list.value(QLatin1String(key)).value_or(QString());
}

// Machine types the host's QEMU offers for an architecture (<guest><arch name=...><machine>).
QStringList machinesFor(const QString &capabilitiesXml, const QString &arch)
{
    QStringList out;
    QXmlStreamReader xml(capabilitiesXml);
    bool inArch = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("arch"))
            inArch = xml.attributes().value(QLatin1String("name")) == arch;
        else if (xml.isEndElement() && xml.name() == QLatin1String("arch"))
            inArch = false;
        else if (inArch && xml.isStartElement() && xml.name() == QLatin1String("machine")) {
            const QString canonical = xml.attributes().value(QLatin1String("canonical")).toString();
            out << xml.readElementText();
            if (!canonical.isEmpty())
                out << canonical;
        }
    }
    return out;
}

bool isQemu(const inventory::HostSnapshot &host)
{
    return host.identity().hypervisorType.compare(QLatin1String("QEMU"), Qt::CaseInsensitive) == 0;
}

std::optional<VersionNumber> versionOf(const inventory::HostSnapshot &host, const QString &component)
{
    if (component == QLatin1String("libvirt"))
        return VersionNumber::parse(host.identity().libvirtVersion);
    if (component == QLatin1String("QEMU"))
        return isQemu(host) ? VersionNumber::parse(host.identity().hypervisorVersion) : std::nullopt;
    return VersionNumber::kernelOf(host.identity().hostVersion);
}

void checkMinimums(const QList<Minimum> &mins, const inventory::HostSnapshot &host, const QString &code, const QStringList &keys,
                   QList<rules::Finding> &out)
{
    for (const Minimum &m : mins) {
        const std::optional<VersionNumber> have = versionOf(host, m.component);
        if (!have) {
            out.append(finding(rules::Severity::Info, rules::Stage::C, code, {}, keys,
                               FindingText::tr("The host's %1 version is not known; vDeck cannot check %2.").arg(m.component, m.text())));
        } else if (*have < m.version) {
            out.append(finding(rules::Severity::Error, rules::Stage::C, code, QStringLiteral("NoValidHost"), keys,
                               FindingText::tr("%1 %2 on %3 is below the minimum: %4.").arg(m.component, have->toString(), host.identity().hostname, m.text()),
                               QStringLiteral("upgrade %1 on the host to %2 or later").arg(m.component, m.version.toString())));
        }
    }
}

void checkViommu(const flavors::Flavor &flavor, const inventory::HostSnapshot &host, const domainxml::ComputeProfile &profile,
                 rules::NovaRelease release, QList<rules::Finding> &out)
{
    QString model = value(flavor.extraSpecs, "hw:viommu_model");
    if (model.isEmpty())
        model = value(flavor.imageProperties, "hw_viommu_model");
    if (model.isEmpty() || !release.atLeast(26) || (profile.virtType != QLatin1String("kvm") && profile.virtType != QLatin1String("qemu")))
        return;
    const QStringList keys{QStringLiteral("hw:viommu_model"), QStringLiteral("hw_machine_type")};
    QString arch = value(flavor.imageProperties, "hw_architecture");
    if (arch.isEmpty())
        arch = host.capabilities().arch.isEmpty() ? QStringLiteral("x86_64") : host.capabilities().arch;
    const bool x86 = arch == QLatin1String("x86_64") || arch == QLatin1String("i686");
    const bool arm = arch == QLatin1String("aarch64");
    if (!x86 && !arm)
        return; // rules: viommu.architecture
    const QString image = value(flavor.imageProperties, "hw_machine_type");
    const QString configured = profile.machineTypeFor(arch);
    const QString machine = !image.isEmpty() ? image : !configured.isEmpty() ? configured : x86 ? QStringLiteral("pc") : QStringLiteral("virt");
    const QString need = x86 ? QStringLiteral("q35") : QStringLiteral("virt");
    if (image.isEmpty() && !machine.contains(need)) // an image value is the rules' viommu.machine-type
        out.append(finding(rules::Severity::Error, rules::Stage::D, QStringLiteral("host.viommu-machine-type"), QStringLiteral("InvalidVIOMMUMachineType"), keys,
                           FindingText::tr("On %1 an %2 guest gets machine type %3 (%4), which has no vIOMMU: spawn fails. "
                                           "The host could also default to it: [libvirt]hw_machine_type=%2=%5.")
                               .arg(host.identity().hostname, arch, machine, configured.isEmpty() ? FindingText::tr("the default; the profile sets no [libvirt]hw_machine_type") : QStringLiteral("[libvirt]hw_machine_type"), need),
                           QStringLiteral("set image property hw_machine_type=%1").arg(need)));
    const QStringList offered = machinesFor(host.capabilitiesXml(), arch);
    if (machine.contains(need) && !offered.isEmpty() && std::none_of(offered.cbegin(), offered.cend(), [&](const QString &m) { return m.contains(need); }))
        out.append(finding(rules::Severity::Error, rules::Stage::D, QStringLiteral("host.viommu-machine-type"), QStringLiteral("libvirtError"), keys,
                           FindingText::tr("The host's QEMU offers no %1 machine type for %2 (it has: %3).").arg(need, arch, offered.join(QStringLiteral(", ")))));
    const std::optional<VersionNumber> libvirt = VersionNumber::parse(host.identity().libvirtVersion);
    const Minimum virtio = minimums::viommuVirtio();
    const bool virtioOk = libvirt && *libvirt >= virtio.version;
    QString effective = model;
    if (model == QLatin1String("auto")) {
        effective = virtioOk ? QStringLiteral("virtio") : x86 ? QStringLiteral("intel") : QStringLiteral("smmuv3");
        out.append(finding(rules::Severity::Info, rules::Stage::D, QStringLiteral("host.viommu-auto-model"), {}, {QStringLiteral("hw:viommu_model")},
                           FindingText::tr("hw:viommu_model=auto becomes %1 on %2 (libvirt %3; %4).")
                               .arg(effective, host.identity().hostname, libvirt ? libvirt->toString() : QStringLiteral("unknown"), virtio.text())));
    }
    const auto unsupported = [&](const QString &why) {
        out.append(finding(rules::Severity::Error, rules::Stage::D, QStringLiteral("host.viommu-model-unsupported"), QStringLiteral("libvirtError"),
                           {QStringLiteral("hw:viommu_model")}, why, x86 ? QStringLiteral("use hw:viommu_model=intel") : QStringLiteral("use hw:viommu_model=smmuv3")));
    };
    if (effective == QLatin1String("virtio") && !virtioOk && libvirt)
        unsupported(FindingText::tr("vIOMMU model virtio needs %1; %2 has libvirt %3 (Nova does not report COMPUTE_VIOMMU_MODEL_VIRTIO there).")
                        .arg(virtio.text(), host.identity().hostname, libvirt->toString()));
    else if (effective == QLatin1String("intel") && !x86)
        unsupported(FindingText::tr("vIOMMU model intel exists only for x86 q35 guests, not %1.").arg(arch));
    else if (effective == QLatin1String("smmuv3") && !arm)
        unsupported(FindingText::tr("vIOMMU model smmuv3 exists only for aarch64 virt guests, not %1.").arg(arch));
    else if ((effective == QLatin1String("virtio") && virtioOk) || (effective == QLatin1String("smmuv3") && arm))
        out.append(rules::viommuDriverAttributes(effective, release));
}

// The devices whose DMA maps guest memory, as libvirt counts them for the memlock limit.
versions::GuestMemlockInput memlockInput(const flavors::Flavor &flavor, rules::NovaRelease release)
{
    using flavors::VnicType;
    versions::GuestMemlockInput g;
    g.memoryMiB = flavor.ramMb;
    for (const flavors::RequestedPort &p : flavor.ports) {
        if (p.type() == VnicType::Vdpa)
            ++g.vdpa;
        else if (p.type() == VnicType::Direct || p.type() == VnicType::DirectPhysical || p.type() == VnicType::RemoteManaged)
            ++g.vfio;
    }
    for (const QString &alias : value(flavor.extraSpecs, "pci_passthrough:alias").split(QLatin1Char(','), Qt::SkipEmptyParts))
        g.vfio += qMax(1, alias.section(QLatin1Char(':'), 1).trimmed().toInt());
    g.vfio += flavors::vgpuCount(flavor).toInt(); // mdevs are VFIO devices too
    g.viommu = release.atLeast(26) && !(value(flavor.extraSpecs, "hw:viommu_model").isEmpty() && value(flavor.imageProperties, "hw_viommu_model").isEmpty());
    QString locked = value(flavor.extraSpecs, "hw:locked_memory");
    if (locked.isEmpty())
        locked = value(flavor.imageProperties, "hw_locked_memory");
    g.locked = release.atLeast(26) && pyparse::lenientBool(locked);
    return g;
}

// The locked-memory limit libvirt gives this guest on this host (versions/memlocklimit.h): below
// what its devices map (libvirt < 8.7.0 with several of them) QEMU fails to map DMA; an info
// when libvirt counts the guest memory more than once.
void checkMemlock(const flavors::Flavor &flavor, const inventory::HostSnapshot &host, rules::NovaRelease release,
                  QList<rules::Finding> &out)
{
    if (!isQemu(host))
        return;
    const versions::GuestMemlockInput guest = memlockInput(flavor, release);
    const std::optional<VersionNumber> libvirt = VersionNumber::parse(host.identity().libvirtVersion);
    const versions::MemlockLimit set = versions::libvirtMemlockLimit(libvirt, guest);
    if (set.unlimited || set.bytes == 0)
        return;
    const versions::MemlockLimit needed = versions::libvirtMemlockLimit(versions::memlockPerDeviceSince(), guest);
    const auto gib = [](qint64 bytes) { return QString::number(double(bytes) / (1024.0 * 1024 * 1024), 'f', 1); };
    const QStringList keys{QStringLiteral("hw:locked_memory")};
    if (set.below(needed)) {
        out.append(finding(rules::Severity::Warning, rules::Stage::D, QStringLiteral("host.memlock-per-device"), QStringLiteral("libvirtError"), keys,
                           FindingText::tr("libvirt %1 on %2 lets this guest lock %3 GiB (%4), but its devices map guest memory %5 times "
                                           "(%6 GiB); QEMU fails to map DMA for the later devices.")
                               .arg(libvirt ? libvirt->toString() : QStringLiteral("?"), host.identity().hostname, gib(set.bytes), set.rule)
                               .arg(needed.factor)
                               .arg(gib(needed.bytes)),
                           release.atLeast(26) ? QStringLiteral("set hw:locked_memory=true with hw:mem_page_size, or upgrade libvirt to 8.7.0 or later")
                                               : QStringLiteral("upgrade libvirt to 8.7.0 or later")));
        return;
    }
    if (set.factor < 2) // guest memory + 1 GiB: what libvirt has always set for one device
        return;
    out.append(finding(rules::Severity::Info, rules::Stage::D, QStringLiteral("host.memlock-limit"), {}, keys,
                       FindingText::tr("libvirt %1 on %2 lets this guest's QEMU lock %3 GiB of memory (%4).")
                           .arg(libvirt ? libvirt->toString() : QStringLiteral("?"), host.identity().hostname, gib(set.bytes), set.rule)));
}

} // namespace

QList<rules::Finding> checkHostRequirements(const flavors::Flavor &flavor, const inventory::HostSnapshot &host,
                                            const domainxml::ComputeProfile &profile, rules::NovaRelease release)
{
    QList<rules::Finding> out;
    if (isQemu(host))
        checkMinimums(novaComputeMinimums(release), host, QStringLiteral("host.nova-minimum"), {}, out);
    checkViommu(flavor, host, profile, release, out);
    checkMemlock(flavor, host, release, out);
    const bool vdpa = std::any_of(flavor.ports.cbegin(), flavor.ports.cend(), [](const flavors::RequestedPort &p) { return p.type() == flavors::VnicType::Vdpa; });
    if (vdpa && isQemu(host))
        checkMinimums(minimums::vdpa(), host, QStringLiteral("host.vdpa-minimum"), {}, out);
    return out;
}

QList<Minimum> appliedMinimums(rules::NovaRelease release)
{
    return novaComputeMinimums(release) + QList<Minimum>{minimums::viommuVirtio()} + minimums::vdpa();
}

} // namespace hostfit
