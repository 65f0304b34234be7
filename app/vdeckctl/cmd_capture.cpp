#include "command.h"
#include "commandline.h"

#include "hosts/hostcapture.h"
#include "inventory/snapshotfile.h"

#include <QCommandLineParser>
#include <QTextStream>

// `vdeckctl capture`: saves a live host as a .vdeckhost snapshot for later or offline inspection.
namespace {

int run(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("capture"), QStringLiteral("vdeckctl capture --connect URI -o FILE"),
                   QStringLiteral("Saves a live host (read-only connection) as a .vdeckhost snapshot, to inspect later with --snapshot."));
    QCommandLineParser &p = cl.parser();
    p.addOption({QStringLiteral("connect"), QStringLiteral("libvirt URI of the host (read-only connection)"), QStringLiteral("URI")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("the .vdeckhost file to write"), QStringLiteral("FILE")});
    if (const auto status = cl.parse(arguments))
        return *status;
    if (!p.positionalArguments().isEmpty())
        return cl.usageError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    if (!p.isSet(QStringLiteral("connect")) || !p.isSet(QStringLiteral("output")))
        return cl.usageError(QStringLiteral("--connect and -o are required"));

    QTextStream err(stderr);
    const hosts::CaptureResult r = hosts::captureUri({p.value(QStringLiteral("connect")), true, {}});
    if (!r.ok()) {
        err << "vdeckctl capture: " << r.error << '\n';
        return 1;
    }
    QString error;
    if (!inventory::snapshotfile::save(r.snapshot, p.value(QStringLiteral("output")), &error)) {
        err << "vdeckctl capture: " << error << '\n';
        return 2;
    }
    QTextStream(stdout) << "captured " << r.snapshot.graph().size() << " devices of " << r.snapshot.facts().hostname << " into "
                        << p.value(QStringLiteral("output")) << '\n';
    return 0;
}

} // namespace

static const CommandRegistration registration{
    Command{QStringLiteral("capture"), QStringLiteral("save a live host as a .vdeckhost snapshot"), run}};
