#include "fleet/resourcerequest.h"

#include "core/findingtext.h"
#include "pycompat/pyparse.h"
#include "rules/cpuspec.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace fleet {

namespace {

using flavors::Flavor;
using rules::NovaRelease;

QString k(const char *s) { return QString::fromLatin1(s); }

// os_resource_classes.STANDARDS (os-resource-classes 1.1).
bool isStandardResourceClass(const QString &rc)
{
    static const QSet<QString> standards{
        k("VCPU"), k("MEMORY_MB"), k("DISK_GB"), k("PCI_DEVICE"), k("SRIOV_NET_VF"), k("NUMA_SOCKET"), k("NUMA_CORE"),
        k("NUMA_THREAD"), k("NUMA_MEMORY_MB"), k("IPV4_ADDRESS"), k("VGPU"), k("VGPU_DISPLAY_HEAD"),
        k("NET_BW_EGR_KILOBIT_PER_SEC"), k("NET_BW_IGR_KILOBIT_PER_SEC"), k("PCPU"), k("MEM_ENCRYPTION_CONTEXT"),
        k("FPGA"), k("PGPU"), k("NET_PACKET_RATE_KILOPACKET_PER_SEC"), k("NET_PACKET_RATE_EGR_KILOPACKET_PER_SEC"),
        k("NET_PACKET_RATE_IGR_KILOPACKET_PER_SEC")};
    return standards.contains(rc);
}

// os_resource_classes.normalize_name: CUSTOM_ + upper case, anything else than A-Z0-9 as '_'.
QString normalizeResourceClass(const QString &name)
{
    QString out = name.toUpper();
    static const QRegularExpression other(k("[^A-Z0-9_]"));
    out.replace(other, k("_"));
    return k("CUSTOM_") + out;
}

// A trait name Nova's RequestGroup.add_trait accepts: custom, or a standard name (vDeck does
// not carry os-traits' list: any upper-case identifier counts as standard).
bool isTraitName(const QString &name)
{
    static const QRegularExpression trait(k("^[A-Z0-9_]+$"));
    return trait.match(name).hasMatch();
}

class Builder
{
public:
    Builder(const Flavor &flavor, NovaRelease release) : f(flavor), release(release) {}

    RequestGroup &group(const QString &suffix)
    {
        for (RequestGroup &g : groups) {
            if (g.suffix == suffix)
                return g;
        }
        groups.append(RequestGroup{suffix, {}, {}, {}});
        return groups.last();
    }
    // RequestGroup.add_resource: a known class and an int >= 0, else ignored (Nova warns).
    void addResource(const QString &rc, qint64 amount, const QString &suffix = {})
    {
        if (!rc.startsWith(k("CUSTOM_")) && !isStandardResourceClass(rc))
            return;
        if (amount < 0)
            return;
        group(suffix).resources.insert(rc, amount);
    }
    void addResource(const QString &rc, const QString &amount, const QString &suffix)
    {
        if (const std::optional<qint64> n = pyparse::toInt64(amount))
            addResource(rc, *n, suffix);
    }
    void addTrait(const QString &trait, const QString &type, const QString &suffix = {})
    {
        if (!isTraitName(trait))
            return;
        if (type == k("required"))
            group(suffix).required.insert(trait);
        else if (type == k("forbidden"))
            group(suffix).forbidden.insert(trait);
    }
    QMap<QString, qint64> merged() const
    {
        QMap<QString, qint64> out;
        for (const RequestGroup &g : groups) {
            for (auto it = g.resources.cbegin(); it != g.resources.cend(); ++it)
                out[it.key()] += it.value();
        }
        return out;
    }
    std::optional<QString> spec(const char *key) const { return f.extraSpecs.value(k(key)); }
    std::optional<QString> image(const char *key) const { return f.imageProperties.value(k(key)); }
    // Flavor first, then image (Nova's _get_unique_flavor_image_meta and the policy helpers;
    // a conflict between the two was refused by the API already).
    std::optional<QString> either(const char *flavorKey, const char *imageKey) const
    {
        if (const auto v = spec(flavorKey))
            return v;
        return image(imageKey);
    }
    bool eitherTrue(const char *flavorKey, const char *imageKey) const
    {
        const auto v = either(flavorKey, imageKey);
        return v && pyparse::lenientBool(*v);
    }

    const Flavor &f;
    NovaRelease release;
    QList<RequestGroup> groups;
    std::optional<QString> groupPolicy;
    bool pinningTranslated = false;
};

void extraSpecs(Builder &b)
{
    static const QRegularExpression keyPattern(k("^(resources|trait)([a-zA-Z0-9_-]{1,64})?:(.*)$"));
    for (const flavors::Property &p : b.f.extraSpecs.items()) {
        if (p.key == k("group_policy")) {
            if (p.value == k("none") || p.value == k("isolate"))
                b.groupPolicy = p.value;
            continue;
        }
        const QRegularExpressionMatch m = keyPattern.match(p.key);
        if (!m.hasMatch())
            continue;
        if (m.captured(1) == k("resources"))
            b.addResource(m.captured(3), p.value, m.captured(2));
        else
            b.addTrait(m.captured(3), p.value, m.captured(2));
    }
}

// ImageMetaProps.traits_required: image properties "trait:NAME" = "required".
void imageTraits(Builder &b)
{
    for (const flavors::Property &p : b.f.imageProperties.items()) {
        if (p.key.startsWith(k("trait:")) && p.value == k("required"))
            b.addTrait(p.key.mid(6), k("required"));
    }
}

void pinning(Builder &b, const rules::StageBResult &stageB)
{
    const std::optional<QString> policy = stageB.shape.cpuPolicy;
    qint64 pcpus = 0;
    if (policy == k("dedicated"))
        pcpus = b.f.vcpus;
    if (policy == k("mixed")) {
        std::optional<QSet<int>> dedicated;
        if (const auto mask = b.spec("hw:cpu_dedicated_mask"))
            dedicated = rules::applyCpuMask(*mask, b.f.vcpus);
        const QSet<int> cpus = dedicated && !dedicated->isEmpty() ? *dedicated : stageB.shape.realtimeCpus.value_or(QSet<int>());
        pcpus = cpus.size();
        b.addResource(k("VCPU"), b.f.vcpus - pcpus);
    }
    if (policy == k("dedicated") || policy == k("mixed")) {
        b.pinningTranslated = true;
        if (stageB.shape.emulatorThreadsPolicy == k("isolate"))
            pcpus += 1;
        b.addResource(k("PCPU"), pcpus);
    }
    const std::optional<QString> thread = stageB.shape.cpuThreadPolicy;
    if (thread == k("isolate"))
        b.addTrait(k("HW_CPU_HYPERTHREADING"), k("forbidden"));
    else if (thread == k("require"))
        b.addTrait(k("HW_CPU_HYPERTHREADING"), k("required"));
}

// RequestSpec.generate_request_groups_from_pci_requests (27+, pci_in_placement): the flavor's
// pci_passthrough:alias "name:count[,name:count]" (nova/pci/request.py
// _translate_alias_to_requests, one InstancePCIRequest per entry), then one group per requested
// device with resources {class: 1} and the alias's traits, suffixed "<request id>-<i>". Nova's
// request ids are random UUIDs; vDeck writes "_pci<entry>-<i>" (the same groups, named stably).
// ResourceRequest._add_request_group adds them after the flavor's and image's own groups.
void pciAliases(Builder &b, const PciAliasConfig &pci, ResourceRequest &r)
{
    const std::optional<QString> spec = b.spec("pci_passthrough:alias");
    if (!spec)
        return;
    r.pciOrigin = pci.origin;
    if (!pci.known) {
        r.pciUnknown = true;
        return;
    }
    if (!pci.error.isEmpty()) {
        r.error = QStringLiteral("%1: %2").arg(pci.origin, pci.error);
        return;
    }
    const QStringList entries = spec->split(QLatin1Char(','));
    QList<std::pair<const pci::PciAlias *, qint64>> requests;
    for (const QString &entry : entries) {
        const QStringList parts = entry.split(QLatin1Char(':'));
        const std::optional<qint64> count = parts.size() == 2 ? pyparse::toInt64(parts.at(1)) : std::nullopt;
        if (!count)
            return; // stage A refuses the value
        const QString name = parts.at(0).trimmed();
        const pci::PciAlias *alias = pci.alias(name);
        if (!alias) {
            r.error = QStringLiteral("PCI alias %1 is not defined (PciRequestAliasNotDefined, HTTP 400): %2 has no [pci] alias named '%1'")
                          .arg(name, pci.origin);
            return;
        }
        requests.append({alias, *count});
    }
    if (!pci.pciInPlacement) {
        for (const auto &[alias, count] : std::as_const(requests))
            r.pciOutsidePlacement.append(QStringLiteral("%1:%2").arg(alias->name).arg(count));
        return;
    }
    for (qsizetype n = 0; n < requests.size(); ++n) {
        const auto &[alias, count] = requests.at(n);
        if (alias->specs.size() != 1) {
            r.error = QStringLiteral("PCI tracking in placement does not support multiple specs per PCI request (ValueError): "
                                     "%1 defines alias '%2' %3 times")
                          .arg(pci.origin, alias->name)
                          .arg(alias->specs.size());
            return;
        }
        const QMap<QString, QString> &props = alias->specs.first().properties;
        // pci_placement_translator.get_resource_class / get_traits
        const QString rc = props.contains(QStringLiteral("resource_class"))
                               ? pci::normaliseResourceClass(props.value(QStringLiteral("resource_class")))
                               : QStringLiteral("CUSTOM_PCI_%1_%2").arg(props.value(QStringLiteral("vendor_id")), props.value(QStringLiteral("product_id"))).toUpper();
        const QStringList traits = pci::normaliseTraits(props.value(QStringLiteral("traits")));
        for (qint64 i = 0; i < count; ++i) {
            const QString suffix = QStringLiteral("_pci%1-%2").arg(n).arg(i);
            RequestGroup &g = b.group(suffix);
            g.resources.insert(rc, 1);
            for (const QString &t : traits)
                g.required.insert(t);
            r.pciGroups.insert(suffix, QStringLiteral("%1 #%2 of %3").arg(alias->name).arg(i + 1).arg(count));
        }
    }
}

void flavorResources(Builder &b)
{
    const QMap<QString, qint64> merged = b.merged();
    if (!merged.contains(k("VCPU")) && !merged.contains(k("PCPU")))
        b.addResource(k("VCPU"), b.f.vcpus);
    if (!merged.contains(k("MEMORY_MB")))
        b.addResource(k("MEMORY_MB"), b.f.ramMb);
    if (!merged.contains(k("DISK_GB"))) {
        // compute_utils.convert_mb_to_ceil_gb; the root disk counts unless booted from volume.
        const qint64 disk = qint64(b.f.ephemeralGb) + (qint64(b.f.swapMb) + 1023) / 1024 + b.f.diskGb;
        if (disk)
            b.addResource(k("DISK_GB"), disk);
    }
}

void translations(Builder &b)
{
    // _translate_memory_encryption (32+: and the model's CPU trait)
    if (b.eitherTrue("hw:mem_encryption", "hw_mem_encryption")) {
        b.addResource(k("MEM_ENCRYPTION_CONTEXT"), 1);
        if (b.release.atLeast(32)) {
            const bool es = b.either("hw:mem_encryption_model", "hw_mem_encryption_model") == k("amd-sev-es");
            b.addTrait(es ? k("HW_CPU_X86_AMD_SEV_ES") : k("HW_CPU_X86_AMD_SEV"), k("required"));
        }
    }
    // _translate_vpmems_request
    if (const auto pmem = b.spec("hw:pmem")) {
        QMap<QString, qint64> byClass;
        for (const QString &label : pmem->split(QLatin1Char(','), Qt::SkipEmptyParts))
            byClass[normalizeResourceClass(k("PMEM_NAMESPACE_") + label.trimmed())] += 1;
        for (auto it = byClass.cbegin(); it != byClass.cend(); ++it)
            b.addResource(it.key(), it.value());
    }
    // _translate_vtpm_request
    if (const auto version = b.either("hw:tpm_version", "hw_tpm_version")) {
        const QString model = b.either("hw:tpm_model", "hw_tpm_model").value_or(k("tpm-tis"));
        b.addTrait(model == k("tpm-crb") ? k("COMPUTE_SECURITY_TPM_CRB") : k("COMPUTE_SECURITY_TPM_TIS"), k("required"));
        b.addTrait(*version == k("2.0") ? k("COMPUTE_SECURITY_TPM_2_0") : k("COMPUTE_SECURITY_TPM_1_2"), k("required"));
    }
    // _translate_pci_numa_affinity_policy
    if (b.either("hw:pci_numa_affinity_policy", "hw_pci_numa_affinity_policy") == k("socket"))
        b.addTrait(k("COMPUTE_SOCKET_PCI_NUMA_AFFINITY"), k("required"));
    // _translate_secure_boot_request
    if (b.either("os:secure_boot", "os_secure_boot") == k("required"))
        b.addTrait(k("COMPUTE_SECURITY_UEFI_SECURE_BOOT"), k("required"));
    // _translate_maxphysaddr_request (29+)
    if (b.release.atLeast(29)) {
        const auto mode = b.either("hw:maxphysaddr_mode", "hw_maxphysaddr_mode");
        if (mode == k("passthrough"))
            b.addTrait(k("COMPUTE_ADDRESS_SPACE_PASSTHROUGH"), k("required"));
        else if (mode == k("emulate"))
            b.addTrait(k("COMPUTE_ADDRESS_SPACE_EMULATED"), k("required"));
    }
    // _translate_stateless_firmware_request (30+)
    if (b.release.atLeast(30)) {
        const auto stateless = b.image("hw_firmware_stateless");
        if (stateless && pyparse::lenientBool(*stateless))
            b.addTrait(k("COMPUTE_SECURITY_STATELESS_FIRMWARE"), k("required"));
    }
}

void requestFilters(Builder &b, ResourceRequest &r)
{
    r.rootForbidden.insert(k("COMPUTE_STATUS_DISABLED")); // compute_status_filter
    if (b.release.atLeast(29) && b.eitherTrue("hw:virtio_packed_ring", "hw_virtio_packed_ring"))
        r.rootRequired.insert(k("COMPUTE_NET_VIRTIO_PACKED")); // packed_virtqueue_filter
    if (b.release.atLeast(26) && b.eitherTrue("hw:ephemeral_encryption", "hw_ephemeral_encryption")) {
        r.rootRequired.insert(k("COMPUTE_EPHEMERAL_ENCRYPTION")); // ephemeral_encryption_filter
        if (const auto format = b.either("hw:ephemeral_encryption_format", "hw_ephemeral_encryption_format"))
            r.rootRequired.insert(k("COMPUTE_EPHEMERAL_ENCRYPTION_") + format->toUpper());
    }
}

// request_filter.map_az_to_placement_aggregate, then resources_from_request_spec puts the
// destination's aggregates on the unsuffixed group.
void zoneFilter(const ZoneRequest &zone, NovaRelease release, ResourceRequest &r)
{
    if (zone.zone.isEmpty())
        return;
    r.zone = zone.zone;
    const bool asked = release.atLeast(28) || zone.queryPlacement.value_or(release.atLeast(24));
    if (!asked) {
        r.zoneNote = FindingText::tr("Availability zone %1 is not asked of Placement ([scheduler] query_placement_for_availability_zone is "
                                     "off): AvailabilityZoneFilter checks it on each host, so the counts are an upper bound.")
                         .arg(zone.zone);
        return;
    }
    QStringList uuids;
    for (const HostAggregate &a : zone.aggregates) {
        if (a.metadata.value(QStringLiteral("availability_zone")) == zone.zone) {
            uuids.append(a.uuid);
            r.aggregateNames.insert(a.uuid, a.name);
        }
    }
    if (uuids.isEmpty()) {
        r.zoneNote = FindingText::tr("No host aggregate has availability zone %1, so Nova adds no aggregate to the request: the counts "
                                     "are for every compute node.")
                         .arg(zone.zone);
        return;
    }
    uuids.sort();
    r.memberOf.append(uuids);
}

int suffixedGroups(const QList<RequestGroup> &groups)
{
    return int(std::count_if(groups.cbegin(), groups.cend(), [](const RequestGroup &g) { return !g.suffix.isEmpty(); }));
}

QString joined(QStringList items)
{
    items.sort();
    return items.join(QLatin1Char(','));
}

} // namespace

PciAliasConfig PciAliasConfig::fromNovaConf(const pci::NovaConf &conf, NovaRelease release, const QString &origin)
{
    PciAliasConfig out;
    out.known = true;
    out.origin = origin;
    const pci::PciRelease pciRelease{release.major()};
    if (release.atLeast(27)) {
        const std::optional<pci::ConfValue> v = conf.value(QStringLiteral("filter_scheduler"), QStringLiteral("pci_in_placement"));
        out.pciInPlacement = v && pyparse::lenientBool(v->value);
    }
    const pci::AliasParse parsed = pci::parseAliases(conf.values(QStringLiteral("pci"), QStringLiteral("alias")), pciRelease, out.pciInPlacement);
    out.aliases = parsed.aliases;
    if (!parsed.error.isEmpty())
        out.error = parsed.origin.isEmpty() ? parsed.error : QStringLiteral("%1 (%2)").arg(parsed.error, parsed.origin);
    return out;
}

std::optional<bool> ZoneRequest::queryPlacementIn(const pci::NovaConf &conf)
{
    const std::optional<pci::ConfValue> v = conf.value(QStringLiteral("scheduler"), QStringLiteral("query_placement_for_availability_zone"));
    if (!v)
        return std::nullopt;
    return pyparse::lenientBool(v->value);
}

const pci::PciAlias *PciAliasConfig::alias(const QString &name) const
{
    for (const pci::PciAlias &a : aliases) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

const RequestGroup *ResourceRequest::group(const QString &suffix) const
{
    for (const RequestGroup &g : groups) {
        if (g.suffix == suffix)
            return &g;
    }
    return nullptr;
}

QMap<QString, qint64> ResourceRequest::mergedResources() const
{
    QMap<QString, qint64> out;
    for (const RequestGroup &g : groups) {
        for (auto it = g.resources.cbegin(); it != g.resources.cend(); ++it)
            out[it.key()] += it.value();
    }
    return out;
}

QString ResourceRequest::queryString(std::optional<int> limit) const
{
    QList<std::pair<QString, QString>> params;
    if (limit)
        params.append({k("limit"), QString::number(*limit)});
    if (groupPolicy)
        params.append({k("group_policy"), *groupPolicy});
    if (!rootRequired.isEmpty() || !rootForbidden.isEmpty()) {
        QStringList required(rootRequired.cbegin(), rootRequired.cend());
        QStringList forbidden(rootForbidden.cbegin(), rootForbidden.cend());
        required.sort();
        forbidden.sort();
        for (const QString &t : std::as_const(forbidden))
            required.append(QLatin1Char('!') + t);
        params.append({k("root_required"), required.join(QLatin1Char(','))});
    }
    for (const RequestGroup &g : groups) {
        // RequestGroup.to_queryparams: resources (even when empty), then the required traits
        // sorted and the forbidden ones sorted with '!'.
        QStringList resources;
        for (auto it = g.resources.cbegin(); it != g.resources.cend(); ++it)
            resources.append(it.key() + QLatin1Char(':') + QString::number(it.value()));
        params.append({k("resources") + g.suffix, joined(resources)});
        QStringList traits(g.required.cbegin(), g.required.cend());
        traits.sort();
        QStringList forbidden(g.forbidden.cbegin(), g.forbidden.cend());
        forbidden.sort();
        for (const QString &t : std::as_const(forbidden))
            traits.append(QLatin1Char('!') + t);
        if (!traits.isEmpty())
            params.append({k("required") + g.suffix, traits.join(QLatin1Char(','))});
        if (g.suffix.isEmpty()) { // RequestGroup.to_queryparams: ('member_of', 'in:' + sorted uuids) per list
            for (QStringList list : memberOf) {
                list.sort();
                params.append({k("member_of"), k("in:") + list.join(QLatin1Char(','))});
            }
        }
    }
    std::sort(params.begin(), params.end());
    QStringList parts;
    for (const auto &[key, value] : std::as_const(params))
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=')
                     + QString::fromLatin1(QUrl::toPercentEncoding(value, QByteArrayLiteral("-_.~"))));
    return parts.join(QLatin1Char('&'));
}

QStringList requestNotes(const ResourceRequest &request)
{
    QStringList notes;
    if (request.pinningTranslated)
        notes << FindingText::tr("Counted with PCPU. Nova's scheduler also asks with VCPU ([workarounds] disable_fallback_pcpu_query=False, the "
                                 "default); hosts without PCPU inventory can pass Placement that way and are then judged by NUMATopologyFilter, "
                                 "which pins only on hosts with [compute] cpu_dedicated_set.");
    if (request.pciUnknown)
        notes << FindingText::tr("The flavor asks for PCI devices (pci_passthrough:alias), but no nova.conf with the controllers' [pci] alias is "
                                 "known: the devices are not in the request, and the counts are an upper bound.");
    if (!request.pciOutsidePlacement.isEmpty())
        notes << FindingText::tr("PCI aliases %1 are not asked of Placement ([filter_scheduler] pci_in_placement is off in %2, or the release "
                                 "is before 27): PciPassthroughFilter checks them on each host, so the counts are an upper bound.")
                     .arg(request.pciOutsidePlacement.join(QStringLiteral(", ")), request.pciOrigin);
    if (!request.memberOf.isEmpty()) {
        QStringList names;
        for (const QStringList &list : request.memberOf)
            for (const QString &uuid : list)
                names << request.aggregateNames.value(uuid, uuid);
        notes << FindingText::tr("Availability zone %1: Placement is asked for the compute nodes in its host aggregates (%2).")
                     .arg(request.zone, names.join(QStringLiteral(", ")));
    }
    if (!request.zoneNote.isEmpty())
        notes << request.zoneNote;
    if (!request.pciGroups.isEmpty()) {
        QStringList groups;
        for (auto it = request.pciGroups.cbegin(); it != request.pciGroups.cend(); ++it)
            groups << QStringLiteral("%1 (%2)").arg(it.key(), it.value());
        notes << FindingText::tr("PCI aliases asked of Placement (pci_in_placement in %1), one request group per device: %2.")
                     .arg(request.pciOrigin, groups.join(QStringLiteral(", ")));
    }
    return notes;
}

ResourceRequest resourceRequest(const Flavor &flavor, NovaRelease release, const rules::StageBResult &stageB, const PciAliasConfig &pci,
                                const ZoneRequest &zone)
{
    Builder b(flavor, release);
    ResourceRequest r;
    requestFilters(b, r);
    zoneFilter(zone, release, r);
    extraSpecs(b);
    const int suffixedFromFlavor = suffixedGroups(b.groups);
    imageTraits(b);
    pinning(b, stageB);
    pciAliases(b, pci, r);
    flavorResources(b);
    translations(b);
    // strip_zeros: no zero amounts, no empty groups
    for (RequestGroup &g : b.groups) {
        for (auto it = g.resources.begin(); it != g.resources.end();) {
            it = it.value() == 0 ? g.resources.erase(it) : std::next(it);
        }
    }
    b.groups.erase(std::remove_if(b.groups.begin(), b.groups.end(), [](const RequestGroup &g) { return g.isEmpty(); }), b.groups.end());
    std::stable_sort(b.groups.begin(), b.groups.end(), [](const RequestGroup &a, const RequestGroup &c) { return a.suffix < c.suffix; });
    r.groups = b.groups;
    r.groupPolicy = b.groupPolicy;
    // resources_from_request_spec: two or more suffixed groups need a policy; when the flavor
    // has at most one of them, the others came from outside it and Nova picks "none".
    if (!r.groupPolicy && suffixedGroups(r.groups) >= 2 && suffixedFromFlavor <= 1)
        r.groupPolicy = QStringLiteral("none");
    r.pinningTranslated = b.pinningTranslated;
    return r;
}

} // namespace fleet
