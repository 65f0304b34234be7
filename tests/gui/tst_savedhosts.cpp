// Hosts come back (issue 20): saved hosts reconnect at start (a setting), the demo host can
// always be opened again, a saved host can be renamed or changed, and removing a host asks
// first and can be undone. The real MainWindow offscreen, libvirt's test driver as the host.
#include "core/settings.h"
#include "dialogs/edithostdialog.h"
#include "dialogs/filechooser.h"
#include "hosts/hostmanager.h"
#include "hosts/hostregistry.h"
#include "itemmodels/hostlistmodel.h"
#include "mainwindow.h"
#include "pages/hostspage.h"
#include "testmain.h"
#include "testpaths.h"
#include "widgets/messagebar.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QMenu>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>

#include <memory>

namespace {

QString testDriverUri()
{
    return QStringLiteral("test://") + testpaths::sourceFile(QStringLiteral("resources/demo/demo-testdriver.xml"));
}

QString demoId()
{
    return hosts::HostManager::snapshotId(QStringLiteral(":/demo/demo.vdeckhost"));
}

int stateOf(const MainWindow &w, const QString &id)
{
    return w.hostList()->index(w.hostList()->rowOf(id), 0).data(HostListModel::StateRole).toInt();
}

} // namespace

class TestSavedHosts : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;

    QAction *action(MainWindow &w, const char *name) { return w.findChild<QAction *>(QLatin1String(name)); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("vdeck.ini")));
        m_settings->setSavedHosts({{QStringLiteral("lab"), testDriverUri(), false, QString()}});
        MessageBox::instance().clearAnswers();
    }

    void savedHostsReconnectAtStart()
    {
        QVERIFY(m_settings->reconnectAtStart()); // the default
        MainWindow w(AppMode::Operator, m_settings.get());
        QVERIFY(action(w, "actionReconnectAtStart")->isChecked());
        w.show();
        w.openStartHosts();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w, testDriverUri()), int(hosts::HostEntry::State::Connected), 20000);
        QCOMPARE(w.currentHostId(), testDriverUri());
    }

    void reconnectAtStartIsASetting()
    {
        {
            MainWindow w(AppMode::Operator, m_settings.get());
            action(w, "actionReconnectAtStart")->trigger();
        }
        Settings again(m_dir->filePath(QStringLiteral("vdeck.ini")));
        QVERIFY(!again.reconnectAtStart());
        MainWindow w(AppMode::Operator, &again);
        QVERIFY(!action(w, "actionReconnectAtStart")->isChecked());
        w.openStartHosts();
        QCOMPARE(stateOf(w, testDriverUri()), int(hosts::HostEntry::State::Closed));
        QVERIFY(!w.hostManager()->session(testDriverUri()));
    }

    // With hosts saved the demo host is not opened at start, yet it is always one action away.
    void demoHostCanAlwaysBeOpened()
    {
        m_settings->setReconnectAtStart(false);
        MainWindow w(AppMode::Operator, m_settings.get());
        w.show();
        w.openStartHosts();
        QCOMPARE(w.hostList()->rowOf(demoId()), -1);
        QAction *demo = action(w, "actionOpenDemoHost");
        QVERIFY(demo && demo->isEnabled());
        QVERIFY(w.findChild<QMenu *>(QStringLiteral("menuFile"))->actions().contains(demo));
        demo->trigger();
        QTRY_COMPARE(w.currentHostId(), demoId());
        QCOMPARE(w.hostList()->rowCount(), 2);
    }

    void savedHostIsRenamedAndEdited()
    {
        m_settings->setReconnectAtStart(false);
        m_settings->setComputeProfile(QStringLiteral("lab"), {{QStringLiteral("cpu_mode"), QStringLiteral("host-model")}});
        MainWindow w(AppMode::Operator, m_settings.get());
        w.show();
        w.openStartHosts();
        QCOMPARE(w.currentHostId(), testDriverUri());
        QAction *edit = action(w, "actionEditHost");
        QVERIFY(edit && edit->isEnabled());
        edit->trigger();
        EditHostDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<EditHostDialog *>()));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("editHostName"));
        QCOMPARE(name->text(), QStringLiteral("lab"));
        name->setText(QStringLiteral("lab rack 4"));
        dialog->findChild<QCheckBox *>(QStringLiteral("editHostReadOnly"))->setChecked(true);
        dialog->accept();
        QCOMPARE(m_settings->savedHosts().constFirst().name, QStringLiteral("lab rack 4"));
        QVERIFY(m_settings->savedHosts().constFirst().readOnly);
        QCOMPARE(w.hostRegistry()->entry(testDriverUri())->name, QStringLiteral("lab rack 4"));
        QVERIFY(w.hostRegistry()->entry(testDriverUri())->readOnly);
        QCOMPARE(m_settings->computeProfile(QStringLiteral("lab rack 4")).value(QStringLiteral("cpu_mode")).toString(),
                 QStringLiteral("host-model")); // the compute profile follows the name
        QCOMPARE(w.currentHostId(), testDriverUri());

        // A new URI: the row follows, and a host that was open opens at the new URI.
        w.findChild<QAction *>(QStringLiteral("actionReconnect"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w, testDriverUri()), int(hosts::HostEntry::State::Connected), 20000);
        const QString moved = QStringLiteral("test:///default");
        edit->trigger();
        QTRY_VERIFY((dialog = w.findChild<EditHostDialog *>()));
        dialog->findChild<QLineEdit *>(QStringLiteral("editHostUri"))->setText(moved);
        dialog->accept();
        QCOMPARE(m_settings->savedHosts().constFirst().uri, moved);
        QCOMPARE(w.hostList()->rowOf(testDriverUri()), -1);
        QCOMPARE(w.currentHostId(), moved);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w, moved), int(hosts::HostEntry::State::Connected), 20000);
    }

    // Capturing a host that is no longer connected saves old data: only when the user says so.
    void captureOfADisconnectedHostAsks()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        auto files = std::make_shared<ScriptedFileChooser>();
        w.setFileChooser(files);
        w.show();
        w.openStartHosts();
        QTRY_VERIFY_WITH_TIMEOUT(!w.hostRegistry()->snapshot(testDriverUri()).isNull(), 20000);
        action(w, "actionDisconnect")->trigger();
        QCOMPARE(stateOf(w, testDriverUri()), int(hosts::HostEntry::State::Closed));
        const QString path = m_dir->filePath(QStringLiteral("old.vdeckhost"));
        files->queueAnswer(path);
        MessageBox::instance().queueAnswer(QMessageBox::Cancel);
        action(w, "actionCaptureSnapshot")->trigger();
        QVERIFY(files->hasQueuedAnswers()); // no file was asked for
        MessageBox::instance().queueAnswer(QMessageBox::Save);
        QSignalSpy saved(w.hostManager(), &hosts::HostManager::snapshotSaved);
        action(w, "actionCaptureSnapshot")->trigger();
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(QFile::exists(path));
    }

    void removeAsksAndCanBeUndone()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        w.show();
        w.openStartHosts();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w, testDriverUri()), int(hosts::HostEntry::State::Connected), 20000);
        QAction *remove = action(w, "actionRemoveHost");

        MessageBox::instance().queueAnswer(QMessageBox::Cancel);
        remove->trigger();
        QCOMPARE(w.hostList()->rowCount(), 1);
        QCOMPARE(m_settings->savedHosts().size(), 1);

        MessageBox::instance().queueAnswer(QMessageBox::Yes);
        remove->trigger();
        QCOMPARE(w.hostList()->rowCount(), 0);
        QVERIFY(m_settings->savedHosts().isEmpty());
        MessageBar *bar = w.hostsPage()->messageBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->text().contains(QLatin1String("lab")));
        QToolButton *undo = bar->actionButton();
        QVERIFY(undo->isVisible());
        undo->click();
        QVERIFY(!bar->isVisible());
        QCOMPARE(m_settings->savedHosts().size(), 1);
        QCOMPARE(m_settings->savedHosts().constFirst().name, QStringLiteral("lab"));
        QCOMPARE(w.hostList()->rowOf(testDriverUri()), 0);
        // It was connected: it is again.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w, testDriverUri()), int(hosts::HostEntry::State::Connected), 20000);
    }
};

VDECK_GUI_TEST_MAIN(TestSavedHosts)
#include "tst_savedhosts.moc"
