// HostListModel under QAbstractItemModelTester: rows for saved hosts and snapshots, states with
// reason and retry countdown, versions from the snapshot, removal.
#include "demohost.h"
#include "itemmodels/hostlistmodel.h"
#include "testmain.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

class TestHostListModel : public QObject
{
    Q_OBJECT
        static QString cell(const HostListModel &m, int row, int column) { return m.index(row, column).data().toString(); }

private Q_SLOTS:
    void rowsStatesAndVersions()
    {
        HostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(HostListModel::HypervisorColumn, Qt::Horizontal).toString(), QStringLiteral("QEMU"));

        HostEntry saved;
        saved.id = saved.uri = QStringLiteral("qemu+ssh://root@compute-1/system");
        saved.name = QStringLiteral("compute-1");
        saved.saved = true;
        model.addOrReplace(saved);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, HostListModel::NameColumn), QStringLiteral("compute-1"));
        QCOMPARE(cell(model, 0, HostListModel::StateColumn), QStringLiteral("not connected"));
        QVERIFY(cell(model, 0, HostListModel::LibvirtColumn).isEmpty());

        model.setState(saved.id, HostEntry::State::Connecting, QString());
        QCOMPARE(cell(model, 0, HostListModel::StateColumn), QStringLiteral("connecting…"));
        model.setState(saved.id, HostEntry::State::Disconnected, QStringLiteral("the host stopped answering keepalives"));
        QCOMPARE(cell(model, 0, HostListModel::StateColumn), QStringLiteral("disconnected: the host stopped answering keepalives"));
        model.setRetry(saved.id, 4000);
        QCOMPARE(cell(model, 0, HostListModel::StateColumn),
                 QStringLiteral("disconnected: the host stopped answering keepalives (retry in 4 s)"));
        // The countdown ticks without anybody asking.
        QSignalSpy ticks(&model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(cell(model, 0, HostListModel::StateColumn).contains(QLatin1String("retry in 2 s")), 4000);
        QVERIFY(!ticks.isEmpty());

        model.setState(saved.id, HostEntry::State::Connected, QString());
        model.setSnapshot(saved.id, testhosts::demo());
        QCOMPARE(cell(model, 0, HostListModel::StateColumn), QStringLiteral("connected"));
        QCOMPARE(cell(model, 0, HostListModel::LibvirtColumn), QStringLiteral("11.3.0"));
        QCOMPARE(cell(model, 0, HostListModel::HypervisorColumn), QStringLiteral("10.0.2"));
        QVERIFY(model.index(0, 0).data(HostListModel::HasSnapshotRole).toBool());

        HostEntry file;
        file.id = QStringLiteral("file:/tmp/x.vdeckhost");
        file.name = QStringLiteral("x");
        file.state = HostEntry::State::Snapshot;
        file.snapshot = testhosts::demo();
        model.addOrReplace(file);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(cell(model, 1, HostListModel::StateColumn).startsWith(QLatin1String("snapshot of ")));
        QCOMPARE(model.rowOf(file.id), 1);
        file.name = QStringLiteral("renamed");
        model.addOrReplace(file);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 1, HostListModel::NameColumn), QStringLiteral("renamed"));

        QVERIFY(model.remove(saved.id));
        QVERIFY(!model.remove(saved.id));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(HostListModel::HostIdRole).toString(), file.id);
    }

    // A node-device event replaces the snapshot and changes nothing the model shows: no
    // dataChanged (the tool bar's host selector would re-measure and repaint at every event). New
    // versions are shown, so they are announced.
    void nodeDeviceEventsChangeNoRow()
    {
        HostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HostEntry e;
        e.id = e.uri = QStringLiteral("test:///default");
        e.state = HostEntry::State::Connected;
        model.addOrReplace(e);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const inventory::HostSnapshot demo = testhosts::demo();
        model.setSnapshot(e.id, demo);
        QCOMPARE(changed.size(), 1); // captured: HasSnapshotRole and the versions change
        const QString someDevice = demo.graph().nodes().constLast().name();
        const inventory::HostSnapshot afterEvent = demo.withGraph(demo.graph().withoutDevice(someDevice));
        model.setSnapshot(e.id, afterEvent);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!model.entry(e.id)->snapshot.graph().node(someDevice)); // kept all the same
        inventory::HostIdentity upgraded = demo.identity();
        upgraded.libvirtVersion = QStringLiteral("11.4.0");
        model.setSnapshot(e.id, inventory::HostSnapshot(upgraded, demo.capturedAt(), demo.capabilitiesXml(), demo.domainCapabilitiesXml(),
                                                        demo.freePages(), demo.graph()));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(cell(model, 0, HostListModel::LibvirtColumn), QStringLiteral("11.4.0"));
        model.setSnapshot(e.id, {});
        QCOMPARE(changed.size(), 3);
        QVERIFY(!model.index(0, 0).data(HostListModel::HasSnapshotRole).toBool());
    }

    void testDriverVersionsNameTheHypervisor()
    {
        HostListModel model;
        HostEntry e;
        e.id = QStringLiteral("test:///default");
        e.snapshot = inventory::HostSnapshot({QStringLiteral("h"), e.id, QStringLiteral("11.3.0"), QStringLiteral("Test"), QStringLiteral("2.0.0"), {}},
                                             QDateTime::currentDateTimeUtc(), {}, {}, {}, {});
        model.addOrReplace(e);
        QCOMPARE(cell(model, 0, HostListModel::HypervisorColumn), QStringLiteral("Test 2.0.0"));
    }
};

VDECK_GUI_TEST_MAIN(TestHostListModel)
#include "tst_hostlistmodel.moc"
