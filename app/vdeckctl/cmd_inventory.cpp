#include "command.h"
#include "commandline.h"
#include "factsprinter.h"

#include "hosts/hostcapture.h"
#include "inventory/inventoryprinter.h"
#include "inventory/snapshotfile.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

// `vdeckctl inventory`: a host's logical device tree (or JSON), live or from a snapshot file.
namespace {

int run(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("inventory"), QStringLiteral("vdeckctl inventory (--connect URI | --snapshot FILE) [--tree | --json] [--kind K] [--numa N] [--parallel N]"),
                   QStringLiteral("Prints a host's devices as a logical tree (PFs -> VFs -> vDPA and netdevs, GPUs -> mdev types -> mdevs)\n"
                                  "or as JSON {\"host\": ..., \"devices\": [...], \"facts\": ...}. Live connections are opened read-only.\n"
                                  "A snapshot captured with --ssh also holds the host's facts (hugepages, kernel command line, memlock,\n"
                                  "nova.conf, ...): printed after the tree, and as \"facts\" in JSON (null when the host was not probed)."));
    QCommandLineParser &p = cl.parser();
    p.addOption({QStringLiteral("connect"), QStringLiteral("libvirt URI of the host (read-only connection)"), QStringLiteral("URI")});
    p.addOption({QStringLiteral("snapshot"), QStringLiteral("a .vdeckhost file"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("tree"), QStringLiteral("print the logical device tree (default)")});
    p.addOption({QStringLiteral("json"), QStringLiteral("print {\"host\": {...}, \"devices\": [...]}")});
    p.addOption({QStringLiteral("kind"), QStringLiteral("only devices of kind K: pf vf vdpa net gpu mdev pci other"), QStringLiteral("K")});
    p.addOption({QStringLiteral("numa"), QStringLiteral("only devices on NUMA node N"), QStringLiteral("N")});
    p.addOption({QStringLiteral("parallel"),
                 QStringLiteral("device XML requests in flight on the connection (1 to %1; default: one per 8 devices, 8 to 200)")
                     .arg(hosts::maxParallelFetches),
                 QStringLiteral("N")});
    if (const auto status = cl.parse(arguments))
        return *status;
    if (!p.positionalArguments().isEmpty())
        return cl.usageError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    if (p.isSet(QStringLiteral("connect")) == p.isSet(QStringLiteral("snapshot")))
        return cl.usageError(QStringLiteral("give exactly one of --connect and --snapshot"));
    if (p.isSet(QStringLiteral("tree")) && p.isSet(QStringLiteral("json")))
        return cl.usageError(QStringLiteral("--tree and --json exclude each other"));
    inventory::InventoryFilter filter;
    if (p.isSet(QStringLiteral("kind"))) {
        filter.kind = inventory::kindFromName(p.value(QStringLiteral("kind")));
        if (!filter.kind)
            return cl.usageError(QStringLiteral("unknown kind '%1'").arg(p.value(QStringLiteral("kind"))));
    }
    if (p.isSet(QStringLiteral("numa"))) {
        bool ok = false;
        filter.numaNode = p.value(QStringLiteral("numa")).toInt(&ok);
        if (!ok || *filter.numaNode < 0)
            return cl.usageError(QStringLiteral("--numa needs a NUMA node number"));
    }

    hosts::CaptureOptions capture;
    if (p.isSet(QStringLiteral("parallel"))) {
        if (p.isSet(QStringLiteral("snapshot")))
            return cl.usageError(QStringLiteral("--parallel applies to --connect only"));
        bool ok = false;
        capture.fetchThreads = p.value(QStringLiteral("parallel")).toInt(&ok);
        if (!ok || capture.fetchThreads < 1 || capture.fetchThreads > hosts::maxParallelFetches)
            return cl.usageError(QStringLiteral("--parallel needs a number from 1 to %1, not '%2'")
                                     .arg(hosts::maxParallelFetches)
                                     .arg(p.value(QStringLiteral("parallel"))));
    }

    QTextStream err(stderr);
    inventory::HostSnapshot snapshot;
    QString error;
    if (p.isSet(QStringLiteral("snapshot"))) {
        if (!inventory::snapshotfile::load(p.value(QStringLiteral("snapshot")), &snapshot, &error)) {
            err << "vdeckctl inventory: " << error << '\n';
            return 2; // an unreadable or malformed file is an I/O error, not a host error
        }
    } else {
        hosts::CaptureResult r = hosts::captureUri({p.value(QStringLiteral("connect")), true, {}}, capture);
        if (!r.ok()) {
            err << "vdeckctl inventory: " << r.error << '\n';
            return 1;
        }
        snapshot = r.snapshot;
    }
    QTextStream out(stdout);
    if (p.isSet(QStringLiteral("json")))
        out << QJsonDocument(inventory::inventoryJson(snapshot, filter)).toJson(QJsonDocument::Indented);
    else
        out << inventory::inventoryTree(snapshot, filter);
    if (!p.isSet(QStringLiteral("json")) && snapshot.hostFacts()) {
        out << "\nhost facts (ssh probe):\n";
        factsprinter::printFacts(out, *snapshot.hostFacts());
    }
    return 0;
}

} // namespace

static const CommandRegistration registration{
    Command{QStringLiteral("inventory"), QStringLiteral("print a host's device tree or JSON (live or from a .vdeckhost)"), run}};
