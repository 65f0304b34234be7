// The real MainWindow, offscreen, driven with QTest: the flavor editor, findings and their
// fixes, undo, the Nova release, library files, and auditor mode.
#include "core/settings.h"
#include "document/flavordocument.h"
#include "itemmodels/extraspectablemodel.h"
#include "itemmodels/findingsmodel.h"
#include "mainwindow.h"
#include "pages/flavorspage.h"
#include "pages/findingspage.h"
#include "page.h"
#include "testmain.h"
#include "testpaths.h"
#include "dialogs/filechooser.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace {
const QString kExample = QStringLiteral("resources/examples/flavors.vdeckflavors");

template<typename T>
T *child(const QWidget &w, const QString &name)
{
    T *c = w.findChild<T *>(name);
    if (!c)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return c;
}

// Chooses `value` in a non-editable catalogue combo with the keyboard, as a user would.
void chooseWithKeyboard(QComboBox *combo, const QString &value)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != value; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

int findingRow(const MainWindow &w, const QString &code)
{
    // the view shows the page's model as it is (unsorted, unfiltered): the same rows
    return w.findingsPage()->model()->rowOfCode(code);
}

QString findingHttp(const MainWindow &w, const QString &code)
{
    auto *view = child<QTreeView>(w, QStringLiteral("findingsView"));
    const int row = findingRow(w, code);
    return row < 0 ? QString() : view->model()->index(row, FindingsModel::HttpColumn).data().toString();
}

QStringList allActionTexts(const QWidget &w)
{
    QStringList out;
    for (const QAction *a : w.findChildren<QAction *>())
        out << a->objectName() + QLatin1Char('=') + a->text();
    for (const QMenu *m : w.findChildren<QMenu *>())
        for (const QAction *a : m->actions())
            out << a->objectName() + QLatin1Char('=') + a->text();
    for (const QToolBar *t : w.findChildren<QToolBar *>())
        for (const QAction *a : t->actions())
            out << a->objectName() + QLatin1Char('=') + a->text();
    return out;
}

// What the key field's completer offers (its model is a filter over the catalogue's keys).
QStringList completionsOf(const QLineEdit *key)
{
    QStringList out;
    const QAbstractItemModel *m = key->completer()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        out.append(m->index(r, 0).data().toString());
    return out;
}
} // namespace

class TestFlavorsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::shared_ptr<ScriptedFileChooser> m_files;

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("vdeck.ini")));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("vdeck.ini")));
        m_files = std::make_shared<ScriptedFileChooser>();
    }

    void realtimeWithoutPolicyFixAndUndo()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        w.show();
        QVERIFY(w.showPage(QStringLiteral("flavors")));
        auto *realtime = child<QComboBox>(w, QStringLiteral("spec_hw:cpu_realtime"));
        QVERIFY(realtime);
        chooseWithKeyboard(realtime, QStringLiteral("true"));
        auto *mask = child<QLineEdit>(w, QStringLiteral("spec_hw:cpu_realtime_mask"));
        mask->setFocus();
        QTest::keyClicks(mask, QStringLiteral("^0"));
        QCOMPARE(w.flavorDocument()->current()->extraSpecs.value(QStringLiteral("hw:cpu_realtime_mask")), QStringLiteral("^0"));

        QVERIFY(w.showPage(QStringLiteral("findings")));
        const QString code = QStringLiteral("cpu.realtime-needs-pinning");
        const int row = findingRow(w, code);
        QVERIFY(row >= 0);
        auto *view = child<QTreeView>(w, QStringLiteral("findingsView"));
        QCOMPARE(view->model()->index(row, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
        QCOMPARE(findingHttp(w, code), QStringLiteral("400"));
        QVERIFY(child<QLabel>(w, QStringLiteral("findingsSummary"))->text().contains(code));

        // Selecting the finding and pressing Enter focuses the editor field of its key.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(w.currentPage()->id(), QStringLiteral("flavors"));
        QCOMPARE(child<QTabWidget>(w, QStringLiteral("flavorEditor"))->tabText(child<QTabWidget>(w, QStringLiteral("flavorEditor"))->currentIndex()),
                 QStringLiteral("CPU"));
        QCOMPARE(w.focusWidget(), static_cast<QWidget *>(realtime));

        // "Fix" sets hw:cpu_policy=dedicated as one undoable edit.
        QVERIFY(w.showPage(QStringLiteral("findings")));
        view->setCurrentIndex(view->model()->index(findingRow(w, code), 0));
        auto *fix = child<QPushButton>(w, QStringLiteral("fixButton"));
        QVERIFY(fix->isEnabled());
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(findingRow(w, code), -1);
        QCOMPARE(child<QComboBox>(w, QStringLiteral("spec_hw:cpu_policy"))->currentData().toString(), QStringLiteral("dedicated"));

        auto *undo = child<QAction>(w, QStringLiteral("actionUndo"));
        QVERIFY(undo->text().contains(QLatin1String("Fix")));
        undo->trigger();
        QVERIFY(findingRow(w, code) >= 0);
        QCOMPARE(child<QComboBox>(w, QStringLiteral("spec_hw:cpu_policy"))->currentData().toString(), QString());
        child<QAction>(w, QStringLiteral("actionRedo"))->trigger();
        QCOMPARE(findingRow(w, code), -1);
    }

    void releaseSelectorChangesHttpStatusAndIsPersisted()
    {
        {
            MainWindow w(AppMode::Operator, m_settings.get());
            w.show();
            w.showPage(QStringLiteral("flavors"));
            chooseWithKeyboard(child<QComboBox>(w, QStringLiteral("spec_hw:locked_memory")), QStringLiteral("true"));
            auto *release = child<QComboBox>(w, QStringLiteral("novaRelease"));
            release->setCurrentIndex(release->findData(31));
            const QString code = QStringLiteral("mem.locked-memory-needs-page-size");
            QCOMPARE(findingHttp(w, code), QStringLiteral("403"));
            release->setCurrentIndex(release->findData(rules::NovaRelease::kMaster));
            QCOMPARE(findingHttp(w, code), QStringLiteral("400"));
            QCOMPARE(m_settings->novaRelease(), QStringLiteral("master"));
        }
        MainWindow again(AppMode::Operator, m_settings.get());
        QVERIFY(again.flavorDocument()->release().isMaster());
        QCOMPARE(child<QComboBox>(again, QStringLiteral("novaRelease"))->currentData().toInt(), int(rules::NovaRelease::kMaster));
    }

    // The Raw tab checks and completes keys from the selected release's catalogue; the release
    // selector's tool tip names it.
    void rawTabFollowsTheReleasesCatalogue()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        w.show();
        w.showPage(QStringLiteral("flavors"));
        auto *release = child<QComboBox>(w, QStringLiteral("novaRelease"));
        release->setCurrentIndex(release->findData(26));
        QVERIFY2(release->toolTip().contains(QLatin1String("registry of Nova 26.")), qPrintable(release->toolTip()));
        QVERIFY(release->itemData(release->findData(31), Qt::ToolTipRole).toString().contains(QLatin1String("Nova 31.0.0")));
        auto *key = child<QLineEdit>(w, QStringLiteral("newSpecKey"));
        const auto completions = [key] { return completionsOf(key); };
        QVERIFY(!completions().contains(QStringLiteral("hw:virtio_packed_ring")));
        QVERIFY(completions().contains(QStringLiteral("os:monitors")));
        QTest::keyClicks(key, QStringLiteral("hw:virtio_packed_ring"));
        QTest::keyClicks(child<QLineEdit>(w, QStringLiteral("newSpecValue")), QStringLiteral("true"));
        QTest::mouseClick(child<QPushButton>(w, QStringLiteral("addSpec")), Qt::LeftButton);
        auto *table = child<QTableView>(w, QStringLiteral("extraSpecTable"));
        QCOMPARE(table->model()->index(0, ExtraSpecTableModel::CheckColumn).data().toString(), QStringLiteral("unknown key: Nova rejects it"));
        QVERIFY(findingRow(w, QStringLiteral("spec.unknown-key")) >= 0);

        release->setCurrentIndex(release->findData(31));
        QVERIFY(release->toolTip().contains(QLatin1String("registry of Nova 31.0.0")));
        QVERIFY(completions().contains(QStringLiteral("hw:virtio_packed_ring")));
        QVERIFY(!completions().contains(QStringLiteral("os:monitors")));
        QCOMPARE(table->model()->index(0, ExtraSpecTableModel::CheckColumn).data().toString(), QStringLiteral("ok"));
        QCOMPARE(findingRow(w, QStringLiteral("spec.unknown-key")), -1);
    }

    // Up to Nova 31 no flavor spelling of the CPU maxima both passes and works: the CPU tab says
    // so and offers the image properties, and completion leaves out hw:max_cpu_* (it passes but
    // nothing reads it); from 32 the tab edits hw:cpu_max_*, which completion offers.
    void cpuMaximaFollowTheRelease()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        w.show();
        w.showPage(QStringLiteral("flavors"));
        auto *release = child<QComboBox>(w, QStringLiteral("novaRelease"));
        auto *key = child<QLineEdit>(w, QStringLiteral("newSpecKey"));
        const auto completions = [key] { return completionsOf(key); };
        auto *note = child<QLabel>(w, QStringLiteral("cpuMaxNote"));
        auto *flavorKey = child<QWidget>(w, QStringLiteral("spec_hw:cpu_max_sockets"));
        auto *imageKey = child<QWidget>(w, QStringLiteral("image_hw_cpu_max_sockets"));

        release->setCurrentIndex(release->findData(31));
        QVERIFY(!completions().contains(QStringLiteral("hw:max_cpu_sockets")));
        QVERIFY(!completions().contains(QStringLiteral("hw:cpu_max_sockets")));
        QVERIFY(completions().contains(QStringLiteral("hw:cpu_sockets")));
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(QLatin1String("Nova 31.0.0")) && note->text().contains(QLatin1String("image properties"))
                     && note->text().contains(QLatin1String("2.85")),
                 qPrintable(note->text()));
        QVERIFY(flavorKey->isHidden());
        QVERIFY(!imageKey->isHidden());

        release->setCurrentIndex(release->findData(32));
        QVERIFY(completions().contains(QStringLiteral("hw:cpu_max_sockets")));
        QVERIFY(!completions().contains(QStringLiteral("hw:max_cpu_sockets")));
        QVERIFY(note->isHidden());
        QVERIFY(!flavorKey->isHidden());
        QVERIFY(imageKey->isHidden());
    }

    void rawTableFlagsUnknownKeysAndEditsAreUndoable()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        w.show();
        w.showPage(QStringLiteral("flavors"));
        auto *key = child<QLineEdit>(w, QStringLiteral("newSpecKey"));
        QVERIFY(key->completer());
        QTest::keyClicks(key, QStringLiteral("hw:cpu_polcy"));
        QTest::keyClicks(child<QLineEdit>(w, QStringLiteral("newSpecValue")), QStringLiteral("dedicated"));
        QTest::mouseClick(child<QPushButton>(w, QStringLiteral("addSpec")), Qt::LeftButton);
        auto *table = child<QTableView>(w, QStringLiteral("extraSpecTable"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ExtraSpecTableModel::CheckColumn).data().toString(), QStringLiteral("unknown key: Nova rejects it"));
        QVERIFY(findingRow(w, QStringLiteral("spec.unknown-key")) >= 0);
        // Rename the key in the table: the catalogue knows it now.
        QVERIFY(table->model()->setData(table->model()->index(0, 0), QStringLiteral("hw:cpu_policy")));
        QCOMPARE(table->model()->index(0, ExtraSpecTableModel::CheckColumn).data().toString(), QStringLiteral("ok"));
        QCOMPARE(child<QComboBox>(w, QStringLiteral("spec_hw:cpu_policy"))->currentData().toString(), QStringLiteral("dedicated"));
        w.flavorDocument()->undoStack()->undo();
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("hw:cpu_polcy"));
        w.flavorDocument()->undoStack()->undo();
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void openEditSaveAsAndExportThroughTheFileDialog()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        w.setFileChooser(m_files);
        m_files->queueAnswer(testpaths::sourceFile(kExample));
        child<QAction>(w, QStringLiteral("actionOpenLibrary"))->trigger();
        QVERIFY(w.flavorDocument()->library().flavors.size() >= 4);
        QVERIFY(child<QLabel>(w, QStringLiteral("libraryFile"))->text().contains(QLatin1String("flavors.vdeckflavors")));
        auto *vcpus = w.findChild<QWidget *>(QStringLiteral("computeVcpus"));
        vcpus->setFocus();
        QTest::keyClick(vcpus, Qt::Key_Up);
        QVERIFY(w.flavorDocument()->isModified());
        QVERIFY(child<QLabel>(w, QStringLiteral("libraryFile"))->text().contains(QLatin1String("modified")));

        const QString saved = m_dir.filePath(QStringLiteral("mine.vdeckflavors"));
        m_files->queueAnswer(saved);
        child<QAction>(w, QStringLiteral("actionSaveLibraryAs"))->trigger();
        QVERIFY(QFile::exists(saved));
        QVERIFY(!w.flavorDocument()->isModified());
        QCOMPARE(w.flavorDocument()->filePath(), saved);
        QCOMPARE(m_files->lastSuggested(), testpaths::sourceFile(kExample));

        // Cancelling the dialog (no answer queued) changes nothing.
        child<QAction>(w, QStringLiteral("actionSaveLibraryAs"))->trigger();
        QCOMPARE(w.flavorDocument()->filePath(), saved);
        QCOMPARE(m_files->lastCaption(), QStringLiteral("Save Flavor Library"));

        const QString script = m_dir.filePath(QStringLiteral("flavors.sh"));
        m_files->queueAnswer(script);
        child<QAction>(w, QStringLiteral("actionExport_openstack-cli"))->trigger();
        QFile f(script);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("set -euo pipefail"));
        // The flavors page's own bar (the clouds page has one of the same name).
        MessageBar *bar = w.findChild<FlavorsPage *>()->messageBar();
        QVERIFY(!bar->isError());

        // A malformed import: the error names file, line and column; the library stays.
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("[\n  {\"name\": \"x\",,}\n]\n");
        b.close();
        m_files->queueAnswer(bad);
        child<QAction>(w, QStringLiteral("actionImportFlavors"))->trigger();
        QVERIFY(bar->isError());
        QVERIFY2(bar->text().startsWith(bad + QStringLiteral(":2:")), qPrintable(bar->text()));
        QCOMPARE(w.flavorDocument()->filePath(), saved);
    }

    void auditorModeHasNoSaveActionAnywhere()
    {
        MainWindow w(AppMode::Auditor, m_settings.get());
        w.setFileChooser(m_files);
        w.show();
        QCOMPARE(w.openFlavorLibrary(testpaths::sourceFile(kExample), QStringLiteral("viommu.q35.4c8g")), QString());
        const QStringList actions = allActionTexts(w);
        for (const QString &a : actions) {
            for (const char *forbidden : {"save", "Save", "New Flavor Library", "Add Flavor", "Duplicate", "Remove Flavor", "Undo", "Redo"})
                QVERIFY2(!a.contains(QLatin1String(forbidden)), qPrintable(a));
        }
        QVERIFY(!w.findChild<QMenu *>(QStringLiteral("menuEdit")));
        QVERIFY(!child<QPushButton>(w, QStringLiteral("fixButton"))->isVisible());
        QVERIFY(!child<QPushButton>(w, QStringLiteral("addSpec"))->isVisible());
        auto *table = child<QTableView>(w, QStringLiteral("extraSpecTable"));
        QVERIFY(!(table->model()->flags(table->model()->index(0, 1)) & Qt::ItemIsEditable));
        QVERIFY(child<QLineEdit>(w, QStringLiteral("spec_hw:cpu_realtime_mask"))->isReadOnly());
        QVERIFY(!child<QComboBox>(w, QStringLiteral("spec_hw:cpu_policy"))->isEnabled());
        QVERIFY(child<QLabel>(w, QStringLiteral("libraryFile"))->text().contains(QLatin1String("read-only")));

        // Open, import and export remain; exports work.
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionOpenLibrary")));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionImportFlavors")));
        const QString out = m_dir.filePath(QStringLiteral("audit.json"));
        m_files->queueAnswer(out);
        child<QAction>(w, QStringLiteral("actionExport_nova-api"))->trigger();
        QVERIFY(QFile::exists(out));
        QVERIFY(!w.flavorDocument()->isModified());

        // So does the report: findings and capacity as HTML, built and written off the GUI thread.
        const QString report = m_dir.filePath(QStringLiteral("report.html"));
        m_files->queueAnswer(report);
        child<QAction>(w, QStringLiteral("actionExportReport"))->trigger();
        QTRY_VERIFY(QFile::exists(report));
        QFile r(report);
        QVERIFY(r.open(QIODevice::ReadOnly));
        const QByteArray html = r.readAll();
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("viommu.q35.4c8g"));
    }

    void everyEditorTabShowsTheFlavor_data()
    {
        QTest::addColumn<QString>("flavor");
        QTest::addColumn<int>("tab");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("compute") << QStringLiteral("rt.pinned.8c16g") << 0 << QStringLiteral("computeName") << QStringLiteral("rt.pinned.8c16g");
        QTest::newRow("cpu") << QStringLiteral("rt.pinned.8c16g") << 1 << QStringLiteral("spec_hw:cpu_realtime_mask") << QStringLiteral("^0-1");
        QTest::newRow("memory") << QStringLiteral("vdpa.hugepage.4c8g") << 2 << QStringLiteral("spec_hw:mem_page_size") << QStringLiteral("2048");
        QTest::newRow("devices") << QStringLiteral("viommu.q35.4c8g") << 3 << QStringLiteral("image_hw_machine_type") << QStringLiteral("q35");
        QTest::newRow("vgpu") << QStringLiteral("vgpu.nvidia-11.8c32g") << 3 << QStringLiteral("vgpuType") << QStringLiteral("CUSTOM_NVIDIA_11");
        QTest::newRow("raw") << QStringLiteral("viommu.q35.4c8g") << 4 << QStringLiteral("extraSpecTable") << QString();
    }

    // Also renders each tab to $VDECK_SCREENSHOT_DIR when set, to look at them.
    void everyEditorTabShowsTheFlavor()
    {
        QFETCH(QString, flavor);
        QFETCH(int, tab);
        QFETCH(QString, field);
        QFETCH(QString, value);
        MainWindow w(AppMode::Operator, m_settings.get());
        w.show();
        QCOMPARE(w.openFlavorLibrary(testpaths::sourceFile(kExample), flavor), QString());
        w.showPage(QStringLiteral("flavors"));
        auto *editor = child<QTabWidget>(w, QStringLiteral("flavorEditor"));
        editor->setCurrentIndex(tab);
        QWidget *f = w.findChild<QWidget *>(field);
        QVERIFY(f);
        QTRY_VERIFY(f->isVisible());
        if (auto *line = qobject_cast<QLineEdit *>(f))
            QCOMPARE(line->text(), value);
        else if (auto *combo = qobject_cast<QComboBox *>(f))
            QCOMPARE(combo->currentText(), value);
        else
            QCOMPARE(qobject_cast<QTableView *>(f)->model()->rowCount(), int(w.flavorDocument()->current()->extraSpecs.size()));
        const QString dir = qEnvironmentVariable("VDECK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(w.grab().save(dir + QStringLiteral("/tab-") + QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png")));
    }

    void operatorModeHasTheWriteActions()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        // Building the editor (spin box ranges, combos) edits nothing.
        QCOMPARE(w.flavorDocument()->undoStack()->count(), 0);
        QVERIFY(!w.flavorDocument()->isModified());
        QCOMPARE(w.flavorDocument()->current()->vcpus, 2);
        for (const char *name : {"actionNewLibrary", "actionSaveLibrary", "actionSaveLibraryAs", "actionAddFlavor", "actionUndo", "actionRedo"})
            QVERIFY2(w.findChild<QAction *>(QLatin1String(name)), name);
    }
};

VDECK_GUI_TEST_MAIN(TestFlavorsPage)
#include "tst_flavorspage.moc"
