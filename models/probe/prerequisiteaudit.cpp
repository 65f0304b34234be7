#include "probe/prerequisiteaudit.h"
#include "core/findingtext.h"

#include "probe/novadevicespec.h"
#include "versions/minimums.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace probe {

using rules::Severity;
using rules::Stage;

namespace {
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 GiB = 1024 * MiB;

rules::Finding finding(const char *code, Severity severity, Stage stage, const QString &message, const QString &fix)
{
    rules::Finding f;
    f.code = QLatin1String(code);
    f.severity = severity;
    f.stage = stage;
    f.message = message;
    f.fix = fix;
    return f;
}

QString bytesText(qint64 bytes)
{
    if (bytes == hostfacts::kUnlimited)
        return QStringLiteral("unlimited");
    return bytes >= GiB && bytes % GiB == 0 ? QStringLiteral("%1 GiB").arg(bytes / GiB) : QStringLiteral("%1 MiB").arg(bytes / MiB);
}

QString pageText(qint64 kib)
{
    return kib >= 1024 * 1024 ? QStringLiteral("%1G").arg(kib / (1024 * 1024)) : QStringLiteral("%1M").arg(kib / 1024);
}

bool usesDevices(const HostNeeds &n) { return n.vfsInUse > 0 || n.vdpaInUse > 0 || n.mdevsInUse > 0; }
}

QJsonObject auditFindingJson(const rules::Finding &f)
{
    return {{QStringLiteral("code"), f.code}, {QStringLiteral("severity"), rules::severityName(f.severity)},
            {QStringLiteral("message"), f.message}, {QStringLiteral("fix"), f.fix}};
}

std::optional<qint64> parseSystemdLimit(const QString &value)
{
    const QString hard = value.section(QLatin1Char(':'), -1).trimmed();
    if (hard == QLatin1String("infinity"))
        return hostfacts::kUnlimited;
    static const QRegularExpression re(QStringLiteral("^(\\d+)([KMGTkmgt]?)$"));
    const QRegularExpressionMatch m = re.match(hard);
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(2).toUpper();
    const int shift = unit == QLatin1String("K") ? 10 : unit == QLatin1String("M") ? 20 : unit == QLatin1String("G") ? 30 : unit == QLatin1String("T") ? 40 : 0;
    return m.captured(1).toLongLong() << shift;
}

PrerequisiteAudit::PrerequisiteAudit(const hostfacts::HostFacts &facts, const HostNeeds &needs)
    : m_facts(facts)
    , m_needs(needs)
{
}

QList<rules::Finding> PrerequisiteAudit::run() const
{
    QList<rules::Finding> out;
    checkProbes(&out);
    checkIommu(&out);
    checkHugepages(&out);
    checkMemlock(&out);
    checkNova(&out);
    checkDeviceSpec(&out);
    checkNvidia(&out);
    checkVersions(&out);
    checkRealtime(&out);
    return out;
}

void PrerequisiteAudit::checkProbes(QList<rules::Finding> *out) const
{
    if (m_facts.probes().isEmpty()) {
        out->append(finding("HOST_FACTS_MISSING", Severity::Warning, Stage::D,
                            FindingText::tr("There are no host facts: the IOMMU, hugepage, memlock, nova.conf and NVIDIA vGPU checks were "
                                           "skipped; only the versions libvirt reports were checked."),
                            FindingText::tr("Probe the host over ssh (vdeckctl audit --ssh USER@HOST, or vdeckctl capture --ssh to keep the "
                                           "facts in the snapshot).")));
        return;
    }
    for (const hostfacts::ProbeStatus &p : m_facts.probes()) {
        if (p.ok && !p.truncated)
            continue;
        out->append(finding("HOST_FACTS_INCOMPLETE", Severity::Warning, Stage::D,
                            FindingText::tr("The %1 facts could not be read completely: %2")
                                .arg(p.probe, p.truncated ? FindingText::tr("output cap reached") : p.error),
                            FindingText::tr("Probe the host again; checks that depend on these facts were skipped or may be wrong.")));
    }
}

void PrerequisiteAudit::checkIommu(QList<rules::Finding> *out) const
{
    if (!usesDevices(m_needs) || !m_facts.probed(QStringLiteral("cmdline")))
        return;
    const QStringList args = m_facts.kernel().cmdline.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool on = args.contains(QLatin1String("intel_iommu=on")) || args.contains(QLatin1String("amd_iommu=on"));
    const bool off = args.contains(QLatin1String("intel_iommu=off")) || args.contains(QLatin1String("amd_iommu=off"));
    const bool groups = !m_facts.iommuGroups().isEmpty();
    if (on && !off)
        return;
    const QString fix = FindingText::tr("Enable VT-d/AMD-Vi in the firmware and add intel_iommu=on (or amd_iommu=on) and "
                                       "iommu=pt to the kernel command line, then reboot.");
    if (off || !groups) {
        out->append(finding("HOST_IOMMU_OFF", Severity::Error, Stage::D,
                            FindingText::tr("The IOMMU is not enabled (%1) while %2 VF(s), %3 vDPA device(s) and %4 mdev(s) are in use.")
                                .arg(off ? FindingText::tr("disabled on the kernel command line") : FindingText::tr("no IOMMU groups"))
                                .arg(m_needs.vfsInUse).arg(m_needs.vdpaInUse).arg(m_needs.mdevsInUse),
                            fix));
    } else {
        out->append(finding("HOST_IOMMU_NOT_ON_CMDLINE", Severity::Warning, Stage::D,
                            FindingText::tr("IOMMU groups exist, but the kernel command line does not say intel_iommu=on or amd_iommu=on; "
                                           "the IOMMU depends on the kernel's build default."),
                            fix));
    }
}

void PrerequisiteAudit::checkHugepages(QList<rules::Finding> *out) const
{
    if (m_needs.pageSizes.isEmpty() || !m_facts.probed(QStringLiteral("hugepages")))
        return;
    if (m_facts.parts().hugetlbfsMounts.isEmpty()) {
        out->append(finding("HOST_HUGETLBFS_NOT_MOUNTED", Severity::Warning, Stage::D,
                            FindingText::tr("Flavors request hugepages but no hugetlbfs is mounted."),
                            FindingText::tr("Mount hugetlbfs (e.g. at /dev/hugepages; systemd's dev-hugepages.mount) and restart libvirt.")));
    }
    for (const PageSizeNeed &need : m_needs.pageSizes) {
        const QString size = pageText(need.pageSizeKiB);
        QList<hostfacts::HugePagePool> pools;
        for (const hostfacts::HugePagePool &p : m_facts.hugepagePools(need.pageSizeKiB)) {
            if (need.numaNode < 0 || p.node == need.numaNode)
                pools.append(p);
        }
        const QString where = need.numaNode < 0 ? FindingText::tr("any NUMA node") : FindingText::tr("NUMA node %1").arg(need.numaNode);
        qint64 total = 0;
        qint64 bestFree = 0;
        for (const hostfacts::HugePagePool &p : pools) {
            total += p.total;
            bestFree = qMax(bestFree, p.free);
        }
        if (total == 0) {
            out->append(finding("HOST_HUGEPAGES_NOT_RESERVED", Severity::Error, Stage::C,
                                FindingText::tr("No %1 hugepages are reserved on %2, but flavors request hw:mem_page_size=%1.").arg(size, where),
                                FindingText::tr("Reserve them at boot (hugepagesz=%1 hugepages=N on the kernel command line) or per node in "
                                               "/sys/devices/system/node/nodeN/hugepages/hugepages-%2kB/nr_hugepages.")
                                    .arg(size).arg(need.pageSizeKiB)));
        } else if (bestFree < qMax<qint64>(need.pages, 1)) {
            out->append(finding("HOST_HUGEPAGES_NOT_FREE", Severity::Warning, Stage::C,
                                FindingText::tr("%1 hugepages are reserved on %2, but at most %3 are free where %4 are needed.")
                                    .arg(size, where).arg(bestFree).arg(qMax<qint64>(need.pages, 1)),
                                FindingText::tr("Reserve more %1 pages on that node, or move guests that hold them.").arg(size)));
        }
    }
}

std::optional<QPair<qint64, QString>> PrerequisiteAudit::qemuMemlock() const
{
    const hostfacts::MemlockFacts &m = m_facts.memlock();
    std::optional<QPair<qint64, QString>> best;
    auto lower = [&best](qint64 bytes, const QString &source) {
        if (!best || (bytes != hostfacts::kUnlimited && (best->first == hostfacts::kUnlimited || bytes < best->first)))
            best = qMakePair(bytes, source);
    };
    for (const hostfacts::MemlockLimit &p : m.processes) {
        if (p.process.startsWith(QLatin1String("qemu")) || p.process == QLatin1String("kvm"))
            lower(p.hardBytes, QStringLiteral("%1 (%2)").arg(p.source, p.process));
    }
    if (best)
        return best; // running QEMU processes say it best
    for (const hostfacts::MemlockLimit &p : m.processes)
        lower(p.hardBytes, QStringLiteral("%1 (%2)").arg(p.source, p.process));
    for (const hostfacts::ConfigLine &c : m.systemd) {
        if (const std::optional<qint64> bytes = parseSystemdLimit(c.value))
            lower(*bytes, QStringLiteral("%1 (%2=%3)").arg(c.file, c.key, c.value));
    }
    return best;
}

void PrerequisiteAudit::checkMemlock(QList<rules::Finding> *out) const
{
    if ((m_needs.vdpaInUse == 0 && m_needs.vfsInUse == 0) || m_needs.lockedMemory || m_needs.maxGuestRamMiB <= 0)
        return;
    const std::optional<QPair<qint64, QString>> limit = qemuMemlock();
    // What libvirt sets for the most demanding guest (versions/memlocklimit.h, by the host's
    // libvirt version); at least its VFIO rule RAM + 1 GiB for the largest guest.
    qint64 required = m_needs.maxGuestRamMiB * MiB + GiB;
    const std::optional<versions::VersionNumber> libvirt =
        versions::VersionNumber::parse(m_needs.libvirtVersion.isEmpty() ? m_facts.versions().libvirt : m_needs.libvirtVersion);
    for (const versions::GuestMemlockInput &g : m_needs.memlockGuests)
        required = qMax(required, versions::libvirtMemlockLimit(libvirt, g).bytes);
    if (!limit || limit->first == hostfacts::kUnlimited || limit->first >= required)
        return;
    const bool vdpa = m_needs.vdpaInUse > 0;
    out->append(finding("HOST_MEMLOCK_TOO_LOW", vdpa ? Severity::Error : Severity::Warning, Stage::D,
                        FindingText::tr("QEMU may lock at most %1 (%2), but a %3 MiB guest with %4 needs %5.")
                            .arg(bytesText(limit->first), limit->second)
                            .arg(m_needs.maxGuestRamMiB)
                            .arg(vdpa ? QStringLiteral("vDPA devices") : QStringLiteral("VFIO devices"), bytesText(required)),
                        FindingText::tr("Use hw:locked_memory=true with hw:mem_page_size (Nova >= 26) so libvirt lifts the limit, or "
                                       "raise LimitMEMLOCK for virtqemud/libvirtd.")));
}

void PrerequisiteAudit::checkNova(QList<rules::Finding> *out) const
{
    if (!m_facts.probed(QStringLiteral("nova")))
        return;
    if (m_needs.dedicatedFlavors && !m_facts.novaValue(QStringLiteral("compute"), QStringLiteral("cpu_dedicated_set"))) {
        out->append(finding("NOVA_NO_CPU_DEDICATED_SET", Severity::Error, Stage::C,
                            FindingText::tr("Flavors ask for dedicated CPUs but nova.conf has no [compute]cpu_dedicated_set, so the host "
                                           "reports no PCPU inventory."),
                            FindingText::tr("Set [compute]cpu_dedicated_set (and cpu_shared_set) to the host's isolated cores.")));
    }
    const QStringList enabled = m_facts.novaValue(QStringLiteral("devices"), QStringLiteral("enabled_mdev_types"))
                                    .value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList trimmed;
    for (const QString &t : enabled)
        trimmed.append(t.trimmed());
    for (const QString &type : m_needs.mdevTypes) {
        if (!trimmed.contains(type)) {
            out->append(finding("NOVA_MDEV_TYPE_NOT_ENABLED", Severity::Error, Stage::C,
                                FindingText::tr("Flavors request mdev type %1, but [devices]enabled_mdev_types does not list it.").arg(type),
                                FindingText::tr("Add %1 to [devices]enabled_mdev_types and give it a [mdev_%1] section with "
                                               "device_addresses.").arg(type)));
        }
    }
    if (!m_facts.novaValues(QStringLiteral("pci"), QStringLiteral("passthrough_whitelist")).isEmpty()) {
        out->append(finding("NOVA_PASSTHROUGH_WHITELIST_DEPRECATED", Severity::Warning, Stage::D,
                            FindingText::tr("nova.conf uses the deprecated [pci]passthrough_whitelist."),
                            FindingText::tr("Rename it to [pci]device_spec (Nova >= 26).")));
    }
}

void PrerequisiteAudit::checkDeviceSpec(QList<rules::Finding> *out) const
{
    QStringList values = m_facts.novaValues(QStringLiteral("pci"), QStringLiteral("device_spec"));
    values += m_facts.novaValues(QStringLiteral("pci"), QStringLiteral("passthrough_whitelist"));
    const QList<DeviceSpecAddress> specs = parseDeviceSpecs(values);
    auto listed = [&specs](const QString &address) {
        for (const DeviceSpecAddress &s : specs) {
            if (s.matches(address))
                return true;
        }
        return false;
    };
    QSet<QString> reported;
    for (auto it = m_facts.sriovPhysfn().cbegin(); it != m_facts.sriovPhysfn().cend(); ++it) {
        if (reported.contains(it.value()) || !listed(it.key()) || !listed(it.value()))
            continue;
        reported.insert(it.value());
        out->append(finding("NOVA_DEVICE_SPEC_PF_AND_VF", Severity::Error, Stage::D,
                            FindingText::tr("[pci]device_spec matches both the PF %1 and its VF %2; nova-compute (>= 26) refuses to start.")
                                .arg(it.value(), it.key()),
                            FindingText::tr("List either the PF or its VFs (for vDPA, the parent VF), not both.")));
    }
}

void PrerequisiteAudit::checkNvidia(QList<rules::Finding> *out) const
{
    if (m_facts.nvidiaVgpuVfs().isEmpty() || !m_facts.parts().mdevParents.isEmpty())
        return;
    out->append(finding("HOST_NVIDIA_VGPU_VF_NO_MDEV", Severity::Warning, Stage::C,
                        FindingText::tr("%1 NVIDIA vGPU VF(s) use the vendor-specific VFIO driver and there is no mdev bus: Nova's mdev "
                                       "support (enabled_mdev_types) cannot use them.")
                            .arg(m_facts.nvidiaVgpuVfs().size()),
                        FindingText::tr("Configure the VFs as PCI passthrough ([pci]device_spec and alias, Nova >= 31), with the "
                                       "vGPU type set through current_vgpu_type.")));
}

void PrerequisiteAudit::checkVersions(QList<rules::Finding> *out) const
{
    using versions::Minimum;
    using versions::VersionNumber;
    const QString libvirt = m_needs.libvirtVersion.isEmpty() ? m_facts.versions().libvirt : m_needs.libvirtVersion;
    const QString qemu = m_needs.qemuVersion.isEmpty() ? m_facts.versions().qemu : m_needs.qemuVersion;
    const QString kernel = m_facts.kernel().release;
    // A version nobody reported, or one that is not a version, is not compared.
    auto below = [out](const QString &have, const Minimum &min, const char *code, const QString &what, Severity s, Stage stage) {
        const std::optional<VersionNumber> version = VersionNumber::parse(have);
        if (version && *version < min.version) {
            out->append(finding(code, s, stage, FindingText::tr("%1 %2 is below the minimum %3.").arg(what, have, min.version.toString()),
                                FindingText::tr("Upgrade to %1 or later.").arg(min.version.toString())));
        }
    };
    const auto of = [](const QList<Minimum> &list, const char *component) {
        return *std::find_if(list.cbegin(), list.cend(), [component](const Minimum &m) { return m.component == QLatin1String(component); });
    };
    const QList<Minimum> nova = versions::minimums::novaCompute();
    below(libvirt, of(nova, "libvirt"), "HOST_LIBVIRT_BELOW_NOVA_MINIMUM", QStringLiteral("libvirt"), Severity::Warning, Stage::D);
    below(qemu, of(nova, "QEMU"), "HOST_QEMU_BELOW_NOVA_MINIMUM", QStringLiteral("QEMU"), Severity::Warning, Stage::D);
    if (m_needs.vdpaInUse > 0) { // below them Nova lists no vDPA devices: no host has room (stage C)
        const QList<Minimum> vdpa = versions::minimums::vdpa();
        below(kernel, of(vdpa, "kernel"), "HOST_KERNEL_TOO_OLD_FOR_VDPA", QStringLiteral("The kernel"), Severity::Error, Stage::C);
        below(libvirt, of(vdpa, "libvirt"), "HOST_LIBVIRT_TOO_OLD_FOR_VDPA", QStringLiteral("libvirt"), Severity::Error, Stage::C);
        below(qemu, of(vdpa, "QEMU"), "HOST_QEMU_TOO_OLD_FOR_VDPA", QStringLiteral("QEMU"), Severity::Error, Stage::C);
    }
    if (m_needs.viommuModels.contains(QLatin1String("virtio")))
        below(libvirt, versions::minimums::viommuVirtio(), "HOST_LIBVIRT_TOO_OLD_FOR_VIOMMU", QStringLiteral("libvirt"), Severity::Error, Stage::D);
    if (m_needs.viommuModels.contains(QLatin1String("smmuv3")))
        below(libvirt, versions::minimums::viommuSmmuv3(), "HOST_LIBVIRT_TOO_OLD_FOR_VIOMMU", QStringLiteral("libvirt"), Severity::Error, Stage::D);
}

void PrerequisiteAudit::checkRealtime(QList<rules::Finding> *out) const
{
    if (!m_needs.realtimeFlavors)
        return;
    if (m_facts.probed(QStringLiteral("kernel")) && !m_facts.kernel().realtime) {
        out->append(finding("HOST_KERNEL_NOT_REALTIME", Severity::Warning, Stage::D,
                            FindingText::tr("Flavors ask for realtime vCPUs but kernel %1 is not PREEMPT_RT.").arg(m_facts.kernel().release),
                            FindingText::tr("Boot a PREEMPT_RT kernel with isolated cores and SMT off.")));
    }
    if (m_facts.probed(QStringLiteral("cpu")) && m_facts.cpu().isolated.isEmpty()) {
        out->append(finding("HOST_NO_ISOLATED_CPUS", Severity::Warning, Stage::D,
                            FindingText::tr("Flavors ask for realtime vCPUs but no CPUs are isolated."),
                            FindingText::tr("Isolate the cores of cpu_dedicated_set (isolcpus= or a tuned realtime profile).")));
    }
    if (m_facts.cpu().smtActive.value_or(false)) {
        out->append(finding("HOST_SMT_ACTIVE", Severity::Warning, Stage::D,
                            FindingText::tr("Flavors ask for realtime vCPUs but SMT is active."),
                            FindingText::tr("Disable SMT (nosmt on the kernel command line or in the firmware).")));
    }
}

} // namespace probe
