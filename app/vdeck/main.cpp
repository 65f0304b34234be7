#include "options.h"

#include "core/buildinfo.h"
#include "core/settings.h"
#include "hosts/eventloop.h"
#include "mainwindow.h"
#include "pages/capacitypage.h"
#include "pages/cloudspage.h"
#include "widgets/fleetpanel.h"
#include "screenshot.h"
#include "theme.h"
#include "translation.h"
#include "windowstate.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (wantsNoWindow(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    } else if (!hasDisplay()) {
        std::fprintf(stderr, "vdeck: no display (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                             "render the window to a file with --screenshot FILE\n");
        return 2;
    }
    hosts::keepGlibMainContextForLibvirt(); // before the application: see hosts/eventloop.h
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vdeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("vDeck"));
    QApplication::setOrganizationName(QStringLiteral("vdeck"));
    QApplication::setApplicationVersion(buildinfo::version());
    QApplication::setDesktopFileName(QStringLiteral("org.vdeck.vdeck"));

    VdeckOptions options;
    QString error;
    if (!parseOptions(QCoreApplication::arguments(), options, error)) {
        std::fprintf(stderr, "vdeck: %s\n", qPrintable(error));
        return 2;
    }
    installTranslations(app, options.lang);

    Settings settings;
    applyTheme(options.theme.isEmpty() ? settings.theme() : *themeFromName(options.theme));
    const bool auditor = options.auditor || settings.auditorAtStart();
    MainWindow window(auditor ? AppMode::Auditor : AppMode::Operator, &settings);
    if (!options.flavorFile.isEmpty()) {
        const QString failure = window.openFlavorLibrary(options.flavorFile, options.flavor);
        if (!failure.isEmpty()) {
            std::fprintf(stderr, "vdeck: %s\n", qPrintable(failure));
            return 2;
        }
    }
    if (!options.cloud.isEmpty()) {
        window.showPage(QStringLiteral("clouds"));
        window.cloudsPage()->connectWhenListed(options.cloud);
        window.cloudsPage()->showWhenConnected(options.flavor, options.push);
        if (!options.fleetFlavor.isEmpty()) {
            window.showPage(QStringLiteral("capacity"));
            window.capacityPage()->showFleetTab();
            window.capacityPage()->fleetPanel()->countWhenReady(options.cloud, options.fleetFlavor);
        }
    }
    if (!options.page.isEmpty() && !window.showPage(options.page)) {
        std::fprintf(stderr, "vdeck: unknown page '%s' (one of: %s)\n", qPrintable(options.page),
                     qPrintable(window.pageIds().join(QStringLiteral(", "))));
        return 2;
    }
    if (options.screenshot.isEmpty()) {
        windowstate::restore(&window, settings); // a screenshot keeps its 1280x800
        window.show();
        if (options.flavorFile.isEmpty()) // a library named on the command line wins; the copy waits
            QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
        window.openStartHosts(options.snapshot);
        return QApplication::exec();
    }
    // Screenshot: render once the start host is loaded (or failed to load, which shows too), its
    // device rows are built, the capacity of the current flavor on it is computed and the cloud
    // named by --cloud is read (or failed).
    auto *idle = new QTimer(&app);
    idle->setInterval(20);
    QObject::connect(idle, &QTimer::timeout, &app, [&window, &options, idle] {
        if (window.viewsPending())
            return;
        idle->stop();
        const QString failure = saveScreenshot(&window, options.screenshot);
        if (!failure.isEmpty())
            std::fprintf(stderr, "vdeck: %s\n", qPrintable(failure));
        QCoreApplication::exit(failure.isEmpty() ? 0 : 1);
    });
    QObject::connect(&window, &MainWindow::startHostsReady, idle, qOverload<>(&QTimer::start));
    QTimer::singleShot(60000, &app, [] {
        std::fprintf(stderr, "vdeck: the start host (or the cloud) did not load within 60 s\n");
        QCoreApplication::exit(1);
    });
    window.show();
    window.openStartHosts(options.snapshot.isEmpty() ? QStringLiteral(":/demo/demo.vdeckhost") : options.snapshot);
    return QApplication::exec();
}
