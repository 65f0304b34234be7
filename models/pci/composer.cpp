#include "pci/composer.h"

#include "pycompat/pyparse.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pci {

namespace {
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
}

QJsonObject composeDeviceSpec(const NovaPciDevice &device, const SpecChoice &choice, const PciRelease &release)
{
    QJsonObject o;
    o.insert(QStringLiteral("vendor_id"), device.vendorId);
    o.insert(QStringLiteral("product_id"), device.productId);
    const bool vf = device.devType == DevType::Vf || device.devType == DevType::Vdpa;
    o.insert(QStringLiteral("address"), vf && choice.allVfsOfPf && !device.parentAddress.isEmpty() ? device.parentAddress : device.address);
    if (!choice.physicalNetwork.isEmpty())
        o.insert(QStringLiteral("physical_network"), choice.physicalNetwork);
    if (choice.trusted)
        o.insert(QStringLiteral("trusted"), QStringLiteral("true"));
    if (choice.remoteManaged && release.checksRemoteManaged())
        o.insert(QStringLiteral("remote_managed"), QStringLiteral("true"));
    if (release.hasPciInPlacement() && choice.physicalNetwork.isEmpty()) {
        if (!choice.resourceClass.isEmpty())
            o.insert(QStringLiteral("resource_class"), choice.resourceClass);
        if (!choice.traits.isEmpty())
            o.insert(QStringLiteral("traits"), choice.traits);
    }
    if (release.hasManagedTags()) {
        if (!choice.managed.isEmpty())
            o.insert(QStringLiteral("managed"), choice.managed);
        if (!choice.liveMigratable.isEmpty())
            o.insert(QStringLiteral("live_migratable"), choice.liveMigratable);
    }
    // pci_placement_translator.py: only type-PCI and type-PF providers may be one_time_use
    if (release.hasOneTimeUse() && choice.oneTimeUse && (device.devType == DevType::Pci || device.devType == DevType::Pf))
        o.insert(QStringLiteral("one_time_use"), QStringLiteral("true"));
    return o;
}

QJsonObject composeAlias(const QString &name, const NovaPciDevice &device, const QString &numaPolicy, const SpecChoice &choice,
                         const PciRelease &release)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("vendor_id"), device.vendorId);
    o.insert(QStringLiteral("product_id"), device.productId);
    o.insert(QStringLiteral("device_type"), devTypeName(device.devType == DevType::Vdpa ? DevType::Vf : device.devType));
    if (!numaPolicy.isEmpty() && numaPolicy != QLatin1String("legacy"))
        o.insert(QStringLiteral("numa_policy"), numaPolicy);
    if (release.aliasHasPlacementFields()) {
        if (!choice.resourceClass.isEmpty())
            o.insert(QStringLiteral("resource_class"), choice.resourceClass);
        if (!choice.traits.isEmpty())
            o.insert(QStringLiteral("traits"), choice.traits);
    }
    if (release.hasManagedTags() && !choice.liveMigratable.isEmpty())
        o.insert(QStringLiteral("live_migratable"), choice.liveMigratable);
    return o;
}

Snippets composeSnippets(const QList<QJsonObject> &specs, const QList<QJsonObject> &aliases, const QList<MdevChoice> &mdevs,
                         bool reportInPlacement, const PciRelease &release)
{
    Snippets s;
    const QString option = release.hasDeviceSpecOption() ? QStringLiteral("device_spec") : QStringLiteral("passthrough_whitelist");
    QStringList compute;
    if (!specs.isEmpty() || !aliases.isEmpty()) {
        compute << QStringLiteral("[pci]");
        for (const QJsonObject &o : specs)
            compute << QStringLiteral("%1 = %2").arg(option, compact(o));
        // resize and cold migration claim on the compute node too: it needs the aliases
        for (const QJsonObject &o : aliases)
            compute << QStringLiteral("alias = %1").arg(compact(o));
        if (reportInPlacement && release.hasPciInPlacement())
            compute << QStringLiteral("report_in_placement = True");
    }
    if (!mdevs.isEmpty()) {
        QStringList types;
        for (const MdevChoice &m : mdevs)
            types << m.type;
        if (!compute.isEmpty())
            compute << QString();
        compute << QStringLiteral("[devices]")
                << QStringLiteral("%1 = %2").arg(release.major >= 24 ? QStringLiteral("enabled_mdev_types") : QStringLiteral("enabled_vgpu_types"),
                                                 types.join(QLatin1Char(',')));
        for (const MdevChoice &m : mdevs) {
            compute << QString() << QStringLiteral("[%1_%2]").arg(release.major >= 24 ? QStringLiteral("mdev") : QStringLiteral("vgpu"), m.type)
                    << QStringLiteral("device_addresses = %1").arg(m.addresses.join(QLatin1Char(',')));
            if (release.major >= 24 && !m.mdevClass.isEmpty() && m.mdevClass != QLatin1String("VGPU"))
                compute << QStringLiteral("mdev_class = %1").arg(m.mdevClass);
            if (release.major >= 29 && m.maxInstances > 0)
                compute << QStringLiteral("max_instances = %1").arg(m.maxInstances);
        }
    }
    s.compute = compute.isEmpty() ? QString() : QStringLiteral("# nova.conf of the compute nodes\n") + compute.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (!aliases.isEmpty()) {
        QStringList controller{QStringLiteral("# nova.conf of the API and scheduler nodes (nova-api, nova-scheduler)"), QStringLiteral("[pci]")};
        for (const QJsonObject &o : aliases)
            controller << QStringLiteral("alias = %1").arg(compact(o));
        if (reportInPlacement && release.aliasHasPlacementFields())
            controller << QString() << QStringLiteral("[filter_scheduler]") << QStringLiteral("pci_in_placement = True");
        s.controller = controller.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return s;
}

ConfEntries importEntries(const NovaConf &conf, const PciRelease &release)
{
    ConfEntries e;
    auto objects = [&e](const QList<ConfValue> &values, QList<QJsonObject> *out) {
        for (const ConfValue &v : values) {
            const QJsonDocument doc = QJsonDocument::fromJson(v.value.toUtf8());
            if (doc.isObject()) {
                out->append(doc.object());
            } else if (doc.isArray()) {
                for (const QJsonValue &item : doc.array()) {
                    if (item.isObject())
                        out->append(item.toObject());
                    else
                        e.errors << QStringLiteral("%1: an entry that is not a JSON object").arg(v.origin);
                }
            } else {
                e.errors << QStringLiteral("%1: not JSON: %2").arg(v.origin, v.value);
            }
        }
    };
    Q_UNUSED(release);
    // either name: the snippets are written with the option of the release they are composed for
    QList<ConfValue> specs = conf.values(QStringLiteral("pci"), QStringLiteral("device_spec"));
    if (specs.isEmpty())
        specs = conf.values(QStringLiteral("pci"), QStringLiteral("passthrough_whitelist"));
    objects(specs, &e.specs);
    objects(conf.values(QStringLiteral("pci"), QStringLiteral("alias")), &e.aliases);
    const std::optional<ConfValue> rip = conf.value(QStringLiteral("pci"), QStringLiteral("report_in_placement"));
    e.reportInPlacement = rip && pyparse::lenientBool(rip->value);
    std::optional<ConfValue> types = conf.value(QStringLiteral("devices"), QStringLiteral("enabled_mdev_types"));
    if (!types)
        types = conf.value(QStringLiteral("devices"), QStringLiteral("enabled_vgpu_types"));
    if (types) {
        for (const QString &t : types->value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            MdevChoice m;
            m.type = t.trimmed();
            for (const char *prefix : {"mdev_", "vgpu_"}) {
                const QString section = QLatin1String(prefix) + m.type;
                if (const std::optional<ConfValue> a = conf.value(section, QStringLiteral("device_addresses")))
                    for (const QString &addr : a->value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                        m.addresses << addr.trimmed();
                if (const std::optional<ConfValue> c = conf.value(section, QStringLiteral("mdev_class")))
                    m.mdevClass = c->value;
                if (const std::optional<ConfValue> mi = conf.value(section, QStringLiteral("max_instances")))
                    m.maxInstances = mi->value.toInt();
            }
            e.mdevs << m;
        }
    }
    return e;
}

} // namespace pci
