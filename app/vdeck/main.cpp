#include "options.h"

#include "core/buildinfo.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "translation.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
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

    MainWindow window(options.auditor ? AppMode::Auditor : AppMode::Operator);
    if (!options.flavorFile.isEmpty()) {
        const QString failure = window.openFlavorLibrary(options.flavorFile, options.flavor);
        if (!failure.isEmpty()) {
            std::fprintf(stderr, "vdeck: %s\n", qPrintable(failure));
            return 2;
        }
    }
    if (!options.page.isEmpty() && !window.showPage(options.page)) {
        std::fprintf(stderr, "vdeck: unknown page '%s' (one of: %s)\n", qPrintable(options.page),
                     qPrintable(window.pageIds().join(QStringLiteral(", "))));
        return 2;
    }
    if (!options.screenshot.isEmpty()) {
        const QString failure = saveScreenshot(&window, options.screenshot);
        if (!failure.isEmpty()) {
            std::fprintf(stderr, "vdeck: %s\n", qPrintable(failure));
            return 1;
        }
        return 0;
    }
    window.show();
    return QApplication::exec();
}
