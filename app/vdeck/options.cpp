#include "options.h"

#include "theme.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

bool wantsScreenshot(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

bool wantsNoWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return wantsScreenshot(argc, argv);
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

bool parseOptions(const QStringList &arguments, VdeckOptions &options, QString &error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Console for accelerated virtualization hosts"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Render the main window offscreen to FILE (PNG) and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QCoreApplication::translate("main", "Show page ID: hosts, devices, flavors, xml, findings, operations, capacity, pci, clouds."),
                                  QStringLiteral("ID"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("main", "User interface language: de, fr or en."),
                                  QStringLiteral("L"));
    const QCommandLineOption auditor(QStringLiteral("auditor"),
                                     QCoreApplication::translate("main", "Auditor mode: read-only connections, no write actions."));
    const QCommandLineOption flavorFile(QStringLiteral("flavor-file"),
                                        QCoreApplication::translate("main", "Open the flavor library F (any importable flavor format)."),
                                        QStringLiteral("F"));
    const QCommandLineOption flavor(QStringLiteral("flavor"),
                                    QCoreApplication::translate("main", "Select flavor NAME of the library (with --cloud also on the clouds page, beside the cloud's)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption snapshot(QStringLiteral("snapshot"),
                                      QCoreApplication::translate("main", "Open the host snapshot F (.vdeckhost) instead of the demo host."),
                                      QStringLiteral("F"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QCoreApplication::translate("main", "Colour theme for this run: system, light or dark (the saved setting otherwise)."),
                                   QStringLiteral("T"));
    const QCommandLineOption cloud(QStringLiteral("cloud"),
                                   QCoreApplication::translate("main", "Show the clouds page and connect to cloud NAME of clouds.yaml (OS_CLIENT_CONFIG_FILE, ./, ~/.config/openstack/, /etc/openstack/)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption fleetFlavor(QStringLiteral("fleet-flavor"),
                                         QCoreApplication::translate("main", "With --cloud: show the Capacity page's fleet and count flavor NAME (deployed, else of the library) across the cloud's compute nodes."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption push(QStringLiteral("push"),
                                  QCoreApplication::translate("main", "With --cloud: open the push dialog (the plan for the open library) once the cloud is read."));
    parser.addOptions({screenshot, page, lang, auditor, flavorFile, flavor, snapshot, theme, cloud, push, fleetFlavor});
    parser.process(arguments); // exits for --help / --version and on unknown options
    if (!parser.positionalArguments().isEmpty()) {
        error = QCoreApplication::translate("main", "unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return false;
    }
    options.screenshot = parser.value(screenshot);
    options.page = parser.value(page);
    options.lang = parser.value(lang);
    options.auditor = parser.isSet(auditor);
    options.flavorFile = parser.value(flavorFile);
    options.flavor = parser.value(flavor);
    if (!options.flavor.isEmpty() && options.flavorFile.isEmpty()) {
        error = QCoreApplication::translate("main", "--flavor needs --flavor-file");
        return false;
    }
    options.snapshot = parser.value(snapshot);
    options.theme = parser.value(theme);
    options.cloud = parser.value(cloud);
    options.push = parser.isSet(push);
    if (options.push && options.cloud.isEmpty()) {
        error = QCoreApplication::translate("main", "--push needs --cloud");
        return false;
    }
    options.fleetFlavor = parser.value(fleetFlavor);
    if (!options.fleetFlavor.isEmpty() && options.cloud.isEmpty()) {
        error = QCoreApplication::translate("main", "--fleet-flavor needs --cloud");
        return false;
    }
    if (!options.theme.isEmpty() && !themeFromName(options.theme)) {
        error = QCoreApplication::translate("main", "unknown theme '%1' (use system, light or dark)").arg(options.theme);
        return false;
    }
    return true;
}
