#include "command.h"
#include "commandline.h"
#include "fleetprint.h"

#include "flavors/flavorfiles.h"
#include "fleet/resourcerequest.h"
#include "rules/checker.h"
#include "rules/stageb.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

// `vdeckctl request FILE [--flavor NAME] [--release R] [--nova-conf F] [--json]`
namespace {

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    CommandLine cl(QStringLiteral("request"), QStringLiteral("vdeckctl request FILE [--flavor NAME] [--release R] [--nova-conf F] [--json]"),
                   QStringLiteral("Prints what Nova's scheduler asks Placement for one instance of each flavor (or --flavor NAME): the\n"
                                  "resources, request groups, required and forbidden traits and group policy of GET /allocation_candidates,\n"
                                  "as nova/scheduler/utils.py ResourceRequest and the request filters that need no configuration build them\n"
                                  "for the release. With --nova-conf (the controllers' nova.conf), a flavor's pci_passthrough:alias adds one request group\n"
                                  "per device when [filter_scheduler] pci_in_placement is on (27+). Neutron ports' QoS groups, aggregates and the\n"
                                  "image-type prefilters are not in it.\n"
                                  "A flavor Nova refuses to boot is marked so; its request is what the scheduler would ask if it got there.\n"
                                  "A flavor Nova cannot schedule (an alias nova.conf does not define) has an \"error\".\n"
                                  "Exit status: 0, 2 usage or file error."));
    QCommandLineParser &p = cl.parser();
    const QCommandLineOption flavor(QStringLiteral("flavor"), QStringLiteral("Only this flavor."), QStringLiteral("NAME"));
    const QCommandLineOption release(QStringLiteral("release"), QStringLiteral("Nova release: 23..33, 2021.1..2026.1, a series name, or master."), QStringLiteral("R"), QStringLiteral("31"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption novaConf(QStringLiteral("nova-conf"), QStringLiteral("The controllers' nova.conf ([pci] alias, [filter_scheduler] pci_in_placement)."), QStringLiteral("F"));
    p.addOptions({flavor, release, novaConf, json});
    if (const auto status = cl.parse(arguments))
        return *status;
    const std::optional<rules::NovaRelease> r = rules::NovaRelease::parse(p.value(release));
    if (!r)
        return cl.usageError(QStringLiteral("unknown Nova release '%1'").arg(p.value(release)));
    if (p.positionalArguments().size() != 1)
        return cl.usageError(QStringLiteral("give one FILE"));
    flavors::FileError fe;
    const std::optional<flavors::FlavorLibrary> lib = flavors::loadFlavorFile(p.positionalArguments().first(), &fe);
    if (!lib)
        return cl.fail(fe.toString(), 2);
    QList<flavors::Flavor> chosen = lib->flavors;
    if (p.isSet(flavor)) {
        const flavors::Flavor *found = lib->find(p.value(flavor));
        if (!found)
            return cl.fail(QStringLiteral("no flavor named '%1' in %2").arg(p.value(flavor), p.positionalArguments().first()), 2);
        chosen = {*found};
    }
    QString confError;
    const std::optional<fleetprint::ControllerConf> controller = fleetprint::readNovaConf(p.value(novaConf), *r, &confError);
    if (!controller)
        return cl.fail(confError, 2);
    QJsonArray list;
    for (const flavors::Flavor &f : std::as_const(chosen)) {
        const QList<rules::Finding> findings = rules::checkFlavor(f, flavors::ExtraSpecCatalog::forRelease(r->major()), rules::CheckOptions{*r});
        const auto error = std::find_if(findings.cbegin(), findings.cend(), [](const rules::Finding &x) { return x.severity == rules::Severity::Error; });
        const fleet::ResourceRequest request = fleet::resourceRequest(f, *r, rules::checkStageB(f, *r), controller->pci);
        if (p.isSet(json)) {
            QJsonObject o{{QStringLiteral("flavor"), f.name}, {QStringLiteral("refused"), error != findings.cend()}, {QStringLiteral("request"), fleetprint::requestJson(request)}};
            if (error != findings.cend())
                o.insert(QStringLiteral("error"), error->code);
            list.append(o);
        } else {
            out << f.name << (error != findings.cend() ? QStringLiteral(" (Nova refuses it: %1)").arg(error->code) : QString()) << '\n'
                << "  GET /allocation_candidates?" << request.queryString() << '\n';
            if (!request.error.isEmpty())
                out << "  error: " << request.error << '\n';
            for (const QString &note : fleet::requestNotes(request))
                out << "  note: " << note << '\n';
        }
    }
    if (p.isSet(json))
        out << QJsonDocument(QJsonObject{{QStringLiteral("release"), r->major()}, {QStringLiteral("flavors"), list}}).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace

static const CommandRegistration registration{Command{
    QStringLiteral("request"), QStringLiteral("what Nova's scheduler asks Placement for a flavor"), run}};
