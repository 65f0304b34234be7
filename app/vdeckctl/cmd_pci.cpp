#include "command.h"
#include "commandline.h"
#include "factsprinter.h"
#include "hostinput.h"

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

int run(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("pci"),
                   QStringLiteral("vdeckctl pci (--snapshot F | --connect URI) [--conf nova.conf] [--release R] [--json]"),
                   QStringLiteral("Applies nova.conf's [pci] device_spec (passthrough_whitelist before 26) and alias to the host's PCI\n"
                                  "devices as Nova of the release does: the spec that claims each device, the aliases a flavor's\n"
                                  "pci_passthrough:alias can use it through, its dev_type, and with [pci] report_in_placement the\n"
                                  "Placement resource class and traits; then the conflicts (invalid specs and aliases, a PF claimed\n"
                                  "with its VFs, a spec that claims nothing, an alias nothing satisfies, remote_managed without a\n"
                                  "SmartNIC, one_time_use without report_in_placement). nova.conf comes from --conf, else from the\n"
                                  "snapshot's probed host facts.\n"
                                  "Exit status: 0 no errors, 1 an error finding, 2 usage or I/O error (a nova.conf error names file and line)."));
    QCommandLineParser &p = cl.parser();
    p.addOptions({{QStringLiteral("snapshot"), QStringLiteral("a .vdeckhost file"), QStringLiteral("F")},
                  {QStringLiteral("connect"), QStringLiteral("libvirt URI to capture the host from (read-only connection)"), QStringLiteral("URI")},
                  {QStringLiteral("conf"), QStringLiteral("the host's nova.conf (default: the one in the snapshot's host facts)"), QStringLiteral("FILE")},
                  {QStringLiteral("release"), QStringLiteral("Nova release: 23..33, 2021.1..2026.1, a series name, or master."), QStringLiteral("R"), QStringLiteral("31")},
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
    QString error;
    std::optional<pci::NovaConf> conf;
    if (cl.isSet(QStringLiteral("conf")) && !(conf = pci::NovaConf::load(cl.value(QStringLiteral("conf")), &error)))
        return cl.fail(error, 2);
    const std::optional<inventory::HostSnapshot> host = readHost(cl.value(QStringLiteral("snapshot")), cl.value(QStringLiteral("connect")), &error);
    if (!host)
        return cl.fail(error, 2);
    if (!conf)
        conf = host->hostFacts() ? pci::NovaConf::fromFacts(*host->hostFacts()) : pci::NovaConf();
    const pci::PciReport report = pci::evaluate(pci::PciHost::fromGraph(host->graph()), *conf, pci::PciRelease{release->major()});
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
