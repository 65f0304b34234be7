// The real MainWindow offscreen: the demo host, the device tree with filters and "use in
// flavor", a live test-driver connection made through the connect dialog, snapshots captured
// and reopened, saved hosts in (temporary) settings, and auditor mode without write actions.
#include "actionpolicy.h"
#include "core/settings.h"
#include "dialogs/connectdialog.h"
#include "dialogs/credentialdialog.h"
#include "dialogs/filechooser.h"
#include "hosts/hostmanager.h"
#include "hosts/hostsession.h"
#include "itemmodels/devicetreemodel.h"
#include "itemmodels/hostlistmodel.h"
#include "hosts/hostregistry.h"
#include "mainwindow.h"
#include "workbench/flavorworkbench.h"
#include "pages/capacitypage.h"
#include "pages/devicespage.h"
#include "pages/hostspage.h"
#include "messagecapture.h"
#include "testmain.h"
#include "testpaths.h"
#include "widgets/hostdetails.h"
#include "widgets/messagebar.h"
#include "widgets/messagebox.h"
#include "widgets/xmlview.h"

#include <QAction>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

namespace {

QModelIndex findKind(const QAbstractItemModel *model, const QString &kind, const QModelIndex &parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data(DeviceTreeModel::KindRole).toString() == kind)
            return i;
        if (const QModelIndex found = findKind(model, kind, i); found.isValid())
            return found;
    }
    return {};
}

int countKind(const QAbstractItemModel *model, const QString &kind, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        n += (i.data(DeviceTreeModel::KindRole).toString() == kind ? 1 : 0) + countKind(model, kind, i);
    }
    return n;
}


int countRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int n = model->rowCount(parent);
    for (int r = 0; r < model->rowCount(parent); ++r)
        n += countRows(model, model->index(r, 0, parent));
    return n;
}

} // namespace

class TestHostsGui : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;

    static HostsPage *hostsPage(MainWindow &w) { return w.hostsPage(); }
    static DevicesPage *devicesPage(MainWindow &w) { return w.devicesPage(); }
    static QString testDriverUri() { return QStringLiteral("test://") + testpaths::sourceFile(QStringLiteral("resources/demo/demo-testdriver.xml")); }

    void startOnDemo(MainWindow &w)
    {
        w.show();
        QSignalSpy ready(&w, &MainWindow::startHostsReady);
        w.openStartHosts();
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(w.currentHostId(), hosts::HostManager::snapshotId(QStringLiteral(":/demo/demo.vdeckhost")));
    }

    // Connects through the connect dialog's URI builder (test driver) and waits for the tree.
    QString connectTestDriver(MainWindow &w)
    {
        w.findChild<QAction *>(QStringLiteral("actionConnectHost"))->trigger();
        ConnectDialog *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = w.findChild<ConnectDialog *>())); }();
        dialog->setTransport(hosts::UriSpec::Transport::Test);
        dialog->setTestFile(testpaths::sourceFile(QStringLiteral("resources/demo/demo-testdriver.xml")));
        if (QTest::currentTestFailed())
            return {};
        [&] { QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("resultingUri"))->text(), testDriverUri()); }();
        dialog->accept();
        return testDriverUri();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("vdeck.ini")));
    }

    void demoHostIsOpenAndSelected()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        startOnDemo(w);
        QCOMPARE(w.hostList()->rowCount(), 1);
        const QTreeView *tree = devicesPage(w)->tree();
        QCOMPARE(countRows(devicesPage(w)->model()), 56 + 7); // devices and mdev type rows
        QVERIFY(tree->currentIndex().isValid()); // a PF is selected, its XML shown
        // the details follow the selection one turn later
        QTRY_VERIFY(w.findChild<XmlView *>(QStringLiteral("deviceXml"))->toPlainText().contains(QLatin1String("virt_functions")));
        auto *capacity = w.capacityPage();
        QVERIFY(w.showPage(QStringLiteral("capacity"))); // charts draw when their page is shown
        QTRY_VERIFY(!w.workbench()->pending());
        for (QChart *chart : capacity->charts())
            QVERIFY(!chart->series().isEmpty());
    }

    void filterToVdpaAndUseInFlavor()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        startOnDemo(w);
        QVERIFY(w.showPage(QStringLiteral("devices")));
        auto *kind = w.findChild<QComboBox *>(QStringLiteral("deviceKindFilter"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("vdpa")));
        QTreeView *tree = devicesPage(w)->tree();
        QCOMPARE(countKind(tree->model(), QStringLiteral("vdpa")), 4); // under their VFs, PF and bridge
        QCOMPARE(countKind(tree->model(), QStringLiteral("vf")), 4);
        QCOMPARE(countKind(tree->model(), QStringLiteral("vdpa")) + countKind(tree->model(), QStringLiteral("vf")) + 3, countRows(tree->model()));
        const QModelIndex vdpa = findKind(tree->model(), QStringLiteral("vdpa"));
        QVERIFY(vdpa.isValid());
        QCOMPARE(findKind(tree->model(), QStringLiteral("net")), QModelIndex());
        tree->setCurrentIndex(vdpa);
        QVERIFY(w.findChild<XmlView *>(QStringLiteral("deviceXml"))->toPlainText().contains(QLatin1String("<capability type='vdpa'>")));

        flavors::Flavor flavor;
        flavor.name = QStringLiteral("vdpa.medium");
        connect(w.devicesPage(), &DevicesPage::useInFlavorRequested, this,
                [&flavor](const inventory::Device &device, const flavors::DeviceUseOptions &options) {
                    flavor = flavors::useDevice(flavor, device, options);
                });
        auto *use = w.findChild<QAction *>(QStringLiteral("actionUseInFlavor"));
        QVERIFY(tree->actions().contains(use)); // in the tree's context menu
        QVERIFY(use->isEnabled());
        MessageBox::instance().queueAnswer(QMessageBox::Cancel); // the window's own "Add … to the flavor …?"
        use->trigger();
        QCOMPARE(flavor.ports.size(), 1);
        QCOMPARE(flavor.ports.at(0).vnicType, QStringLiteral("vdpa"));

        w.findChild<QAction *>(QStringLiteral("actionCopyXml"))->trigger();
        QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("vdpa")));
        // A PF offers nothing to a flavor.
        kind->setCurrentIndex(kind->findData(QStringLiteral("pf")));
        tree->setCurrentIndex(findKind(tree->model(), QStringLiteral("pf")));
        QVERIFY(!use->isEnabled());
        w.findChild<QAction *>(QStringLiteral("actionCopyAddress"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("0000:17:00.0"));
    }

    void connectThroughTheDialog()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        startOnDemo(w);
        const QString uri = connectTestDriver(w);
        QVERIFY(!uri.isEmpty());
        HostListModel *hosts = w.hostList();
        QCOMPARE(w.currentHostId(), uri);
        QTRY_COMPARE_WITH_TIMEOUT(hosts->index(hosts->rowOf(uri), 0).data(HostListModel::StateRole).toInt(),
                                  int(hosts::HostEntry::State::Connected), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(countRows(devicesPage(w)->model()) > 40, 20000);
        QVERIFY(devicesPage(w)->model()->indexOfDevice(QStringLiteral("pci_0000_17_00_0")).isValid());
        QCOMPARE(hosts->index(hosts->rowOf(uri), HostListModel::HypervisorColumn).data().toString().section(QLatin1Char(' '), 0, 0).toLower(),
                 QStringLiteral("test"));
        QVERIFY(!w.hostManager()->session(uri)->isReadOnly());
        QTRY_VERIFY(!w.findChild<QWidget *>(QStringLiteral("progressPanel"))->isVisible());
        // Saved in the injected settings, without anything secret.
        QCOMPARE(m_settings->savedHosts().size(), 1);
        QCOMPARE(m_settings->savedHosts().constFirst().uri, uri);

        // Disconnect, then remove: the saved host is gone too.
        w.findChild<QAction *>(QStringLiteral("actionDisconnect"))->trigger();
        QCOMPARE(hosts->index(hosts->rowOf(uri), 0).data(HostListModel::StateRole).toInt(), int(hosts::HostEntry::State::Closed));
        MessageBox::instance().queueAnswer(QMessageBox::Yes); // "Remove the saved host …?"
        w.findChild<QAction *>(QStringLiteral("actionRemoveHost"))->trigger();
        QCOMPARE(hosts->rowOf(uri), -1);
        QVERIFY(m_settings->savedHosts().isEmpty());
    }

    // Issue 20: a test-driver host shows its NUMA cells, CPUs and memory (from virNodeGetInfo: its
    // capabilities list no cells), and the device tree and details name the guest that uses each
    // VF and mdev (the domains of resources/demo/demo-testdriver.xml), in auditor mode too.
    void testDriverHostShowsNumaAndGuests_data()
    {
        QTest::addColumn<AppMode>("mode");
        QTest::newRow("operator") << AppMode::Operator;
        QTest::newRow("auditor") << AppMode::Auditor;
    }

    void testDriverHostShowsNumaAndGuests()
    {
        QFETCH(AppMode, mode);
        MainWindow w(mode, m_settings.get());
        w.show();
        const QString uri = connectTestDriver(w);
        QVERIFY(!uri.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!w.hostRegistry()->snapshot(uri).isNull(), 20000);
        QCOMPARE(w.hostManager()->session(uri)->isReadOnly(), mode == AppMode::Auditor);

        QVERIFY(w.showPage(QStringLiteral("hosts")));
        auto *details = w.findChild<HostDetails *>(QStringLiteral("hostDetails"));
        QTRY_VERIFY(details->toPlainText().contains(QLatin1String("NUMA cells")));
        const QString text = details->toPlainText();
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("CPUs\\s*64 \\(sockets: 2, cores per socket: 16, threads per core: 2\\)"))), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Memory\\s*512"))), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\b0\\s*256(\\.0)? GiB\\s*32\\b"))), qPrintable(text)); // cell 0
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\b1\\s*256(\\.0)? GiB\\s*32\\b"))), qPrintable(text)); // cell 1
        QVERIFY2(text.contains(QLatin1String("these are the ones virNodeGetInfo reports")), qPrintable(text)); // and says where they come from

        QVERIFY(w.showPage(QStringLiteral("devices")));
        DevicesPage *page = devicesPage(w);
        QTRY_VERIFY(page->model()->indexOfDevice(QStringLiteral("pci_0000_17_00_6")).isValid());
        const auto guestCell = [page](const QString &device) {
            const QModelIndex i = page->model()->indexOfDevice(device);
            return i.siblingAtColumn(DeviceTreeModel::GuestColumn).data().toString();
        };
        QCOMPARE(page->model()->headerData(DeviceTreeModel::GuestColumn, Qt::Horizontal).toString(), QStringLiteral("Guest"));
        QVERIFY(!page->tree()->isColumnHidden(DeviceTreeModel::GuestColumn));
        QCOMPARE(guestCell(QStringLiteral("pci_0000_17_00_6")), QStringLiteral("vm-dpdk-01"));
        QCOMPARE(guestCell(QStringLiteral("pci_0000_17_01_2")), QStringLiteral("vm-dpdk-01"));
        QCOMPARE(guestCell(QStringLiteral("mdev_7b1e4a52_3f0c_4d8e_9a61_2c5d8e0f4b17_0000_ca_00_0")), QStringLiteral("vm-vgpu-02"));
        QCOMPARE(guestCell(QStringLiteral("pci_0000_b1_01_0")), QStringLiteral("vm-batch-03 (shut off)"));
        QCOMPARE(guestCell(QStringLiteral("pci_0000_17_00_7")), QString());

        // The details of the selected VF name its guest; a free VF says none.
        auto *properties = w.findChild<QTreeWidget *>(QStringLiteral("deviceProperties"));
        const auto property = [properties](const QString &name) {
            const QList<QTreeWidgetItem *> rows = properties->findItems(name, Qt::MatchExactly, 0);
            return rows.isEmpty() ? QString() : rows.constFirst()->text(1);
        };
        QVERIFY(page->selectDevice(QStringLiteral("pci_0000_17_00_6")));
        QTRY_COMPARE(property(QStringLiteral("Guest")), QStringLiteral("vm-dpdk-01"));
        QVERIFY(page->selectDevice(QStringLiteral("pci_0000_17_00_7")));
        QTRY_COMPARE(property(QStringLiteral("Guest")), QStringLiteral("none"));

        // The text filter finds a device by its guest.
        auto *filter = w.findChild<QLineEdit *>(QStringLiteral("deviceFilter"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("vm-vgpu"));
        QTRY_VERIFY(countRows(page->tree()->model()) > 0);
        QModelIndex shown = page->tree()->model()->index(0, 0);
        while (page->tree()->model()->rowCount(shown) > 0)
            shown = page->tree()->model()->index(0, 0, shown);
        QCOMPARE(shown.data(DeviceTreeModel::DeviceNameRole).toString(), QStringLiteral("mdev_7b1e4a52_3f0c_4d8e_9a61_2c5d8e0f4b17_0000_ca_00_0"));
    }

    // A node-device event changes no row of the hosts list (nothing there shows devices), yet the
    // details of the selected host follow it: they listen to the host manager's snapshots.
    void hostDetailsFollowNodeDeviceEvents()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        startOnDemo(w);
        const QString uri = connectTestDriver(w);
        QVERIFY(!uri.isEmpty());
        hosts::HostManager *manager = w.hostManager();
        QTRY_VERIFY_WITH_TIMEOUT(!w.hostRegistry()->snapshot(uri).isNull(), 20000);
        QVERIFY(w.showPage(QStringLiteral("hosts")));
        QCOMPARE(hostsPage(w)->currentHostId(), uri);
        auto *details = w.findChild<HostDetails *>(QStringLiteral("hostDetails"));
        const int before = w.hostRegistry()->snapshot(uri).graph().size();
        const auto devicesRow = [details](int n) {
            return details->toPlainText().contains(QRegularExpression(QStringLiteral("Devices\\s*%1\\b").arg(n)));
        };
        QTRY_VERIFY(devicesRow(before));
        QSignalSpy rows(w.hostList(), &QAbstractItemModel::dataChanged);
        manager->session(uri)->applyDeviceEvents({}, {QStringLiteral("pci_0000_17_00_3")});
        QTRY_COMPARE(w.hostRegistry()->snapshot(uri).graph().size(), before - 1);
        QTRY_VERIFY(devicesRow(before - 1));
        QVERIFY(rows.isEmpty());
    }

    void libvirtPasswordIsAskedAndNeverStoredOrLogged()
    {
        // A test-driver host that wants a user name and a password: libvirt's auth callback
        // opens the credential dialog, the answers reach the waiting connection, and after the
        // round neither the settings file nor any log message holds the password.
        const QByteArray password = "Tr0ub4dor-3-not-for-disk"; // no XML metacharacters: it goes into the host file
        const QString path = m_dir->filePath(QStringLiteral("auth.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<node><auth><user password='" + password + "'>operator</user></auth></node>");
        f.close();
        const QString uri = QStringLiteral("test://") + path;

        const MessageCapture messages;
        {
            MainWindow w(AppMode::Operator, m_settings.get());
            w.show();
            w.hostManager()->connectHost({QStringLiteral("needs-auth"), uri, false, QString()}, true);
            // libvirt asks for the user name, then for the password: one dialog each.
            int secretFields = 0;
            for (int asked = 0; asked < 2; ++asked) {
                CredentialDialog *dialog = nullptr;
                QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<CredentialDialog *>()) && dialog->isVisible(), 20000);
                QCOMPARE(dialog->fields().size(), 1);
                QLineEdit *field = dialog->fields().constFirst();
                const bool secret = field->echoMode() == QLineEdit::Password;
                secretFields += secret ? 1 : 0;
                field->setText(secret ? QString::fromUtf8(password) : QStringLiteral("operator"));
                const QPointer<CredentialDialog> answered(dialog);
                dialog->accept();
                QTRY_VERIFY(answered.isNull()); // closed and deleted; the next question is a new dialog
            }
            QCOMPARE(secretFields, 1); // the password is not echoed
            HostListModel *hosts = w.hostList();
            QTRY_COMPARE_WITH_TIMEOUT(hosts->index(hosts->rowOf(uri), 0).data(HostListModel::StateRole).toInt(),
                                      int(hosts::HostEntry::State::Connected), 20000);
            QCOMPARE(m_settings->savedHosts().size(), 1);
            QCOMPARE(m_settings->savedHosts().constFirst().uri, uri);
        }
        m_settings->sync();
        QFile ini(m_dir->filePath(QStringLiteral("vdeck.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray stored = ini.readAll();
        QVERIFY(stored.contains("needs-auth"));
        QVERIFY(!stored.contains(password));
        QVERIFY(!messages.text().toUtf8().contains(password));
    }

    void aDeadHostShowsTheReasonAndARetryCountdown()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        const QString uri = QStringLiteral("qemu+tcp://127.0.0.1:1/system"); // nothing listens on port 1
        w.hostManager()->connectHost({QStringLiteral("dead"), uri, false, QString()}, false);
        HostListModel *hosts = w.hostList();
        const int row = hosts->rowOf(uri);
        QTRY_COMPARE_WITH_TIMEOUT(hosts->index(row, 0).data(HostListModel::StateRole).toInt(), int(hosts::HostEntry::State::Disconnected), 20000);
        const QString state = hosts->index(row, HostListModel::StateColumn).data().toString();
        QVERIFY2(state.startsWith(QLatin1String("disconnected: ")) && state.contains(QLatin1String("retry in")), qPrintable(state));
        QVERIFY(m_settings->savedHosts().isEmpty()); // not asked to save it
        w.hostManager()->cancel(uri); // stops retrying
        QCOMPARE(hosts->index(row, 0).data(HostListModel::StateRole).toInt(), int(hosts::HostEntry::State::Closed));
    }

    void savedHostsAreListedInsteadOfTheDemo()
    {
        m_settings->setSavedHosts({{QStringLiteral("lab"), testDriverUri(), true, QString()}});
        m_settings->setReconnectAtStart(false); // tst_savedhosts: reconnected at start
        MainWindow w(AppMode::Operator, m_settings.get());
        QSignalSpy ready(&w, &MainWindow::startHostsReady);
        w.openStartHosts();
        QCOMPARE(ready.size(), 1);
        QCOMPARE(w.hostList()->rowCount(), 1);
        QCOMPARE(w.currentHostId(), testDriverUri());
        w.findChild<QAction *>(QStringLiteral("actionReconnect"))->trigger();
        QVERIFY(w.hostManager()->session(testDriverUri())->isReadOnly()); // the saved host says so
        HostListModel *hosts = w.hostList();
        QTRY_COMPARE_WITH_TIMEOUT(hosts->index(0, 0).data(HostListModel::StateRole).toInt(), int(hosts::HostEntry::State::Connected), 20000);
        QVERIFY(hosts->index(0, HostListModel::StateColumn).data().toString().contains(QLatin1String("read-only")));
    }

    void captureAndReopenASnapshot()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        startOnDemo(w);
        auto chooser = std::make_shared<ScriptedFileChooser>();
        w.setFileChooser(chooser);
        const QString copy = m_dir->filePath(QStringLiteral("copy.vdeckhost"));
        chooser->queueAnswer(copy);
        QSignalSpy saved(w.hostManager(), &hosts::HostManager::snapshotSaved);
        w.findChild<QAction *>(QStringLiteral("actionCaptureSnapshot"))->trigger();
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(QFile::exists(copy));
        chooser->queueAnswer(copy);
        w.findChild<QAction *>(QStringLiteral("actionOpenSnapshot"))->trigger();
        QTRY_COMPARE(w.currentHostId(), hosts::HostManager::snapshotId(copy));
        QCOMPARE(w.hostList()->rowCount(), 2);
        QCOMPARE(w.hostRegistry()->snapshot(w.currentHostId()), w.hostRegistry()->snapshot(hosts::HostManager::snapshotId(QStringLiteral(":/demo/demo.vdeckhost"))));

        chooser->queueAnswer(m_dir->filePath(QStringLiteral("missing.vdeckhost")));
        w.findChild<QAction *>(QStringLiteral("actionOpenSnapshot"))->trigger();
        QTRY_VERIFY(hostsPage(w)->messageBar()->isVisible()); // non-modal error
    }

    void auditorModeHasNoWriteActions()
    {
        // Every action that writes to a host, to saved hosts or to a flavor library, by name: an
        // operator window has exactly these marked (a new write action must be marked and listed
        // here), an auditor window has none of them.
        const QStringList writeActions{QStringLiteral("actionNewLibrary"),     QStringLiteral("actionSaveLibrary"),
                                       QStringLiteral("actionSaveLibraryAs"),  QStringLiteral("actionAddFlavor"),
                                       QStringLiteral("actionDuplicateFlavor"), QStringLiteral("actionRemoveFlavor"),
                                       QStringLiteral("actionUndo"),           QStringLiteral("actionRedo"),
                                       QStringLiteral("actionRemoveHost"),     QStringLiteral("actionEditHost"),
                                       QStringLiteral("actionUseInFlavor"),    QStringLiteral("actionPushToCloud"),
                                       QStringLiteral("actionImportFromCloud"), QStringLiteral("actionImportAllFromCloud")};
        MainWindow op(AppMode::Operator, m_settings.get());
        QList<QAction *> opWrites;
        QStringList marked;
        for (QAction *a : op.findChildren<QAction *>()) {
            if (actionpolicy::writes(a)) {
                opWrites.append(a);
                marked.append(a->objectName());
            }
        }
        marked.sort();
        QStringList expected = writeActions;
        expected.sort();
        QCOMPARE(marked, expected);

        MainWindow w(AppMode::Auditor, m_settings.get());
        startOnDemo(w);
        // Every action of the window: menus, toolbars and the views' context menus.
        QList<QAction *> all = w.findChildren<QAction *>();
        for (QWidget *widget : w.findChildren<QWidget *>())
            all += widget->actions();
        for (QAction *a : std::as_const(all)) {
            QVERIFY2(!actionpolicy::writes(a), qPrintable(a->objectName()));
            for (QAction *o : std::as_const(opWrites))
                QVERIFY2(o->objectName().isEmpty() || a->objectName() != o->objectName(), qPrintable(a->objectName()));
        }
        for (const QString &name : writeActions)
            QVERIFY2(!w.findChild<QAction *>(name), qPrintable(name));

        // Connections are read-only, and the dialog neither offers otherwise nor saves hosts.
        w.findChild<QAction *>(QStringLiteral("actionConnectHost"))->trigger();
        ConnectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<ConnectDialog *>()));
        QVERIFY(dialog->host().readOnly);
        QVERIFY(!dialog->saveHost());
        dialog->setTransport(hosts::UriSpec::Transport::Test);
        dialog->setTestFile(testpaths::sourceFile(QStringLiteral("resources/demo/demo-testdriver.xml")));
        dialog->accept();
        QVERIFY(w.hostManager()->session(testDriverUri())->isReadOnly());
        QVERIFY(m_settings->savedHosts().isEmpty());
    }
};

VDECK_GUI_TEST_MAIN(TestHostsGui)
#include "tst_hostsgui.moc"
