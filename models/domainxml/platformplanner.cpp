#include "domainxml/platformplanner.h"

#include "core/findingtext.h"
#include "domainxml/identity.h"
#include "pycompat/pyparse.h"

#include <QRegularExpression>

namespace domainxml {
namespace {

bool x86(const QString &arch)
{
    return arch == QLatin1String("x86_64") || arch == QLatin1String("i686");
}

QString specValue(const flavors::Flavor &flavor, const char *key)
{
    return flavor.extraSpecs.value(QString::fromLatin1(key)).value_or(QString());
}

// nova/virt/driver.py (32.0.0) ImageMeta.from_instance: the properties as ImageMetaProps coerced
// them (to_dict), written with str(): FlexibleBooleanFields become True / False.
QString imagePropertyText(const QString &key, const QString &value)
{
    static const QStringList booleans{
        QStringLiteral("hw_boot_menu"), QStringLiteral("hw_firmware_stateless"), QStringLiteral("hw_ipxe_boot"),
        QStringLiteral("hw_locked_memory"), QStringLiteral("hw_mem_encryption"), QStringLiteral("hw_pmu"),
        QStringLiteral("hw_qemu_guest_agent"), QStringLiteral("hw_time_hpet"), QStringLiteral("hw_vif_multiqueue_enabled"),
        QStringLiteral("hw_ephemeral_encryption"), QStringLiteral("hw_virtio_packed_ring"), QStringLiteral("img_bittorrent"),
        QStringLiteral("img_bdm_v2"), QStringLiteral("img_cache_in_nova"), QStringLiteral("img_linked_clone"),
        QStringLiteral("img_use_agent"), QStringLiteral("img_hide_hypervisor_id"), QStringLiteral("os_require_quiesce"),
        QStringLiteral("os_skip_agent_inject_files_at_boot"), QStringLiteral("os_skip_agent_inject_ssh")};
    if (booleans.contains(key))
        return pyparse::lenientBool(value) ? QStringLiteral("True") : QStringLiteral("False");
    return value;
}

// nova/virt/libvirt/driver.py (31.0.0) _get_guest_config_meta; (32.0.0) adds the flavor id, its
// extra specs (LibvirtConfigGuestMetaNovaFlavorExtraSpecs) and the image with its properties
// (LibvirtConfigGuestMetaImage), nova/virt/libvirt/config.py (32.0.0).
InstanceMetadata metadata(const flavors::Flavor &flavor, rules::NovaRelease release, const GuestPlan &plan)
{
    InstanceMetadata m;
    m.package = novaVersion(release);
    m.name = plan.name;
    m.flavorName = flavor.name;
    m.flavorId = flavor.id.isEmpty() ? stableUuid(flavor.name, QStringLiteral("flavor")) : flavor.id;
    m.memoryMb = flavor.ramMb;
    m.diskGb = flavor.diskGb;
    m.swapMb = flavor.swapMb;
    m.ephemeralGb = flavor.ephemeralGb;
    m.vcpus = flavor.vcpus;
    m.flavorDetails = release.atLeast(32);
    for (const flavors::Property &p : flavor.extraSpecs.items())
        m.extraSpecs.append({p.key, p.value});
    for (const flavors::Property &p : flavor.imageProperties.items())
        m.imageProperties.append({p.key, imagePropertyText(p.key, p.value)});
    m.imageUuid = stableUuid(flavor.name, QStringLiteral("image"));
    return m;
}

// host.Host.supports_secure_boot: a firmware of the domain capabilities with <enum name='secure'>
// <value>yes</value>; a snapshot without domain capabilities counts as supporting it
bool hostSupportsSecureBoot(const inventory::HostSnapshot &host)
{
    const QString caps = host.domainCapabilitiesXml();
    static const QRegularExpression secure(QStringLiteral("<enum name=['\"]secure['\"]>\\s*(<value>no</value>\\s*)?<value>yes</value>"));
    return caps.isEmpty() || secure.match(caps).hasMatch();
}

// _configure_guest_by_virt_type: UEFI for hw_firmware_type=uefi and for every aarch64 guest.
// nova/virt/libvirt/driver.py (33.0.0) leaves the loader and NVRAM to libvirt (os firmware
// 'efi'); up to 32.0.0 Nova picks them from the host's QEMU firmware descriptors
// (host.Host.get_loader), which a snapshot does not hold.
void planFirmware(const flavors::Flavor &flavor, const inventory::HostSnapshot &host, rules::NovaRelease release, GuestPlan &plan,
                  QList<rules::Finding> &findings)
{
    QString type = flavor.imageProperties.value(QStringLiteral("hw_firmware_type")).value_or(QString());
    if (type.isEmpty() && plan.arch == QLatin1String("aarch64"))
        type = QStringLiteral("uefi");
    if (type != QLatin1String("uefi") || !plan.platform.kvmLike)
        return;
    PlatformPlan &p = plan.platform;
    // hardware.get_secure_boot_constraint: os:secure_boot, else the image's os_secure_boot
    QString policy = specValue(flavor, "os:secure_boot");
    if (policy.isEmpty())
        policy = flavor.imageProperties.value(QStringLiteral("os_secure_boot")).value_or(QString());
    // _check_secure_boot_support: the host, and q35 on x86_64
    const bool supported = hostSupportsSecureBoot(host) && (plan.arch != QLatin1String("x86_64") || plan.machine.contains(QLatin1String("q35")));
    if (policy == QLatin1String("required") && !supported) {
        rules::Finding f;
        f.code = QStringLiteral("firmware.secure-boot-unsupported");
        f.stage = rules::Stage::D;
        f.novaException = QStringLiteral("SecureBootNotSupported");
        f.keys = {QStringLiteral("os:secure_boot"), QStringLiteral("hw_machine_type")};
        f.message = FindingText::tr("Secure boot is required, but the host's firmware or the machine type (%1) does not support it.").arg(plan.machine);
        f.fix = QStringLiteral("use a q35 machine type on a host with a secure-boot OVMF, or os:secure_boot=optional");
        findings.append(f);
        return;
    }
    p.secureBoot = policy == QLatin1String("required") || (policy == QLatin1String("optional") && supported);
    const std::optional<QString> stateless = flavor.imageProperties.value(QStringLiteral("hw_firmware_stateless"));
    p.statelessFirmware = stateless && pyparse::lenientBool(*stateless);
    p.efi = release.atLeast(33);
    if (!p.efi) {
        rules::Finding f;
        f.code = QStringLiteral("firmware.loader-from-host");
        f.stage = rules::Stage::D;
        f.severity = rules::Severity::Info;
        f.keys = {QStringLiteral("hw_firmware_type")};
        f.message = FindingText::tr("Nova %1 picks the UEFI loader and NVRAM template from the host's QEMU firmware descriptors; "
                                    "the preview shows neither <loader> nor <nvram>.").arg(release.major());
        findings.append(f);
    }
}

} // namespace

QString novaVersion(rules::NovaRelease release)
{
    return release.isMaster() ? QStringLiteral("%1.0.0.dev").arg(release.major()) : QStringLiteral("%1.0.0").arg(release.major());
}

void planPlatform(const flavors::Flavor &flavor, const inventory::HostSnapshot &host, const ComputeProfile &profile,
                  rules::NovaRelease release, GuestPlan &plan, QList<rules::Finding> &findings)
{
    PlatformPlan &p = plan.platform;
    p.kvmLike = profile.virtType == QLatin1String("kvm") || profile.virtType == QLatin1String("qemu");
    // _configure_guest_by_virt_type: sysinfo and smbios for x86 kvm/qemu guests
    p.sysinfo = p.kvmLike && x86(plan.arch);
    p.sysinfoVersion = novaVersion(release);
    // _set_clock -> _set_kvm_timers: only for virt_type kvm; hpet (present = hw_time_hpet) on x86
    p.kvmTimers = profile.virtType == QLatin1String("kvm");
    if (p.kvmTimers && x86(plan.arch)) {
        const std::optional<QString> hpet = flavor.imageProperties.value(QStringLiteral("hw_time_hpet"));
        p.hpet = hpet ? pyparse::lenientBool(*hpet) : false;
    }
    // _add_rng_device (kvm/qemu): hw_rng:allowed defaults to True; the rate only with rate_bytes
    if (p.kvmLike) {
        const QString allowed = specValue(flavor, "hw_rng:allowed");
        p.rng = allowed.isEmpty() || pyparse::lenientBool(allowed);
        const int bytes = specValue(flavor, "hw_rng:rate_bytes").toInt();
        if (p.rng && bytes) {
            p.rngRateBytes = bytes;
            p.rngRatePeriod = specValue(flavor, "hw_rng:rate_period").toInt();
        }
    }
    // _create_consoles_qemu_kvm -> _create_pty_device: the console log in the instance directory
    if (p.kvmLike)
        p.consoleLog = QStringLiteral("/var/lib/nova/instances/%1/console.log").arg(plan.uuid);
    // nova/virt/libvirt/config.py (32.0.0) LibvirtConfigMemoryBalloon.format_dom sets
    // autodeflate='on' and freePageReporting='on'; 31.0.0 writes neither
    p.balloonReporting = release.atLeast(32);
    // nova/virt/libvirt/driver.py (33.0.0) _get_guest_config: guest.iothreads =
    // _get_guest_iothread() (1) for every guest; _get_guest_numa_config pins it with the emulator
    p.iothreads = release.atLeast(33) ? 1 : 0;
    plan.cpu.iothreadPin = release.atLeast(33) && plan.cpu.cputune;
    // _configure_guest_by_virt_type: the image's hw_boot_menu, else the flavor's hw:boot_menu
    if (p.kvmLike) {
        const std::optional<QString> image = flavor.imageProperties.value(QStringLiteral("hw_boot_menu"));
        p.bootMenu = pyparse::lenientBool(image ? *image : specValue(flavor, "hw:boot_menu"));
    }
    planFirmware(flavor, host, release, plan, findings);
    plan.metadata = metadata(flavor, release, plan);
}

} // namespace domainxml
