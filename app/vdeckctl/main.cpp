#include "command.h"

#include "core/buildinfo.h"
#include "hosts/eventloop.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {
void printHelp(QTextStream &out)
{
    out << "Usage: vdeckctl [--version | --help] COMMAND [OPTIONS]\n\n"
           "vDeck without a window: everything the desktop console computes, as text or JSON.\n\n"
           "Commands:\n";
    for (const Command &c : registeredCommands())
        out << "  " << c.name.leftJustified(12) << c.summary << '\n';
    out << "\nRun `vdeckctl COMMAND --help` for a command's options.\n"
           "Exit status: 0 ok, 1 the host or flavor has errors, 2 usage or I/O error.\n";
}
}

int main(int argc, char **argv)
{
    hosts::keepGlibMainContextForLibvirt(); // before the application: see hosts/eventloop.h
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vdeckctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("vdeck"));
    QCoreApplication::setApplicationVersion(buildinfo::version());
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printHelp(err);
        return 2;
    }
    const QString first = args.at(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-V")) {
        out << "vdeckctl " << buildinfo::version() << '\n';
        return 0;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printHelp(out);
        return 0;
    }
    for (const Command &c : registeredCommands()) {
        if (c.name == first) {
            QStringList sub = args.mid(2);
            sub.prepend(QStringLiteral("vdeckctl ") + c.name);
            return c.run(sub);
        }
    }
    err << "vdeckctl: unknown command '" << first << "'\n";
    printHelp(err);
    return 2;
}
