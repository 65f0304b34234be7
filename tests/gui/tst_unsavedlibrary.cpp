// Nothing lost (issue 20, blocker): with unsaved flavor edits, Quit, closing the window, New and
// Open ask Save / Discard / Cancel; a recovery copy of the edits is kept while they are unsaved,
// and a vDeck killed with unsaved edits (kill -9) offers them at the next start.
#include "core/settings.h"
#include "dialogs/filechooser.h"
#include "document/flavordocument.h"
#include "document/libraryrecovery.h"
#include "mainwindow.h"
#include "testmain.h"
#include "testpaths.h"
#include "pages/flavorspage.h"
#include "widgets/messagebar.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString copyExample(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("lib.vdeckflavors"));
    QFile::copy(testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors")), path);
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

QStringList recoveryCopies(const QTemporaryDir &dir)
{
    return QDir(dir.filePath(QStringLiteral("recovery"))).entryList({QStringLiteral("*.vdeckrecovery")}, QDir::Files);
}

QAction *action(const MainWindow &w, const char *name)
{
    return w.findChild<QAction *>(QLatin1String(name));
}

void setVcpus(MainWindow &w, int value)
{
    auto *vcpus = w.findChild<QSpinBox *>(QStringLiteral("computeVcpus"));
    QVERIFY(vcpus);
    vcpus->setFocus();
    vcpus->setValue(value);
}

} // namespace

class TestUnsavedLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { MessageBox::instance().clearAnswers(); }

    void quitAsksAndCancelKeepsEverything()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
        const QString lib = copyExample(dir);
        const QByteArray original = readAll(lib);
        MainWindow w(AppMode::Operator, &settings);
        w.show();
        QCOMPARE(w.openFlavorLibrary(lib), QString());
        QVERIFY(!w.isWindowModified());
        QCOMPARE(w.windowTitle(), QStringLiteral("lib.vdeckflavors[*] — vDeck"));
        setVcpus(w, 48);
        QVERIFY(w.isWindowModified());

        MessageBox::instance().queueAnswer(QMessageBox::Cancel);
        action(w, "actionQuit")->trigger();
        QVERIFY(w.isVisible());
        QVERIFY(w.flavorDocument()->isModified());
        QCOMPARE(w.flavorDocument()->current()->vcpus, 48);

        MessageBox::instance().queueAnswer(QMessageBox::Discard);
        w.close();
        QTRY_VERIFY(!w.isVisible());
        QCOMPARE(readAll(lib), original);
        QVERIFY(recoveryCopies(dir).isEmpty()); // discarding was the user's choice
    }

    void quitSaves()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
        const QString lib = copyExample(dir);
        MainWindow w(AppMode::Operator, &settings);
        w.show();
        QCOMPARE(w.openFlavorLibrary(lib), QString());
        setVcpus(w, 48);
        MessageBox::instance().queueAnswer(QMessageBox::Save);
        action(w, "actionQuit")->trigger();
        QTRY_VERIFY(!w.isVisible());
        flavors::FileError error;
        FlavorDocument reread;
        QVERIFY(reread.open(lib, &error));
        QCOMPARE(reread.current()->vcpus, 48);
    }

    // A library that never had a file asks for one; cancelling that dialog keeps the window.
    void closingANewLibraryAsksForAFile()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
        MainWindow w(AppMode::Operator, &settings);
        auto files = std::make_shared<ScriptedFileChooser>();
        w.setFileChooser(files);
        w.show();
        QCOMPARE(w.windowTitle(), QStringLiteral("Untitled[*] — vDeck"));
        setVcpus(w, 12);
        MessageBox::instance().queueAnswer(QMessageBox::Save);
        w.close(); // no file name queued: the save dialog is cancelled
        QVERIFY(w.isVisible());
        QVERIFY(w.flavorDocument()->isModified());

        const QString path = dir.filePath(QStringLiteral("new.vdeckflavors"));
        files->queueAnswer(path);
        MessageBox::instance().queueAnswer(QMessageBox::Save);
        w.close();
        QTRY_VERIFY(!w.isVisible());
        QVERIFY(readAll(path).contains("\"vcpus\": 12"));
    }

    void newAndOpenOfferSave()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
        const QString lib = copyExample(dir);
        MainWindow w(AppMode::Operator, &settings);
        auto files = std::make_shared<ScriptedFileChooser>();
        w.setFileChooser(files);
        w.show();
        QCOMPARE(w.openFlavorLibrary(lib), QString());
        setVcpus(w, 40);

        MessageBox::instance().queueAnswer(QMessageBox::Cancel);
        action(w, "actionNewLibrary")->trigger();
        QCOMPARE(w.flavorDocument()->filePath(), lib);

        MessageBox::instance().queueAnswer(QMessageBox::Save);
        action(w, "actionNewLibrary")->trigger();
        QCOMPARE(w.flavorDocument()->filePath(), QString());
        QVERIFY(!w.flavorDocument()->isModified());
        QVERIFY(readAll(lib).contains("\"vcpus\": 40"));

        setVcpus(w, 3);
        files->queueAnswer(lib); // the file to open; the prompt's answer discards
        MessageBox::instance().queueAnswer(QMessageBox::Discard);
        action(w, "actionOpenLibrary")->trigger();
        QTRY_COMPARE(w.flavorDocument()->filePath(), lib);
        QCOMPARE(w.flavorDocument()->current()->vcpus, 40);
    }

    // The copy follows the unsaved state: written after an edit, gone when saved or undone.
    void recoveryCopyFollowsUnsavedChanges()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
        const QString lib = copyExample(dir);
        MainWindow w(AppMode::Operator, &settings);
        w.show();
        QCOMPARE(w.openFlavorLibrary(lib), QString());
        QCOMPARE(w.recovery()->interval(), LibraryRecovery::kDefaultIntervalMs);
        w.recovery()->setInterval(10);
        setVcpus(w, 20);
        QTRY_COMPARE(recoveryCopies(dir).size(), 1);
        action(w, "actionUndo")->trigger();
        QVERIFY(!w.flavorDocument()->isModified());
        QVERIFY(recoveryCopies(dir).isEmpty());

        setVcpus(w, 21);
        QTRY_COMPARE(recoveryCopies(dir).size(), 1);
        // A running window's copy is not an orphan: another window does not offer it.
        {
            MainWindow other(AppMode::Operator, &settings);
            QVERIFY(!other.offerRecovery());
        }
        action(w, "actionSaveLibrary")->trigger();
        QVERIFY(!w.flavorDocument()->isModified());
        QVERIFY(recoveryCopies(dir).isEmpty());
    }

    // Saving from another page (Ctrl+S on Capacity) says so where the user looks; the note in
    // the flavors page goes with the next edit, or by itself after a while.
    void savingFromAnyPageGivesFeedback()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
        const QString lib = copyExample(dir);
        MainWindow w(AppMode::Operator, &settings);
        w.show();
        QCOMPARE(w.openFlavorLibrary(lib), QString());
        setVcpus(w, 24);
        QVERIFY(w.showPage(QStringLiteral("capacity")));
        action(w, "actionSaveLibrary")->trigger();
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("lib.vdeckflavors")), qPrintable(w.statusBar()->currentMessage()));
        MessageBar *bar = w.flavorsPage()->messageBar();
        QVERIFY(!bar->isHidden());
        setVcpus(w, 25);
        QVERIFY(bar->isHidden());
        action(w, "actionSaveLibrary")->trigger();
        QVERIFY(!bar->isHidden());
        bar->setInfoTimeout(1);
        action(w, "actionSaveLibrary")->trigger();
        QTRY_VERIFY(bar->isHidden());
        QCOMPARE(bar->infoTimeout(), 1);
    }

    void killedWithUnsavedEditsIsRecovered()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("vdeck.ini"));
        const QString lib = copyExample(dir);
        const QByteArray original = readAll(lib);

        QProcess child;
        child.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/recovery_child"));
        child.setArguments({ini, lib});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY(child.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += child.readAllStandardOutput()).contains("written\n"), 120000);
        child.kill(); // SIGKILL: no destructor, no close event
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(readAll(lib), original);
        QCOMPARE(recoveryCopies(dir).size(), 1);

        Settings settings(ini);
        MainWindow w(AppMode::Operator, &settings);
        w.show();
        MessageBox::instance().queueAnswer(QMessageBox::Yes);
        QVERIFY(w.offerRecovery());
        const FlavorDocument *doc = w.flavorDocument();
        QCOMPARE(doc->filePath(), lib);
        QVERIFY(doc->isModified());
        QVERIFY(w.isWindowModified());
        QCOMPARE(doc->current()->vcpus, 48);
        QCOMPARE(doc->current()->ramMb, 65536);
        // The orphan became this window's own copy: nothing is offered twice.
        QCOMPARE(recoveryCopies(dir).size(), 1);
        QVERIFY(!MainWindow(AppMode::Operator, &settings).offerRecovery());

        action(w, "actionSaveLibrary")->trigger();
        FlavorDocument reread;
        flavors::FileError error;
        QVERIFY(reread.open(lib, &error));
        QCOMPARE(reread.current()->vcpus, 48);
        QCOMPARE(reread.current()->ramMb, 65536);
        QVERIFY(recoveryCopies(dir).isEmpty());
    }

    void discardedOrphanIsGone()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("vdeck.ini"));
        Settings settings(ini);
        const QString lib = copyExample(dir);
        {
            auto *w = new MainWindow(AppMode::Operator, &settings);
            QCOMPARE(w->openFlavorLibrary(lib), QString());
            w->recovery()->setInterval(0);
            setVcpus(*w, 30);
            QTRY_COMPARE(recoveryCopies(dir).size(), 1);
            delete w; // gone without closing: as after a crash, the copy and a free lock stay
        }
        QCOMPARE(recoveryCopies(dir).size(), 1);
        MainWindow again(AppMode::Operator, &settings);
        MessageBox::instance().queueAnswer(QMessageBox::Cancel);
        QVERIFY(!again.offerRecovery());
        QCOMPARE(recoveryCopies(dir).size(), 1); // kept for the next start
        MessageBox::instance().queueAnswer(QMessageBox::Discard);
        QVERIFY(!again.offerRecovery());
        QVERIFY(recoveryCopies(dir).isEmpty());
        QVERIFY(!again.flavorDocument()->isModified());
    }
};

VDECK_GUI_TEST_MAIN(TestUnsavedLibrary)
#include "tst_unsavedlibrary.moc"
