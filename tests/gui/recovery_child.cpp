// Helper of tst_unsavedlibrary: a real vDeck window (settings on the INI file argv[1]) opens the
// flavor library argv[2], changes the first flavor's vCPUs and RAM in the editor, prints
// "written" once its recovery copy is on disk, and runs until it is killed (kill -9).
#include "core/settings.h"
#include "document/libraryrecovery.h"
#include "mainwindow.h"
#include "testmain.h"

#include <QSpinBox>

#include <cstdio>

int main(int argc, char *argv[])
{
    VDECK_TEST_PREPARE_ENV();
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: recovery_child SETTINGS.ini LIBRARY\n");
        return 2;
    }
    Settings settings(args.at(1));
    MainWindow window(AppMode::Operator, &settings);
    window.show();
    const QString failure = window.openFlavorLibrary(args.at(2));
    auto *vcpus = window.findChild<QSpinBox *>(QStringLiteral("computeVcpus"));
    auto *ram = window.findChild<QSpinBox *>(QStringLiteral("computeRam"));
    if (!failure.isEmpty() || !vcpus || !ram || !window.recovery()) {
        std::fprintf(stderr, "recovery_child: %s\n", qPrintable(failure));
        return 2;
    }
    QObject::connect(window.recovery(), &LibraryRecovery::written, &app, [] {
        std::printf("written\n");
        std::fflush(stdout);
    });
    vcpus->setValue(48);
    ram->setValue(65536);
    return QApplication::exec();
}
