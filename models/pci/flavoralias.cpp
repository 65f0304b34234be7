#include "pci/flavoralias.h"

#include "core/findingtext.h"
#include "pycompat/pyparse.h"

namespace pci {

QList<rules::Finding> checkFlavorAliases(const flavors::Flavor &flavor, const PciReport &report)
{
    QList<rules::Finding> out;
    const std::optional<QString> value = flavor.extraSpecs.value(QStringLiteral("pci_passthrough:alias"));
    if (!value)
        return out;
    auto add = [&out, &flavor](const char *code, rules::Severity severity, rules::Stage stage, const QString &exception, int http, const QString &message) {
        rules::Finding f;
        f.code = QLatin1String(code);
        f.severity = severity;
        f.stage = stage;
        f.novaException = exception;
        f.httpStatus = http;
        f.keys = {QStringLiteral("pci_passthrough:alias")};
        f.message = FindingText::tr("%1: %2").arg(flavor.name, message);
        out.append(f);
    };
    if (!report.aliases.error.isEmpty()) {
        add("PCI_FLAVOR_ALIAS_INVALID_CONFIG", rules::Severity::Error, rules::Stage::B, QStringLiteral("PciInvalidAlias"), 400,
            FindingText::tr("the [pci] alias configuration is invalid: %1").arg(report.aliases.error));
        return out;
    }
    for (const QString &part : value->split(QLatin1Char(','))) {
        const QStringList nc = part.split(QLatin1Char(':'));
        const std::optional<qint64> count = nc.size() == 2 ? pyparse::toInt64(nc.at(1)) : std::nullopt;
        if (!count) {
            add("PCI_FLAVOR_ALIAS_MALFORMED", rules::Severity::Error, rules::Stage::B, {}, 400,
                FindingText::tr("'%1' is not NAME:COUNT").arg(part));
            continue;
        }
        const QString name = pyparse::pyStrip(nc.at(0));
        const bool defined = std::any_of(report.aliases.aliases.begin(), report.aliases.aliases.end(), [&name](const PciAlias &a) { return a.name == name; });
        if (!defined) {
            add("PCI_FLAVOR_ALIAS_UNDEFINED", rules::Severity::Error, rules::Stage::B, QStringLiteral("PciRequestAliasNotDefined"), 400,
                FindingText::tr("the alias '%1' is not defined in [pci] alias").arg(name));
            continue;
        }
        const qsizetype devices = std::count_if(report.devices.begin(), report.devices.end(), [&name](const DeviceClaim &d) { return d.aliases.contains(name); });
        if (devices < *count)
            add("PCI_FLAVOR_ALIAS_TOO_FEW", rules::Severity::Warning, rules::Stage::C, {}, 0,
                FindingText::tr("%1 device(s) of alias '%2' requested, this host has %3 that it can serve it from").arg(*count).arg(name).arg(devices));
    }
    return out;
}

} // namespace pci
