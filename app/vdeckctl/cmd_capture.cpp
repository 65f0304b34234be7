#include "command.h"

#include "hosts/hostcapture.h"
#include "inventory/snapshotfile.h"

#include <QCommandLineParser>
#include <QTextStream>

// `vdeckctl capture`: saves a live host as a .vdeckhost snapshot for later or offline inspection.
namespace {

const char *kUsage = "Usage: vdeckctl capture --connect URI -o FILE\n";

int usageError(const QString &message)
{
    QTextStream(stderr) << "vdeckctl capture: " << message << '\n' << kUsage;
    return 2;
}

int run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("connect"), QStringLiteral("libvirt URI of the host (read-only connection)"), QStringLiteral("URI")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("the .vdeckhost file to write"), QStringLiteral("FILE")});
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help")) || p.isSet(QStringLiteral("help-all"))) {
        QTextStream(stdout) << kUsage << '\n' << p.helpText().section(QLatin1Char('\n'), 2);
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    if (!p.isSet(QStringLiteral("connect")) || !p.isSet(QStringLiteral("output")))
        return usageError(QStringLiteral("--connect and -o are required"));

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
