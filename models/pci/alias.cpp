#include "pci/alias.h"

#include "pycompat/pyparse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace pci {

namespace {
const QStringList kDeviceTypes{QStringLiteral("type-PCI"), QStringLiteral("type-PF"), QStringLiteral("type-VF")};
const QStringList kNumaPolicies{QStringLiteral("required"), QStringLiteral("legacy"), QStringLiteral("preferred"), QStringLiteral("socket")};
const QStringList kStandardResourceClasses{
    QStringLiteral("VCPU"), QStringLiteral("MEMORY_MB"), QStringLiteral("DISK_GB"), QStringLiteral("PCI_DEVICE"),
    QStringLiteral("SRIOV_NET_VF"), QStringLiteral("NUMA_SOCKET"), QStringLiteral("NUMA_CORE"), QStringLiteral("NUMA_THREAD"),
    QStringLiteral("NUMA_MEMORY_MB"), QStringLiteral("IPV4_ADDRESS"), QStringLiteral("VGPU"), QStringLiteral("VGPU_DISPLAY_HEAD"),
    QStringLiteral("NET_BW_EGR_KILOBIT_PER_SEC"), QStringLiteral("NET_BW_IGR_KILOBIT_PER_SEC"), QStringLiteral("PCPU"),
    QStringLiteral("MEM_ENCRYPTION_CONTEXT"), QStringLiteral("FPGA"), QStringLiteral("PGPU"),
    QStringLiteral("NET_PACKET_RATE_KILOPACKET_PER_SEC"), QStringLiteral("NET_PACKET_RATE_EGR_KILOPACKET_PER_SEC"),
    QStringLiteral("NET_PACKET_RATE_IGR_KILOPACKET_PER_SEC")}; // os_resource_classes.STANDARDS

// jsonschema's "pattern" is re.search; "$" also matches before a final newline.
bool isPciId(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{4}\\n?$"));
    return re.match(s).hasMatch();
}

QString customName(const QString &name)
{
    static const QRegularExpression nonAlnum(QStringLiteral("[^0-9A-Za-z]+"));
    return QStringLiteral("CUSTOM_") + QString(name).replace(nonAlnum, QStringLiteral("_")).toUpper();
}

// os_traits: the standard traits vDeck knows by namespace; anything else is made custom.
bool isStandardTrait(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^(COMPUTE|HW|STORAGE|MISC_SHARES_VIA_AGGREGATE|OWNER)_[A-Z0-9_]+$"));
    return re.match(name).hasMatch();
}

QString validate(const QJsonObject &spec, const PciRelease &release)
{
    QStringList allowed{QStringLiteral("name"), QStringLiteral("capability_type"), QStringLiteral("product_id"),
                        QStringLiteral("vendor_id"), QStringLiteral("device_type"), QStringLiteral("numa_policy")};
    if (release.aliasHasPlacementFields())
        allowed << QStringLiteral("resource_class") << QStringLiteral("traits");
    if (release.hasManagedTags())
        allowed << QStringLiteral("live_migratable");
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        if (!allowed.contains(it.key()))
            return QStringLiteral("Additional properties are not allowed ('%1' was unexpected)").arg(it.key());
        if (!it.value().isString())
            return QStringLiteral("%1 is not of type 'string'").arg(pyStr(it.value()));
    }
    if (!spec.contains(QLatin1String("name")))
        return QStringLiteral("'name' is a required property");
    const QString name = spec.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        return QStringLiteral("'' should be non-empty");
    if (name.size() > 256)
        return QStringLiteral("'%1' is too long").arg(name);
    for (const char *id : {"product_id", "vendor_id"}) {
        const QString key = QLatin1String(id);
        if (spec.contains(key) && !isPciId(spec.value(key).toString()))
            return QStringLiteral("'%1' does not match '^([\\da-fA-F]{4})$'").arg(spec.value(key).toString());
    }
    auto checkEnum = [&spec](const char *key, const QStringList &values) -> QString {
        const QString k = QLatin1String(key);
        if (spec.contains(k) && !values.contains(spec.value(k).toString()))
            return QStringLiteral("'%1' is not one of ['%2']").arg(spec.value(k).toString(), values.join(QStringLiteral("', '")));
        return {};
    };
    for (const QString &e : {checkEnum("capability_type", {QStringLiteral("pci")}), checkEnum("device_type", kDeviceTypes),
                             checkEnum("numa_policy", kNumaPolicies)}) {
        if (!e.isEmpty())
            return e;
    }
    return {};
}
}

AliasParse parseAliases(const QList<ConfValue> &values, const PciRelease &release, bool pciInPlacement)
{
    AliasParse out;
    auto fail = [&out](const QString &reason, const QString &origin) {
        out.aliases.clear();
        out.error = QStringLiteral("PciInvalidAlias: Invalid PCI alias definition: %1").arg(reason);
        out.origin = origin;
        return out;
    };
    for (const ConfValue &v : values) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(v.value.toUtf8(), &parseError);
        if (!doc.isObject())
            return fail(doc.isNull() ? parseError.errorString() : QStringLiteral("%1 is not of type 'object'").arg(v.value), v.origin);
        QJsonObject spec = doc.object();
        if (const QString e = validate(spec, release); !e.isEmpty())
            return fail(e, v.origin);
        const QString name = pyparse::pyStrip(spec.take(QLatin1String("name")).toString());
        QString numaPolicy = spec.take(QLatin1String("numa_policy")).toString();
        if (numaPolicy.isEmpty())
            numaPolicy = QStringLiteral("legacy");
        AliasSpec a{{}, v.origin};
        const QString devType = spec.take(QLatin1String("device_type")).toString();
        for (auto it = spec.begin(); it != spec.end(); ++it)
            a.properties.insert(it.key(), it.value().toString());
        if (!devType.isEmpty())
            a.properties.insert(QStringLiteral("dev_type"), devType);
        if (a.properties.contains(QStringLiteral("live_migratable"))) {
            const std::optional<bool> b = pyparse::strictBool(a.properties.value(QStringLiteral("live_migratable")));
            if (!b)
                return fail(QStringLiteral("Unrecognized value '%1', acceptable values are: '0', '1', 'f', 'false', 'n', 'no', 'off', "
                                           "'on', 't', 'true', 'y', 'yes'")
                                .arg(a.properties.value(QStringLiteral("live_migratable"))),
                            v.origin);
            a.properties.insert(QStringLiteral("live_migratable"), *b ? QStringLiteral("true") : QStringLiteral("false"));
        }
        auto existing = std::find_if(out.aliases.begin(), out.aliases.end(), [&name](const PciAlias &p) { return p.name == name; });
        if (existing == out.aliases.end()) {
            out.aliases.append(PciAlias{name, numaPolicy, {a}});
            continue;
        }
        if (existing->numaPolicy != numaPolicy)
            return fail(QStringLiteral("NUMA policy mismatch for alias '%1'").arg(name), v.origin);
        const AliasSpec &first = existing->specs.first();
        if (!first.properties.contains(QStringLiteral("dev_type")) || !a.properties.contains(QStringLiteral("dev_type")))
            return fail(QStringLiteral("'dev_type'"), v.origin); // the KeyError request.py turns into its reason
        if (first.properties.value(QStringLiteral("dev_type")) != a.properties.value(QStringLiteral("dev_type")))
            return fail(QStringLiteral("Device type mismatch for alias '%1'").arg(name), v.origin);
        existing->specs.append(a);
    }
    if (!release.validatesAliases())
        return out;
    QStringList multi, withoutIds;
    for (const PciAlias &alias : std::as_const(out.aliases)) {
        if (pciInPlacement && alias.specs.size() > 1)
            multi.append(alias.name);
        for (const AliasSpec &s : alias.specs) {
            const bool ids = s.properties.contains(QStringLiteral("vendor_id")) && s.properties.contains(QStringLiteral("product_id"));
            const bool rc = s.properties.contains(QStringLiteral("resource_class"));
            if (!ids && !(pciInPlacement && rc) && !withoutIds.contains(alias.name))
                withoutIds.append(alias.name);
        }
    }
    if (!multi.isEmpty())
        return fail(QStringLiteral("The PCI alias(es) %1 have multiple specs but [filter_scheduler]pci_in_placement is True. The PCI in "
                                   "Placement feature only supports one spec per alias.")
                        .arg(multi.join(QLatin1Char(','))),
                    {});
    withoutIds.sort();
    if (!withoutIds.isEmpty())
        return fail(QStringLiteral("The PCI alias(es) %1 does not have vendor_id and product_id fields set%2.")
                        .arg(withoutIds.join(QLatin1Char(',')), pciInPlacement ? QStringLiteral(" or resource_class field set") : QString()),
                    {});
    return out;
}

QString normaliseResourceClass(const QString &name)
{
    const QString rc = name.toUpper();
    if (kStandardResourceClasses.contains(rc) || rc.startsWith(QLatin1String("CUSTOM_")))
        return rc;
    return customName(rc);
}

QStringList normaliseTraits(const QString &commaSeparated)
{
    QSet<QString> out;
    if (commaSeparated.isEmpty())
        return {};
    for (const QString &t : commaSeparated.split(QLatin1Char(','))) {
        if (isStandardTrait(t)) {
            out.insert(t);
            continue;
        }
        const QString upper = t.toUpper();
        out.insert(upper.startsWith(QLatin1String("CUSTOM_")) ? upper : customName(upper));
    }
    QStringList sorted(out.begin(), out.end());
    sorted.sort();
    return sorted;
}

PlacementInventory placementFor(const NovaPciDevice &device, const DeviceSpec &spec, const PciRelease &release)
{
    PlacementInventory p;
    if (!release.hasPciInPlacement() || !spec.tag(QStringLiteral("physical_network")).isEmpty())
        return p;
    p.reported = true;
    const QString rc = spec.tag(QStringLiteral("resource_class"));
    p.resourceClass = rc.isEmpty() ? QStringLiteral("CUSTOM_PCI_%1_%2").arg(device.vendorId, device.productId).toUpper()
                                   : normaliseResourceClass(rc);
    QStringList traits = normaliseTraits(spec.tag(QStringLiteral("traits")));
    traits.append(QStringLiteral("COMPUTE_MANAGED_PCI_DEVICE"));
    const bool parent = device.devType == DevType::Pci || device.devType == DevType::Pf;
    if (release.hasOneTimeUse() && parent && spec.tag(QStringLiteral("one_time_use")) == QLatin1String("true"))
        traits.append(QStringLiteral("HW_PCI_ONE_TIME_USE"));
    traits.removeDuplicates();
    traits.sort();
    p.traits = traits;
    return p;
}

bool aliasCanUse(const PciAlias &alias, const NovaPciDevice &device, const DeviceSpec &spec, const PciRelease &release,
                 const PlacementInventory &placement, bool pciInPlacement)
{
    // stats.py _create_pool_keys_from_dev: the pool of this device
    QMap<QString, QString> pool;
    pool.insert(QStringLiteral("vendor_id"), device.vendorId);
    pool.insert(QStringLiteral("product_id"), device.productId);
    pool.insert(QStringLiteral("dev_type"), devTypeName(device.devType));
    for (auto it = spec.tags().constBegin(); it != spec.tags().constEnd(); ++it) {
        if (it.key() != QLatin1String("resource_class") && it.key() != QLatin1String("traits"))
            pool.insert(it.key(), it.value());
    }
    pool.insert(QStringLiteral("address"), device.parentAddress.isEmpty() ? device.address : device.parentAddress);
    if (device.devType != DevType::Pci && !pool.contains(QStringLiteral("remote_managed")))
        pool.insert(QStringLiteral("remote_managed"), QStringLiteral("false"));

    auto specMatches = [&](const AliasSpec &s) {
        for (auto it = s.properties.constBegin(); it != s.properties.constEnd(); ++it) {
            if (it.key() == QLatin1String("resource_class") || it.key() == QLatin1String("traits"))
                continue;
            if (!pool.contains(it.key()) || pool.value(it.key()).toLower() != it.value().toLower())
                return false;
        }
        return true;
    };
    if (std::none_of(alias.specs.begin(), alias.specs.end(), specMatches))
        return false;
    auto all = [&alias](const std::function<bool(const AliasSpec &)> &f) { return std::all_of(alias.specs.begin(), alias.specs.end(), f); };
    const QString type = pool.value(QStringLiteral("dev_type"));
    if (type == QLatin1String("type-PF") && all([](const AliasSpec &s) { return s.properties.value(QStringLiteral("dev_type")) != QLatin1String("type-PF"); }))
        return false;
    if (type == QLatin1String("type-VDPA"))
        return false; // an alias cannot ask for type-VDPA
    if (pyparse::lenientBool(pool.value(QStringLiteral("remote_managed")))
        && all([](const AliasSpec &s) { return !pyparse::lenientBool(s.properties.value(QStringLiteral("remote_managed"), QStringLiteral("None"))); }))
        return false;
    if (release.hasManagedTags()) {
        const QString lm = pool.value(QStringLiteral("live_migratable"));
        if (all([](const AliasSpec &s) { return s.properties.value(QStringLiteral("live_migratable")) == QLatin1String("true"); }) && lm != QLatin1String("true"))
            return false;
        if (all([](const AliasSpec &s) { return s.properties.value(QStringLiteral("live_migratable")) == QLatin1String("false"); }) && lm != QLatin1String("false"))
            return false;
    }
    if (pciInPlacement && placement.reported) {
        for (const AliasSpec &s : alias.specs) {
            const QString rc = s.properties.value(QStringLiteral("resource_class"));
            const QString want = rc.isEmpty() ? QStringLiteral("CUSTOM_PCI_%1_%2").arg(s.properties.value(QStringLiteral("vendor_id")), s.properties.value(QStringLiteral("product_id"))).toUpper()
                                              : normaliseResourceClass(rc);
            const QStringList traits = normaliseTraits(s.properties.value(QStringLiteral("traits")));
            if (want == placement.resourceClass && std::all_of(traits.begin(), traits.end(), [&placement](const QString &t) { return placement.traits.contains(t); }))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace pci
