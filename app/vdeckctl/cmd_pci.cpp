#include "command.h"
#include "commandline.h"
#include "factsprinter.h"
#include "hostinput.h"

#include "flavors/flavorfiles.h"
#include "pci/composer.h"
#include "pci/flavoralias.h"
#include "pci/pcireport.h"

#include <QJsonDocument>
#include <QTextStream>

// `vdeckctl pci`: which [pci]device_spec claims each PCI device of a host, which aliases can use
// it, what Placement gets, and the conflicts, as Nova of the chosen release sees them.
namespace {

void printText(QTextStream &out, const pci::PciReport &r, const QString &host)
{
    out << host << ": Nova " << r.release.major << ", [pci] " << r.option << ", " << r.specs.size() << " spec(s), "
        << r.aliases.aliases.size() << " alias(es)" << (r.reportInPlacement ? ", report_in_placement" : "") << '\n';
    for (qsizetype i = 0; i < r.specs.size(); ++i) {
        const pci::SpecEntry &s = r.specs.at(i);
        out << "  spec " << i << " (" << s.origin << "): " << s.text;
        if (s.spec)
            out << " -> " << s.claimed << " device(s)\n";
        else
            out << " -> " << s.error << '\n';
    }
    for (const pci::DeviceClaim &c : r.devices) {
        if (c.spec < 0)
            continue;
        out << c.device.address << "  " << pci::devTypeName(c.device.devType) << "  " << c.device.vendorId << ':' << c.device.productId
            << "  spec " << c.spec << "  aliases: " << (c.aliases.isEmpty() ? QStringLiteral("-") : c.aliases.join(QStringLiteral(", ")));
        if (c.placement.reported)
            out << "  " << c.placement.resourceClass << " [" << c.placement.traits.join(QLatin1Char(',')) << ']';
        out << '\n';
    }
    const qsizetype unclaimed = std::count_if(r.devices.begin(), r.devices.end(), [](const pci::DeviceClaim &c) { return c.spec < 0; });
    out << unclaimed << " of " << r.devices.size() << " PCI devices claimed by no spec\n";
    factsprinter::printFindings(out, r.findings);
}

// --compose ADDRESS...: the device_spec and alias entries for the devices, added to the ones
// nova.conf already has, as the compute-node and API/scheduler snippets.
int compose(const CommandLine &cl, const pci::PciHost &host, const pci::NovaConf &conf, const pci::PciRelease &release)
{
    pci::ConfEntries entries = pci::importEntries(conf, release);
    pci::SpecChoice choice;
    choice.allVfsOfPf = cl.isSet(QStringLiteral("all-vfs"));
    choice.physicalNetwork = cl.value(QStringLiteral("physnet"));
    choice.resourceClass = cl.value(QStringLiteral("resource-class"));
    choice.traits = cl.value(QStringLiteral("traits"));
    for (const QString &address : cl.values(QStringLiteral("compose"))) {
        const pci::NovaPciDevice *d = host.byAddress(address);
        if (!d)
            return cl.fail(QStringLiteral("the host has no PCI device %1").arg(address), 2);
        entries.specs.append(pci::composeDeviceSpec(*d, choice, release));
        if (cl.isSet(QStringLiteral("alias-name")))
            entries.aliases.append(pci::composeAlias(cl.value(QStringLiteral("alias-name")), *d, cl.value(QStringLiteral("numa-policy")), choice, release));
    }
    entries.reportInPlacement = entries.reportInPlacement || !choice.resourceClass.isEmpty();
    const pci::Snippets s = pci::composeSnippets(entries.specs, entries.aliases, entries.mdevs, entries.reportInPlacement, release);
    QTextStream out(stdout);
    out << s.compute << (s.controller.isEmpty() ? QString() : QStringLiteral("\n") + s.controller);
    return 0;
}

int run(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("pci"),
                   QStringLiteral("vdeckctl pci (--snapshot F | --connect URI) [--conf nova.conf] [--release R] [--flavors FILE] [--json]\n"
                                  "       vdeckctl pci (--snapshot F | --connect URI) [--conf nova.conf] [--release R] --compose ADDRESS... "
                                  "[--alias-name NAME [--numa-policy P]] [--all-vfs] [--physnet NET] [--resource-class RC] [--traits T]"),
                   QStringLiteral("Applies nova.conf's [pci] device_spec (passthrough_whitelist before 26) and alias to the host's PCI\n"
                                  "devices as Nova of the release does: the spec that claims each device, the aliases a flavor's\n"
                                  "pci_passthrough:alias can use it through, its dev_type, and with [pci] report_in_placement the\n"
                                  "Placement resource class and traits; then the conflicts (invalid specs and aliases, a PF claimed\n"
                                  "with its VFs, a spec that claims nothing, an alias nothing satisfies, remote_managed without a\n"
                                  "SmartNIC, one_time_use without report_in_placement). nova.conf comes from --conf, else from the\n"
                                  "snapshot's probed host facts. --flavors checks the flavors' pci_passthrough:alias against them.\n"
                                  "--compose prints the [pci] snippet for the compute nodes and the alias snippet for the API and\n"
                                  "scheduler nodes with entries for the devices added to the ones nova.conf has.\n"
                                  "Exit status: 0 no errors, 1 an error finding, 2 usage or I/O error (a nova.conf error names file and line)."));
    QCommandLineParser &p = cl.parser();
    p.addOptions({{QStringLiteral("snapshot"), QStringLiteral("a .vdeckhost file"), QStringLiteral("F")},
                  {QStringLiteral("connect"), QStringLiteral("libvirt URI to capture the host from (read-only connection)"), QStringLiteral("URI")},
                  {QStringLiteral("conf"), QStringLiteral("the host's nova.conf (default: the one in the snapshot's host facts)"), QStringLiteral("FILE")},
                  {QStringLiteral("release"), QStringLiteral("Nova release: 23..33, 2021.1..2026.1, a series name, or master."), QStringLiteral("R"), QStringLiteral("31")},
                  {QStringLiteral("flavors"), QStringLiteral("check the flavors' pci_passthrough:alias against the aliases and devices"), QStringLiteral("FILE")},
                  {QStringLiteral("compose"), QStringLiteral("print nova.conf snippets with a device_spec (and alias) for this device added"), QStringLiteral("ADDRESS")},
                  {QStringLiteral("alias-name"), QStringLiteral("with --compose: also an alias of this name"), QStringLiteral("NAME")},
                  {QStringLiteral("numa-policy"), QStringLiteral("with --alias-name: required, legacy, preferred or socket"), QStringLiteral("P")},
                  {QStringLiteral("all-vfs"), QStringLiteral("with --compose of a VF: name its PF, so every VF of the PF is claimed")},
                  {QStringLiteral("physnet"), QStringLiteral("with --compose: physical_network (Neutron SR-IOV ports)"), QStringLiteral("NET")},
                  {QStringLiteral("resource-class"), QStringLiteral("with --compose: resource_class (PCI in Placement)"), QStringLiteral("RC")},
                  {QStringLiteral("traits"), QStringLiteral("with --compose: traits (PCI in Placement), comma separated"), QStringLiteral("T")},
                  {QStringLiteral("json"), QStringLiteral("print JSON: {\"specs\", \"aliases\", \"devices\", \"findings\", ...}")}});
    if (const auto status = cl.parse(arguments))
        return *status;
    if (!cl.positional().isEmpty())
        return cl.usageError(QStringLiteral("unexpected argument '%1'").arg(cl.positional().first()));
    if (cl.isSet(QStringLiteral("snapshot")) == cl.isSet(QStringLiteral("connect")))
        return cl.usageError(QStringLiteral("give exactly one of --snapshot and --connect"));
    const std::optional<rules::NovaRelease> release = rules::NovaRelease::parse(cl.value(QStringLiteral("release")));
    if (!release)
        return cl.usageError(QStringLiteral("unknown Nova release '%1' (use 23..33, 2021.1..2026.1, a series name, or master)").arg(cl.value(QStringLiteral("release"))));
    for (const char *o : {"alias-name", "numa-policy", "all-vfs", "physnet", "resource-class", "traits"}) {
        if (cl.isSet(QLatin1String(o)) && !cl.isSet(QStringLiteral("compose")))
            return cl.usageError(QStringLiteral("--%1 needs --compose").arg(QLatin1String(o)));
    }
    if (cl.isSet(QStringLiteral("compose")) && (cl.isSet(QStringLiteral("json")) || cl.isSet(QStringLiteral("flavors"))))
        return cl.usageError(QStringLiteral("--compose prints nova.conf snippets; it excludes --json and --flavors"));
    QString error;
    std::optional<pci::NovaConf> conf;
    if (cl.isSet(QStringLiteral("conf")) && !(conf = pci::NovaConf::load(cl.value(QStringLiteral("conf")), &error)))
        return cl.fail(error, 2);
    const std::optional<inventory::HostSnapshot> host = readHost(cl.value(QStringLiteral("snapshot")), cl.value(QStringLiteral("connect")), &error);
    if (!host)
        return cl.fail(error, 2);
    if (!conf)
        conf = host->hostFacts() ? pci::NovaConf::fromFacts(*host->hostFacts()) : pci::NovaConf();
    const pci::PciHost pciHost = pci::PciHost::fromGraph(host->graph());
    if (cl.isSet(QStringLiteral("compose")))
        return compose(cl, pciHost, *conf, pci::PciRelease{release->major()});
    pci::PciReport report = pci::evaluate(pciHost, *conf, pci::PciRelease{release->major()});
    if (cl.isSet(QStringLiteral("flavors"))) {
        flavors::FileError fileError;
        const std::optional<flavors::FlavorLibrary> library = flavors::loadFlavorFile(cl.value(QStringLiteral("flavors")), &fileError);
        if (!library)
            return cl.fail(fileError.toString(), 2);
        for (const flavors::Flavor &f : library->flavors)
            report.findings = rules::mergeFindings(report.findings, pci::checkFlavorAliases(f, report));
    }
    QTextStream out(stdout);
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonObject o = pci::toJson(report);
        o.insert(QStringLiteral("host"), host->identity().hostname);
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        printText(out, report, host->identity().hostname);
    }
    return rules::hasErrors(report.findings) ? 1 : 0;
}

} // namespace

static const CommandRegistration registration{
    Command{QStringLiteral("pci"), QStringLiteral("which [pci]device_spec and alias claim each PCI device, and the conflicts"), run}};
