#include "pci/pcireport.h"

#include "core/findingtext.h"
#include "pycompat/pyparse.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace pci {

namespace {

rules::Finding finding(const QString &code, rules::Severity severity, const QStringList &keys, const QString &message, const QString &fix = {})
{
    rules::Finding f;
    f.code = code;
    f.severity = severity;
    f.stage = rules::Stage::D; // nova-compute (device_spec) and the scheduler (alias) read them
    f.keys = keys;
    f.message = message;
    f.fix = fix;
    return f;
}

// A finding and the addresses of the devices it concerns, until evaluate() orders them.
struct Conflict
{
    rules::Finding finding;
    QStringList devices;
};
using Conflicts = QList<Conflict>;

// The addresses of the devices the spec claims.
QStringList claimedBy(const PciReport &r, qsizetype spec)
{
    QStringList out;
    for (const DeviceClaim &d : r.devices) {
        if (d.spec == spec)
            out.append(d.device.address);
    }
    return out;
}

bool confBool(const NovaConf &conf, const char *section, const char *key)
{
    const std::optional<ConfValue> v = conf.value(QLatin1String(section), QLatin1String(key));
    return v && pyparse::lenientBool(v->value);
}

QList<SpecEntry> readSpecs(const QList<ConfValue> &values, const DeviceSpec::Context &context)
{
    QList<SpecEntry> out;
    for (const ConfValue &v : values) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(v.value.toUtf8(), &parseError);
        if (!doc.isObject() && !doc.isArray()) {
            out.append(SpecEntry{v.origin, v.value, std::nullopt,
                                 QStringLiteral("PciConfigInvalidSpec: Invalid entry: '%1'%2")
                                     .arg(v.value, doc.isNull() ? QStringLiteral(" (%1)").arg(parseError.errorString()) : QStringLiteral("; Expecting list or dict")),
                                 0});
            continue;
        }
        const QJsonArray entries = doc.isObject() ? QJsonArray{doc.object()} : doc.array();
        for (const QJsonValue &e : entries) {
            const QString text = e.isObject() ? QString::fromUtf8(QJsonDocument(e.toObject()).toJson(QJsonDocument::Compact)) : pyStr(e);
            if (!e.isObject()) {
                out.append(SpecEntry{v.origin, text, std::nullopt, QStringLiteral("PciConfigInvalidSpec: Invalid entry: '%1'; Expecting dict").arg(text), 0});
                continue;
            }
            SpecEntry entry{v.origin, text, std::nullopt, {}, 0};
            entry.spec = DeviceSpec::parse(e.toObject(), context, &entry.error);
            out.append(entry);
        }
    }
    return out;
}

void checkOptions(const NovaConf &conf, const PciRelease &release, Conflicts *findings)
{
    QStringList known{QStringLiteral("alias"), QStringLiteral("passthrough_whitelist")};
    if (release.hasDeviceSpecOption())
        known << QStringLiteral("device_spec") << QStringLiteral("report_in_placement");
    for (const ConfValue &v : conf.values()) {
        if (v.section == QLatin1String("pci") && !known.contains(v.key))
            findings->append({finding(QStringLiteral("PCI_OPTION_UNKNOWN"), rules::Severity::Warning, {QStringLiteral("[pci]") + v.key},
                                      FindingText::tr("%1: [pci] %2 is not an option of Nova %3; oslo.config ignores it")
                                          .arg(v.origin, v.key).arg(release.major),
                                      v.key == QLatin1String("device_spec") ? QStringLiteral("rename [pci] device_spec to passthrough_whitelist") : QString()),
                              {}});
    }
}

// Keys Nova reads from a device_spec entry in the release; any other key is kept as a tag that
// no alias or port asks for (devspec.py takes every remaining key as a tag, without a word).
QStringList knownSpecKeys(const PciRelease &release)
{
    QStringList keys{QStringLiteral("vendor_id"), QStringLiteral("product_id"), QStringLiteral("address"), QStringLiteral("devname"),
                     QStringLiteral("physical_network"), QStringLiteral("trusted")};
    if (release.checksRemoteManaged())
        keys << QStringLiteral("remote_managed");
    if (release.hasPciInPlacement())
        keys << QStringLiteral("resource_class") << QStringLiteral("traits");
    if (release.hasManagedTags())
        keys << QStringLiteral("managed") << QStringLiteral("live_migratable");
    if (release.hasOneTimeUse())
        keys << QStringLiteral("one_time_use");
    return keys;
}

void checkSpecKeys(const PciReport &r, Conflicts *out)
{
    const QStringList known = knownSpecKeys(r.release);
    for (qsizetype i = 0; i < r.specs.size(); ++i) {
        const SpecEntry &s = r.specs.at(i);
        if (!s.spec)
            continue;
        for (auto it = s.spec->source().constBegin(); it != s.spec->source().constEnd(); ++it) {
            if (!known.contains(it.key()))
                out->append({finding(QStringLiteral("PCI_SPEC_UNKNOWN_KEY"), rules::Severity::Warning, {QStringLiteral("[pci]") + r.option},
                                     FindingText::tr("%1: '%2' is not a device_spec key of Nova %3: it becomes a tag that nothing asks for")
                                         .arg(s.origin, it.key()).arg(r.release.major)),
                             claimedBy(r, i)});
        }
    }
}

void checkClaims(const PciReport *r, Conflicts *out)
{
    // a PF claimed together with its VFs (pci_placement_translator.py PlacementPciDependentDeviceException
    // with report_in_placement; otherwise the PF's allocation takes every VF with it)
    for (const DeviceClaim &pf : r->devices) {
        if (pf.device.devType != DevType::Pf || pf.spec < 0)
            continue;
        QStringList vfs;
        for (const DeviceClaim &vf : r->devices) {
            if (vf.spec >= 0 && vf.device.parentAddress == pf.device.address)
                vfs.append(vf.device.address);
        }
        if (vfs.isEmpty())
            continue;
        const bool placement = r->reportInPlacement && pf.placement.reported;
        out->append({finding(QStringLiteral("PCI_PF_AND_VFS_CLAIMED"), placement ? rules::Severity::Error : rules::Severity::Warning,
                             {QStringLiteral("[pci]device_spec")},
                             FindingText::tr("the PF %1 (%2) and %3 of its VFs are all claimed; %4")
                                 .arg(pf.device.address, r->specs.at(pf.spec).origin).arg(vfs.size())
                                 .arg(placement ? FindingText::tr("with report_in_placement nova-compute refuses to start (PlacementPciDependentDeviceException)")
                                                : FindingText::tr("a PF given to a guest takes its VFs away from every other guest")),
                             QStringLiteral("limit the spec to the VFs (\"address\": \"%1\" with \"product_id\" of the VF) or to the PF").arg(pf.device.address)),
                     QStringList{pf.device.address} + vfs});
    }
    for (qsizetype i = 0; i < r->specs.size(); ++i) {
        const SpecEntry &s = r->specs.at(i);
        if (!s.spec)
            continue;
        if (s.claimed == 0) {
            const bool remote = s.spec->remoteManaged();
            out->append({finding(remote ? QStringLiteral("PCI_REMOTE_MANAGED_NO_SMARTNIC") : QStringLiteral("PCI_SPEC_CLAIMS_NOTHING"), rules::Severity::Warning,
                                 {QStringLiteral("[pci]device_spec")},
                                 remote ? FindingText::tr("%1: the remote_managed spec %2 claims nothing: no device it names has a VPD card serial number (a SmartNIC/DPU VF)")
                                              .arg(s.origin, s.text)
                                        : FindingText::tr("%1: the spec %2 claims no device of this host").arg(s.origin, s.text)),
                         {}});
        }
        if (r->release.hasPciInPlacement() && r->reportInPlacement && !s.spec->devname().isEmpty())
            out->append({finding(QStringLiteral("PCI_DEVNAME_IN_PLACEMENT"), rules::Severity::Error, {QStringLiteral("[pci]device_spec")},
                                 FindingText::tr("%1: devname cannot be used with [pci]report_in_placement (pci_placement_translator.py ensure_no_dev_spec_with_devname)").arg(s.origin),
                                 QStringLiteral("use \"address\" instead of \"devname\"")),
                         claimedBy(*r, i)});
    }
    for (const PciAlias &a : r->aliases.aliases) {
        const bool used = std::any_of(r->devices.begin(), r->devices.end(), [&a](const DeviceClaim &d) { return d.aliases.contains(a.name); });
        if (!used)
            out->append({finding(QStringLiteral("PCI_ALIAS_UNSATISFIED"), rules::Severity::Warning, {QStringLiteral("[pci]alias")},
                                 FindingText::tr("%1: no device claimed by a device_spec on this host satisfies the alias '%2'").arg(a.specs.first().origin, a.name)),
                         {}});
    }
}

// The findings in the one order (rules::sortBySeverity: by severity, stable), each device linked
// to the findings that concern it.
void orderConflicts(Conflicts conflicts, PciReport *r)
{
    std::stable_sort(conflicts.begin(), conflicts.end(), [](const Conflict &a, const Conflict &b) { return int(a.finding.severity) < int(b.finding.severity); });
    QHash<QString, qsizetype> byAddress;
    for (qsizetype i = 0; i < r->devices.size(); ++i)
        byAddress.insert(r->devices.at(i).device.address, i);
    for (const Conflict &c : std::as_const(conflicts)) {
        for (const QString &address : c.devices) {
            if (const auto it = byAddress.constFind(address); it != byAddress.constEnd())
                r->devices[*it].findings.append(int(r->findings.size()));
        }
        r->findings.append(c.finding);
    }
}

} // namespace

const DeviceClaim *PciReport::device(const QString &address) const
{
    for (const DeviceClaim &d : devices) {
        if (d.device.address == address)
            return &d;
    }
    return nullptr;
}

PciReport evaluate(const PciHost &host, const NovaConf &conf, const PciRelease &release)
{
    PciReport r;
    r.release = release;
    r.reportInPlacement = release.hasPciInPlacement() && confBool(conf, "pci", "report_in_placement");
    r.pciInPlacement = release.aliasHasPlacementFields() && confBool(conf, "filter_scheduler", "pci_in_placement");
    QList<ConfValue> specValues;
    if (release.hasDeviceSpecOption())
        specValues = conf.values(QStringLiteral("pci"), QStringLiteral("device_spec"));
    r.option = specValues.isEmpty() ? QStringLiteral("passthrough_whitelist") : QStringLiteral("device_spec");
    if (specValues.isEmpty())
        specValues = conf.values(QStringLiteral("pci"), QStringLiteral("passthrough_whitelist"));
    r.specs = readSpecs(specValues, DeviceSpec::Context{release, r.reportInPlacement, &host});
    r.aliases = parseAliases(conf.values(QStringLiteral("pci"), QStringLiteral("alias")), release, r.pciInPlacement);

    for (const NovaPciDevice &d : host.devices()) {
        DeviceClaim c{d, -1, {}, {}, {}};
        for (qsizetype i = 0; i < r.specs.size(); ++i) {
            if (r.specs.at(i).spec && r.specs.at(i).spec->matches(d)) {
                c.spec = int(i);
                ++r.specs[i].claimed;
                break;
            }
        }
        if (c.spec >= 0) {
            const DeviceSpec &spec = *r.specs.at(c.spec).spec;
            if (r.reportInPlacement)
                c.placement = placementFor(d, spec, release);
            for (const PciAlias &a : std::as_const(r.aliases.aliases)) {
                if (aliasCanUse(a, d, spec, release, c.placement, r.pciInPlacement))
                    c.aliases.append(a.name);
            }
        }
        r.devices.append(c);
    }
    std::sort(r.devices.begin(), r.devices.end(), [](const DeviceClaim &a, const DeviceClaim &b) { return a.device.address < b.device.address; });

    Conflicts conflicts;
    for (const SpecEntry &s : std::as_const(r.specs)) {
        if (!s.spec)
            conflicts.append({finding(s.error.contains(QLatin1String("one_time_use")) ? QStringLiteral("PCI_ONE_TIME_USE_WITHOUT_PLACEMENT") : QStringLiteral("PCI_SPEC_INVALID"),
                                      rules::Severity::Error, {QStringLiteral("[pci]") + r.option},
                                      FindingText::tr("%1: nova-compute refuses to start: %2").arg(s.origin, s.error),
                                      s.error.contains(QLatin1String("one_time_use")) ? QStringLiteral("set [pci] report_in_placement = True") : QString()),
                              {}});
    }
    if (!r.aliases.error.isEmpty()) {
        QStringList claimed; // no alias can request any of them
        for (const DeviceClaim &c : std::as_const(r.devices)) {
            if (c.spec >= 0)
                claimed.append(c.device.address);
        }
        conflicts.append({finding(QStringLiteral("PCI_ALIAS_INVALID"), rules::Severity::Error, {QStringLiteral("[pci]alias")},
                                  FindingText::tr("%1every flavor with pci_passthrough:alias fails: %2")
                                      .arg(r.aliases.origin.isEmpty() ? QString() : r.aliases.origin + QStringLiteral(": "), r.aliases.error)),
                          claimed});
    }
    checkOptions(conf, release, &conflicts);
    checkSpecKeys(r, &conflicts);
    checkClaims(&r, &conflicts);
    orderConflicts(std::move(conflicts), &r);
    return r;
}

QJsonObject toJson(const PciReport &r)
{
    QJsonArray specs;
    for (const SpecEntry &s : r.specs) {
        QJsonObject o{{QStringLiteral("origin"), s.origin}, {QStringLiteral("spec"), s.text}, {QStringLiteral("valid"), bool(s.spec)},
                      {QStringLiteral("claimed"), s.claimed}};
        if (!s.error.isEmpty())
            o.insert(QStringLiteral("error"), s.error);
        specs.append(o);
    }
    QJsonArray aliases;
    for (const PciAlias &a : r.aliases.aliases) {
        QJsonArray entries;
        for (const AliasSpec &s : a.specs) {
            QJsonObject props;
            for (auto it = s.properties.constBegin(); it != s.properties.constEnd(); ++it)
                props.insert(it.key(), it.value());
            entries.append(QJsonObject{{QStringLiteral("origin"), s.origin}, {QStringLiteral("properties"), props}});
        }
        aliases.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("numaPolicy"), a.numaPolicy}, {QStringLiteral("specs"), entries}});
    }
    QJsonArray devices;
    for (const DeviceClaim &c : r.devices) {
        QJsonObject o{{QStringLiteral("name"), c.device.name},
                      {QStringLiteral("address"), c.device.address},
                      {QStringLiteral("vendorId"), c.device.vendorId},
                      {QStringLiteral("productId"), c.device.productId},
                      {QStringLiteral("devType"), devTypeName(c.device.devType)},
                      {QStringLiteral("spec"), c.spec},
                      {QStringLiteral("aliases"), QJsonArray::fromStringList(c.aliases)}};
        if (!c.device.parentAddress.isEmpty())
            o.insert(QStringLiteral("parentAddress"), c.device.parentAddress);
        if (c.spec >= 0) {
            o.insert(QStringLiteral("specOrigin"), r.specs.at(c.spec).origin);
            QJsonObject tags;
            const QMap<QString, QString> &t = r.specs.at(c.spec).spec->tags();
            for (auto it = t.constBegin(); it != t.constEnd(); ++it)
                tags.insert(it.key(), it.value());
            o.insert(QStringLiteral("tags"), tags);
        }
        if (c.placement.reported) {
            o.insert(QStringLiteral("resourceClass"), c.placement.resourceClass);
            o.insert(QStringLiteral("traits"), QJsonArray::fromStringList(c.placement.traits));
        }
        devices.append(o);
    }
    QJsonArray findings;
    for (const rules::Finding &f : r.findings)
        findings.append(f.toJson());
    return QJsonObject{{QStringLiteral("novaRelease"), r.release.major},
                       {QStringLiteral("option"), r.option},
                       {QStringLiteral("reportInPlacement"), r.reportInPlacement},
                       {QStringLiteral("pciInPlacement"), r.pciInPlacement},
                       {QStringLiteral("specs"), specs},
                       {QStringLiteral("aliases"), aliases},
                       {QStringLiteral("aliasError"), r.aliases.error},
                       {QStringLiteral("devices"), devices},
                       {QStringLiteral("findings"), findings}};
}

} // namespace pci
