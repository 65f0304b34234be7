#include "command.h"
#include "commandline.h"

#include "flavors/flavorfiles.h"
#include "flavors/nativeformat.h"

#include <QCommandLineParser>
#include <QTextStream>

// `vdeckctl import FILE -o OUT`: any importable flavor JSON -> vDeck's native library.
namespace {

int run(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("import"), QStringLiteral("vdeckctl import FILE -o OUT"),
                   QStringLiteral("Reads `openstack flavor show -f json` output (one flavor or a list) or Nova API JSON and\n"
                                  "writes a vDeck flavor library. Nothing is written when FILE is malformed."));
    QCommandLineParser &p = cl.parser();
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The vDeck library to write (atomically)."), QStringLiteral("OUT"));
    p.addOption(output);
    if (const auto status = cl.parse(arguments))
        return *status;
    if (p.positionalArguments().size() != 1 || !p.isSet(output))
        return cl.usageError(QStringLiteral("give one FILE and -o OUT"));
    flavors::FileError fe;
    const std::optional<flavors::FlavorLibrary> lib = flavors::loadFlavorFile(p.positionalArguments().first(), &fe);
    if (!lib) {
        return cl.fail(fe.toString(), 2);
    }
    QString why;
    if (!flavors::saveAtomically(p.value(output), flavors::writeNative(*lib), &why)) {
        return cl.fail(why, 2);
    }
    return 0;
}

} // namespace

static const CommandRegistration registration{Command{
    QStringLiteral("import"), QStringLiteral("convert openstack/Nova flavor JSON to a vDeck flavor library"), run}};
