#include "command.h"
#include "commandline.h"
#include "hostinput.h"

#include "flavors/flavorfiles.h"
#include "hostfit/capacityestimate.h"
#include "hostfit/hostrequirements.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

// `vdeckctl capacity (--snapshot F | --connect URI) FILE [--flavor NAME] [--release R] [--profile F] [--json]`
namespace {

QString description()
{
    QString text = QStringLiteral(
        "How many instances of each flavor fit on the host now, and which resource runs out first. Instances are placed\n"
        "one after another as Nova's scheduler would (placement VCPU/PCPU/MEMORY_MB, the NUMA fit with pinned CPUs and\n"
        "pages, free VFs, vDPA devices, PFs, PCI aliases, mdev instances) and each one's resources consumed; counting\n"
        "stops at %1. DISK_GB is not counted. Live connections are read-only.\n"
        "Version minimums applied:\n").arg(hostfit::CapacityEstimate::kDefaultCap);
    for (const versions::Minimum &m : hostfit::appliedMinimums(rules::NovaRelease()))
        text += QStringLiteral("  %1\n").arg(m.text());
    return text + QStringLiteral("Exit status: 0 every flavor fits at least once, 1 one cannot run on the host, 2 usage or I/O error.");
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    CommandLine cl(QStringLiteral("capacity"),
                   QStringLiteral("vdeckctl capacity (--snapshot F | --connect URI) FILE [--flavor NAME] [--release R] [--profile F] [--json]"),
                   description());
    QCommandLineParser &p = cl.parser();
    p.addOptions({{QStringLiteral("snapshot"), QStringLiteral("a .vdeckhost file"), QStringLiteral("F")},
                  {QStringLiteral("connect"), QStringLiteral("libvirt URI to capture the host from (read-only connection)"), QStringLiteral("URI")},
                  {QStringLiteral("flavor"), QStringLiteral("only this flavor"), QStringLiteral("NAME")},
                  {QStringLiteral("release"), QStringLiteral("Nova release: 23..33, 2021.1..2026.1, a series name, or master."), QStringLiteral("R"), QStringLiteral("31")},
                  {QStringLiteral("profile"), QStringLiteral("compute profile (nova.conf values) JSON file"), QStringLiteral("F")},
                  {QStringLiteral("json"), QStringLiteral("print JSON: [{\"flavor\", \"host\", \"fits\", \"capped\", \"limitedBy\", \"code\", \"reason\", \"canRun\"}]")}});
    if (const auto status = cl.parse(arguments))
        return *status;
    if (cl.isSet(QStringLiteral("snapshot")) == cl.isSet(QStringLiteral("connect")))
        return cl.usageError(QStringLiteral("give exactly one of --snapshot and --connect"));
    if (cl.positional().size() != 1)
        return cl.usageError(QStringLiteral("give exactly one flavor file"));
    const std::optional<rules::NovaRelease> release = rules::NovaRelease::parse(cl.value(QStringLiteral("release")));
    if (!release)
        return cl.usageError(QStringLiteral("unknown Nova release '%1' (use 23..33, 2021.1..2026.1, a series name, or master)").arg(cl.value(QStringLiteral("release"))));
    flavors::FileError fe;
    const std::optional<flavors::FlavorLibrary> lib = flavors::loadFlavorFile(cl.positional().constFirst(), &fe);
    if (!lib)
        return cl.fail(fe.toString(), 2);
    QList<flavors::Flavor> chosen;
    for (const flavors::Flavor &f : lib->flavors) {
        if (!cl.isSet(QStringLiteral("flavor")) || f.name == cl.value(QStringLiteral("flavor")))
            chosen.append(f);
    }
    if (chosen.isEmpty())
        return cl.fail(cl.isSet(QStringLiteral("flavor")) ? QStringLiteral("%1 has no flavor '%2'").arg(cl.positional().constFirst(), cl.value(QStringLiteral("flavor")))
                                                          : QStringLiteral("%1 has no flavors").arg(cl.positional().constFirst()), 2);
    QString error;
    const std::optional<domainxml::ComputeProfile> profile = readProfile(cl.value(QStringLiteral("profile")), &error);
    if (!profile)
        return cl.fail(error, 2);
    const std::optional<inventory::HostSnapshot> host = readHost(cl.value(QStringLiteral("snapshot")), cl.value(QStringLiteral("connect")), &error);
    if (!host)
        return cl.fail(error, 2);
    QJsonArray results;
    bool allRun = true;
    for (const flavors::Flavor &f : chosen) {
        const hostfit::CapacityEstimate e = hostfit::estimateCapacity(f, *host, *profile, hostfit::CapacityOptions{*release, hostfit::CapacityEstimate::kDefaultCap});
        allRun &= e.canRun();
        if (cl.isSet(QStringLiteral("json"))) {
            results.append(QJsonObject{{QStringLiteral("flavor"), f.name}, {QStringLiteral("host"), host->identity().hostname},
                                       {QStringLiteral("fits"), e.fits}, {QStringLiteral("capped"), e.capped},
                                       {QStringLiteral("limitedBy"), e.limitedBy}, {QStringLiteral("code"), e.shortage.code},
                                       {QStringLiteral("reason"), e.shortage.message}, {QStringLiteral("canRun"), e.canRun()}});
        } else {
            out << f.name << ": " << (e.capped ? QStringLiteral(">= ") : QString()) << e.fits << " fit on " << host->identity().hostname
                << "; limited by " << e.limitedBy << '\n';
            if (!e.capped && !e.shortage.message.isEmpty() && e.shortage.message != e.limitedBy)
                out << "  " << e.shortage.message << '\n';
        }
    }
    if (cl.isSet(QStringLiteral("json")))
        out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    return allRun ? 0 : 1;
}

} // namespace

static const CommandRegistration registration{Command{
    QStringLiteral("capacity"), QStringLiteral("how many instances of a flavor fit on a host, and what runs out first"), run}};
