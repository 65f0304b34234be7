#include "command.h"

#include "flavors/exportformats.h"
#include "flavors/flavorfiles.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

// `vdeckctl export FILE --format native|nova-api|openstack-cli|ansible|heat [-o OUT]`
namespace {

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    const QString usageLine = QStringLiteral("Usage: vdeckctl export FILE --format %1 [-o OUT]\n").arg(flavors::exportFormatNames().join(QLatin1Char('|')));
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("output format"), QStringLiteral("F"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("output file"), QStringLiteral("OUT"));
    p.addOptions({format, output});
    if (!p.parse(arguments) || p.positionalArguments().size() != 1 || !p.isSet(format)) {
        err << "vdeckctl export: " << (p.errorText().isEmpty() ? QStringLiteral("give one FILE and --format") : p.errorText()) << '\n' << usageLine;
        return 2;
    }
    const std::optional<flavors::ExportFormat> f = flavors::exportFormatFromName(p.value(format));
    if (!f) {
        err << "vdeckctl export: unknown format '" << p.value(format) << "'\n" << usageLine;
        return 2;
    }
    flavors::FileError fe;
    const std::optional<flavors::FlavorLibrary> lib = flavors::loadFlavorFile(p.positionalArguments().first(), &fe);
    if (!lib) {
        err << "vdeckctl export: " << fe.toString() << '\n';
        return 2;
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
        err << "vdeckctl export: " << why << '\n';
        return 2;
    }
    return 0;
}

} // namespace

static const CommandRegistration registration{Command{
    QStringLiteral("export"), QStringLiteral("write flavors as native, nova-api, openstack-cli, ansible or heat"), run}};
