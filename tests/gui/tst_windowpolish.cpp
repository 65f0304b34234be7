// The window remembers and helps (issue 20, polish): size and splitters come back at the next
// start, file dialogs start in the last folder, Open Recent reopens a library, Help shows the
// user guide and every shortcut, and an auditor's title names the mode once, over fields that do
// not look editable.
#include "core/settings.h"
#include "dialogs/filechooser.h"
#include "document/flavordocument.h"
#include "mainwindow.h"
#include "testmain.h"
#include "testpaths.h"
#include "windowstate.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

namespace {
const QString kExample = QStringLiteral("resources/examples/flavors.vdeckflavors");
}

class TestWindowPolish : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sizeAndSplittersComeBack()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
        QList<int> sizes;
        {
            MainWindow w(AppMode::Operator, &settings);
            w.show();
            w.resize(1111, 777);
            w.showPage(QStringLiteral("devices"));
            auto *splitter = w.findChild<QSplitter *>(QStringLiteral("devicesSplitter"));
            QVERIFY(splitter);
            splitter->setSizes({300, 600});
            sizes = splitter->sizes();
            QVERIFY(w.close());
        }
        QVERIFY(!settings.windowGeometry().isEmpty());
        QVERIFY(!settings.splitterState(QStringLiteral("devicesSplitter")).isEmpty());
        MainWindow again(AppMode::Operator, &settings);
        again.resize(1280, 800);
        windowstate::restore(&again, settings);
        again.show();
        // (offscreen, the screen is smaller than the window: the platform may fit the window to it)
        QVERIFY(again.size() != QSize(1280, 800));
        again.showPage(QStringLiteral("devices"));
        // The tree pane, wider than the details by default (720:480), stays the narrower one the
        // user made it (the window's width may differ, so the pixels may too).
        const QList<int> restored = again.findChild<QSplitter *>(QStringLiteral("devicesSplitter"))->sizes();
        QCOMPARE(restored.size(), 2);
        QVERIFY2(sizes.at(0) < sizes.at(1) && restored.at(0) < restored.at(1), qPrintable(QStringLiteral("%1 %2").arg(restored.at(0)).arg(restored.at(1))));
    }

    void fileDialogsStartInTheLastFolder()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
        const QString folder = testpaths::sourceFile(QStringLiteral("resources/examples"));
        settings.setLastFolder(folder);
        QWidget parent;
        DialogFileChooser chooser(&settings);
        QString chosen;
        chooser.openFile(&parent, QStringLiteral("Open"), QStringLiteral("All files (*)"), [&chosen](const QString &f) { chosen = f; });
        auto *dialog = parent.findChild<QFileDialog *>();
        QVERIFY(dialog);
        QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir(folder).canonicalPath());
        Q_EMIT dialog->fileSelected(testpaths::sourceFile(QStringLiteral("resources/demo/demo.vdeckhost")));
        QCOMPARE(QDir(settings.lastFolder()).canonicalPath(), QDir(testpaths::sourceFile(QStringLiteral("resources/demo"))).canonicalPath());
        QVERIFY(!chosen.isEmpty());
        dialog->close();
    }

    void openRecentReopensALibrary()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
        MainWindow w(AppMode::Operator, &settings);
        auto files = std::make_shared<ScriptedFileChooser>();
        w.setFileChooser(files);
        auto *recent = w.findChild<QMenu *>(QStringLiteral("menuRecentLibraries"));
        QVERIFY(recent);
        QVERIFY(!recent->menuAction()->isEnabled());
        files->queueAnswer(testpaths::sourceFile(kExample));
        w.findChild<QAction *>(QStringLiteral("actionOpenLibrary"))->trigger();
        QCOMPARE(settings.recentFiles().size(), 1);
        QVERIFY(recent->menuAction()->isEnabled());
        w.findChild<QAction *>(QStringLiteral("actionNewLibrary"))->trigger();
        QVERIFY(w.flavorDocument()->filePath().isEmpty());
        auto *first = w.findChild<QAction *>(QStringLiteral("actionRecentLibrary_0"));
        QVERIFY(first);
        QVERIFY(first->text().contains(QLatin1String("flavors.vdeckflavors")));
        first->trigger();
        QCOMPARE(QDir(w.flavorDocument()->filePath()).canonicalPath(), QDir(testpaths::sourceFile(kExample)).canonicalPath());
    }

    void helpShowsTheGuideAndTheShortcuts()
    {
        MainWindow w(AppMode::Operator);
        w.show();
        w.findChild<QAction *>(QStringLiteral("actionUserGuide"))->trigger();
        auto *guide = w.findChild<QTextBrowser *>(QStringLiteral("userGuide"));
        QVERIFY(guide);
        QVERIFY(guide->toPlainText().contains(QLatin1String("vDeck user guide")));
        w.findChild<QAction *>(QStringLiteral("actionShortcuts"))->trigger();
        auto *table = w.findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
        QVERIFY(table);
        QStringList rows;
        for (int r = 0; r < table->rowCount(); ++r)
            rows << table->item(r, 0)->text() + QLatin1Char('=') + table->item(r, 1)->text();
        QVERIFY2(rows.contains(QStringLiteral("Undo=") + QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)), qPrintable(rows.join(QLatin1Char(' '))));
        QVERIFY(rows.size() >= 10);
    }

    void auditorTitleAndReadOnlyFields()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
        MainWindow w(AppMode::Auditor, &settings);
        w.show();
        QCOMPARE(w.openFlavorLibrary(testpaths::sourceFile(kExample)), QString());
        QCOMPARE(w.windowTitle(), QStringLiteral("flavors.vdeckflavors[*] — %1 — vDeck").arg(appModeLabel(AppMode::Auditor)));
        QCOMPARE(w.windowTitle().count(QLatin1String("vDeck")), 1);
        w.showPage(QStringLiteral("flavors"));
        auto *vcpus = w.findChild<QSpinBox *>(QStringLiteral("computeVcpus"));
        QVERIFY(vcpus && vcpus->isReadOnly());
        QTRY_COMPARE(vcpus->buttonSymbols(), QAbstractSpinBox::NoButtons); // no arrows that invite an edit
    }
};

VDECK_GUI_TEST_MAIN(TestWindowPolish)
#include "tst_windowpolish.moc"
