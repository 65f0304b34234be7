#include "command.h"

#include "flavors/flavorfiles.h"
#include "flavors/nativeformat.h"

#include <QCommandLineParser>
#include <QTextStream>

// `vdeckctl import FILE -o OUT`: any importable flavor JSON -> vDeck's native library.
namespace {

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser p;
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("output file"), QStringLiteral("OUT"));
    p.addOption(output);
    if (!p.parse(arguments) || p.positionalArguments().size() != 1 || !p.isSet(output)) {
        err << "vdeckctl import: " << (p.errorText().isEmpty() ? QStringLiteral("give one FILE and -o OUT") : p.errorText()) << '\n'
            << "Usage: vdeckctl import FILE -o OUT\n";
        return 2;
    }
    flavors::FileError fe;
    const std::optional<flavors::FlavorLibrary> lib = flavors::loadFlavorFile(p.positionalArguments().first(), &fe);
    if (!lib) {
        err << "vdeckctl import: " << fe.toString() << '\n';
        return 2;
    }
    QString why;
    if (!flavors::saveAtomically(p.value(output), flavors::writeNative(*lib), &why)) {
        err << "vdeckctl import: " << why << '\n';
        return 2;
    }
    return 0;
}

} // namespace

static const CommandRegistration registration{Command{
    QStringLiteral("import"), QStringLiteral("convert openstack/Nova flavor JSON to a vDeck flavor library"), run}};
