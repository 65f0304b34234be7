#include "command.h"
#include "commandline.h"
#include "sshcli.h"

#include "hosts/hostcapture.h"
#include "inventory/snapshotfile.h"

#include <QCommandLineParser>
#include <QTextStream>

// `vdeckctl capture`: saves a live host as a .vdeckhost snapshot for later or offline inspection.
namespace {

int run(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("capture"),
                   QStringLiteral("vdeckctl capture --connect URI -o FILE [--ssh USER@HOST[:PORT] [--identity F] [--known-hosts F] [--accept-new-host-key]]"),
                   QStringLiteral("Saves a live host (read-only connection) as a .vdeckhost snapshot, to inspect later with --snapshot.\n"
                                  "With --ssh, the host is also probed over ssh and its facts (hugepages, kernel command line,\n"
                                  "memlock, nova.conf, ...) are saved in the snapshot. Exit status: 0 saved, 1 the host could not be\n"
                                  "read or probed (or its host key is unknown or changed), 2 usage or I/O error."));
    QCommandLineParser &p = cl.parser();
    p.addOption({QStringLiteral("connect"), QStringLiteral("libvirt URI of the host (read-only connection)"), QStringLiteral("URI")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("the .vdeckhost file to write"), QStringLiteral("FILE")});
    sshcli::addOptions(p, false);
    if (const auto status = cl.parse(arguments))
        return *status;
    if (!p.positionalArguments().isEmpty())
        return cl.usageError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    if (!p.isSet(QStringLiteral("connect")) || !p.isSet(QStringLiteral("output")))
        return cl.usageError(QStringLiteral("--connect and -o are required"));

    QString error;
    std::optional<sshcli::Request> request;
    if (p.isSet(QStringLiteral("ssh")) && !(request = sshcli::request(p, &error)))
        return cl.usageError(error);
    if (!p.isSet(QStringLiteral("ssh")) && sshcli::anyProbeOptionSet(p))
        return cl.usageError(QStringLiteral("--identity, --known-hosts, --accept-new-host-key, --root-prefix and --timeout need --ssh"));

    hosts::CaptureResult r = hosts::captureUri({p.value(QStringLiteral("connect")), true, {}});
    if (!r.ok())
        return cl.fail(r.error, 1);
    if (request) {
        const std::optional<hostfacts::HostFacts> facts = sshcli::probeHost(*request, &error);
        if (!facts)
            return cl.fail(error, 1);
        r.snapshot = r.snapshot.withHostFacts(facts);
    }
    if (!inventory::snapshotfile::save(r.snapshot, p.value(QStringLiteral("output")), &error))
        return cl.fail(error, 2);
    QTextStream(stdout) << "captured " << r.snapshot.graph().size() << " devices of " << r.snapshot.identity().hostname
                        << (request ? QStringLiteral(" and the host facts of %1").arg(request->target.display()) : QString())
                        << " into " << p.value(QStringLiteral("output")) << '\n';
    return 0;
}

} // namespace

static const CommandRegistration registration{
    Command{QStringLiteral("capture"), QStringLiteral("save a live host as a .vdeckhost snapshot"), run}};
