#include "command.h"
#include "commandline.h"

#include "flavors/exportformats.h"
#include "flavors/flavorfiles.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

// `vdeckctl export FILE --format native|nova-api|openstack-cli|ansible|heat [-o OUT]`
namespace {

int run(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("export"),
                   QStringLiteral("vdeckctl export FILE --format %1 [-o OUT]").arg(flavors::exportFormatNames().join(QLatin1Char('|'))),
                   QStringLiteral("Writes the flavors of FILE (any importable format) as a vDeck library, Nova API request bodies,\n"
                                  "an openstack CLI script (validated at microversion 2.86), Ansible tasks or a Heat template."));
    QCommandLineParser &p = cl.parser();
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output format."), QStringLiteral("F"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output file (written atomically); default standard output."), QStringLiteral("OUT"));
    p.addOptions({format, output});
    if (const auto status = cl.parse(arguments))
        return *status;
    if (p.positionalArguments().size() != 1 || !p.isSet(format))
        return cl.usageError(QStringLiteral("give one FILE and --format"));
    const std::optional<flavors::ExportFormat> f = flavors::exportFormatFromName(p.value(format));
    if (!f)
        return cl.usageError(QStringLiteral("unknown format '%1'").arg(p.value(format)));
    flavors::FileError fe;
    const std::optional<flavors::FlavorLibrary> lib = flavors::loadFlavorFile(p.positionalArguments().first(), &fe);
    if (!lib) {
        return cl.fail(fe.toString(), 2);
    }
    const QByteArray bytes = flavors::exportLibrary(*lib, *f);
    if (!p.isSet(output)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return 2;
        return 0;
    }
    QString why;
    if (!flavors::saveAtomically(p.value(output), bytes, &why)) {
        return cl.fail(why, 2);
    }
    return 0;
}

} // namespace

static const CommandRegistration registration{Command{
    QStringLiteral("export"), QStringLiteral("write flavors as native, nova-api, openstack-cli, ansible or heat"), run}};
