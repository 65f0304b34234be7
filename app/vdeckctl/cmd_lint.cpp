#include "command.h"
#include "commandline.h"

#include "findingprinter.h"
#include "hostinput.h"

#include "flavors/catalog.h"
#include "flavors/flavorfiles.h"
#include "hostfit/flavoronhost.h"
#include "rules/checker.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

// `vdeckctl lint FILE... [--release R] [--image-prop k=v]... [--snapshot F | --connect URI] [--profile F] [--json]`
namespace {

void printText(QTextStream &out, const flavors::Flavor &f, const QList<rules::Finding> &findings, const hostfit::HostVerdict *host)
{
    int errors = 0;
    for (const rules::Finding &x : findings)
        errors += x.severity == rules::Severity::Error;
    out << f.name << ": " << (errors ? QStringLiteral("%1 error(s)").arg(errors) : QStringLiteral("ok")) << '\n';
    findingprinter::printFindings(out, findings, QStringLiteral("  "));
    if (host)
        out << "  host " << host->hostName << ": " << (host->capacity.capped ? QStringLiteral(">= ") : QString()) << host->capacity.fits
            << " fit now" << (host->canRun() ? QString() : QStringLiteral(" (cannot run)")) << "; limited by " << host->capacity.limitedBy << '\n';
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    CommandLine cl(QStringLiteral("lint"),
                   QStringLiteral("vdeckctl lint FILE... [--release R] [--image-prop k=v]... [--snapshot F | --connect URI] [--profile F] [--json]"),
                   QStringLiteral("Checks flavors as Nova would (stage A extra-spec API, B server create, C scheduler, D spawn).\n"
                                  "With a host (--snapshot or --connect, read-only), adds the host's findings (host.*: software minimums,\n"
                                  "vIOMMU, hugepages, pCPUs, devices, mdevs) and, with --json, a \"host\" object per flavor:\n"
                                  "{\"name\", \"fits\", \"limitedBy\", \"canRun\"}. Every blocker is listed, not only the first: the error Nova\n"
                                  "reports is the first (\"novaReports\": true in JSON), the others say \"later blocker\".\n"
                                  "Exit status: 0 no errors, 1 a flavor has errors or cannot run on the host, 2 usage or I/O error."));
    QCommandLineParser &p = cl.parser();
    const QCommandLineOption release(QStringLiteral("release"), QStringLiteral("Nova release: 23..33, 2021.1..2026.1, a series name, or master."), QStringLiteral("R"), QStringLiteral("31"));
    const QCommandLineOption imageProp(QStringLiteral("image-prop"), QStringLiteral("An image property k=v the flavor is booted with (repeatable)."), QStringLiteral("k=v"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption snapshot(QStringLiteral("snapshot"), QStringLiteral("Host snapshot for host-aware checks."), QStringLiteral("F"));
    const QCommandLineOption connect(QStringLiteral("connect"), QStringLiteral("libvirt URI for host-aware checks (read-only connection)."), QStringLiteral("URI"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"), QStringLiteral("Compute profile (nova.conf values) JSON file for host-aware checks."), QStringLiteral("F"));
    p.addOptions({release, imageProp, json, snapshot, connect, profileOpt});
    if (const auto status = cl.parse(arguments))
        return *status;
    if (p.isSet(snapshot) && p.isSet(connect))
        return cl.usageError(QStringLiteral("give at most one of --snapshot and --connect"));
    if (p.isSet(profileOpt) && !p.isSet(snapshot) && !p.isSet(connect))
        return cl.usageError(QStringLiteral("--profile needs --snapshot or --connect"));
    const std::optional<rules::NovaRelease> r = rules::NovaRelease::parse(p.value(release));
    if (!r)
        return cl.usageError(QStringLiteral("unknown Nova release '%1' (use 23..33, 2021.1..2026.1, a series name, or master)").arg(p.value(release)));
    if (p.positionalArguments().isEmpty())
        return cl.usageError(QStringLiteral("no flavor file given"));
    flavors::PropertyList extraImage;
    for (const QString &kv : p.values(imageProp)) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return cl.usageError(QStringLiteral("--image-prop needs k=v, got '%1'").arg(kv));
        extraImage.set(kv.left(eq), kv.mid(eq + 1));
    }
    QList<flavors::Flavor> all;
    for (const QString &file : p.positionalArguments()) {
        flavors::FileError fe;
        const std::optional<flavors::FlavorLibrary> lib = flavors::loadFlavorFile(file, &fe);
        if (!lib) {
            return cl.fail(fe.toString(), 2);
        }
        all.append(lib->flavors);
    }
    QString error;
    const std::optional<domainxml::ComputeProfile> profile = readProfile(p.value(profileOpt), &error);
    if (!profile)
        return cl.fail(error, 2);
    std::optional<inventory::HostSnapshot> host;
    if (p.isSet(snapshot) || p.isSet(connect)) {
        host = readHost(p.value(snapshot), p.value(connect), &error);
        if (!host)
            return cl.fail(error, 2);
    }
    // The extra-spec catalogue of the release (its own, resources/catalog/nova-<major>.json): its Nova
    // version is in the output, so a reader knows which registry judged the keys.
    const flavors::ExtraSpecCatalog &catalog = flavors::ExtraSpecCatalog::forRelease(r->major());
    if (!p.isSet(json))
        out << "Nova " << r->displayName() << ", extra specs checked against the registry of Nova " << catalog.novaVersion() << '\n';
    QJsonArray results;
    bool anyErrors = false;
    for (flavors::Flavor f : all) {
        for (const flavors::Property &prop : extraImage.items())
            f.imageProperties.set(prop.key, prop.value);
        QList<rules::Finding> findings = rules::checkFlavor(f, catalog, rules::CheckOptions{*r});
        std::optional<hostfit::HostVerdict> verdict;
        if (host) { // the one list of a flavor on a host (the same as vdeckctl xml and the GUI show)
            hostfit::FlavorOnHostOptions options;
            options.build.release = *r;
            options.build.flavorFindings = findings;
            hostfit::FlavorOnHost assessed = hostfit::assessOnHost(f, *host, *profile, options);
            verdict = assessed.verdict;
            findings = assessed.findings;
        }
        anyErrors |= rules::hasErrors(findings) || (verdict && !verdict->canRun());
        if (p.isSet(json)) {
            QJsonArray list;
            for (const rules::Finding &x : findings)
                list.append(x.toJson());
            QJsonObject o{{QStringLiteral("flavor"), f.name}, {QStringLiteral("catalog"), catalog.novaVersion()}, {QStringLiteral("findings"), list}};
            if (verdict)
                o.insert(QStringLiteral("host"), verdict->toJson());
            results.append(o);
        } else {
            printText(out, f, findings, verdict ? &*verdict : nullptr);
        }
    }
    if (p.isSet(json))
        out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    return anyErrors ? 1 : 0;
}

} // namespace

static const CommandRegistration registration{Command{
    QStringLiteral("lint"), QStringLiteral("check flavors against Nova's rules for a release"), run}};
