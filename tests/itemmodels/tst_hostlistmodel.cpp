// HostListModel under QAbstractItemModelTester, presenting a hosts::HostRegistry: rows for saved
// hosts and snapshots, states with reason and retry countdown, versions from the snapshot,
// removal; and the registry's own signals.
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
        hosts::HostRegistry registry;
        HostListModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(HostListModel::HypervisorColumn, Qt::Horizontal).toString(), QStringLiteral("QEMU"));

        hosts::HostEntry saved;
        saved.id = saved.uri = QStringLiteral("qemu+ssh://root@compute-1/system");
        saved.name = QStringLiteral("compute-1");
        saved.saved = true;
        registry.addOrReplace(saved);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, HostListModel::NameColumn), QStringLiteral("compute-1"));
        QCOMPARE(cell(model, 0, HostListModel::StateColumn), QStringLiteral("not connected"));
        QVERIFY(cell(model, 0, HostListModel::LibvirtColumn).isEmpty());

        registry.setState(saved.id, hosts::HostEntry::State::Connecting, QString());
        QCOMPARE(cell(model, 0, HostListModel::StateColumn), QStringLiteral("connecting…"));
        registry.setState(saved.id, hosts::HostEntry::State::Disconnected, QStringLiteral("the host stopped answering keepalives"));
        QCOMPARE(cell(model, 0, HostListModel::StateColumn), QStringLiteral("disconnected: the host stopped answering keepalives"));
        registry.setRetry(saved.id, 4000);
        QCOMPARE(cell(model, 0, HostListModel::StateColumn),
                 QStringLiteral("disconnected: the host stopped answering keepalives (retry in 4 s)"));
        // The countdown ticks without anybody asking.
        QSignalSpy ticks(&model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(cell(model, 0, HostListModel::StateColumn).contains(QLatin1String("retry in 2 s")), 4000);
        QVERIFY(!ticks.isEmpty());

        registry.setState(saved.id, hosts::HostEntry::State::Connected, QString());
        registry.setSnapshot(saved.id, testhosts::demo());
        QCOMPARE(cell(model, 0, HostListModel::StateColumn), QStringLiteral("connected"));
        QCOMPARE(cell(model, 0, HostListModel::LibvirtColumn), QStringLiteral("11.3.0"));
        QCOMPARE(cell(model, 0, HostListModel::HypervisorColumn), QStringLiteral("10.0.2"));
        QVERIFY(model.index(0, 0).data(HostListModel::HasSnapshotRole).toBool());

        hosts::HostEntry file;
        file.id = QStringLiteral("file:/tmp/x.vdeckhost");
        file.name = QStringLiteral("x");
        file.state = hosts::HostEntry::State::Snapshot;
        file.snapshot = testhosts::demo();
        registry.addOrReplace(file);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(cell(model, 1, HostListModel::StateColumn).startsWith(QLatin1String("snapshot of ")));
        QCOMPARE(model.rowOf(file.id), 1);
        file.name = QStringLiteral("renamed");
        registry.addOrReplace(file);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 1, HostListModel::NameColumn), QStringLiteral("renamed"));

        QVERIFY(registry.remove(saved.id));
        QVERIFY(!registry.remove(saved.id));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(HostListModel::HostIdRole).toString(), file.id);
    }

    // A node-device event replaces the snapshot and changes nothing the model shows: no
    // dataChanged (the tool bar's host selector would re-measure and repaint at every event). New
    // versions are shown, so they are announced.
    void nodeDeviceEventsChangeNoRow()
    {
        hosts::HostRegistry registry;
        HostListModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        hosts::HostEntry e;
        e.id = e.uri = QStringLiteral("test:///default");
        e.state = hosts::HostEntry::State::Connected;
        registry.addOrReplace(e);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const inventory::HostSnapshot demo = testhosts::demo();
        registry.setSnapshot(e.id, demo);
        QCOMPARE(changed.size(), 1); // captured: HasSnapshotRole and the versions change
        const QString someDevice = demo.graph().nodes().constLast().name();
        const inventory::HostSnapshot afterEvent = demo.withGraph(demo.graph().withoutDevice(someDevice));
        registry.setSnapshot(e.id, afterEvent);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!registry.entry(e.id)->snapshot.graph().node(someDevice)); // kept all the same
        inventory::HostIdentity upgraded = demo.identity();
        upgraded.libvirtVersion = QStringLiteral("11.4.0");
        registry.setSnapshot(e.id, inventory::HostSnapshot(upgraded, demo.capturedAt(), demo.capabilitiesXml(), demo.domainCapabilitiesXml(),
                                                        demo.freePages(), demo.graph()));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(cell(model, 0, HostListModel::LibvirtColumn), QStringLiteral("11.4.0"));
        registry.setSnapshot(e.id, {});
        QCOMPARE(changed.size(), 3);
        QVERIFY(!model.index(0, 0).data(HostListModel::HasSnapshotRole).toBool());
    }

    // The registry is the one owner: every new snapshot is announced once (an event's too), an
    // entry replaced as it is announces none, and removal says which entry went.
    void registryAnnouncesSnapshotsAndRemovals()
    {
        hosts::HostRegistry registry;
        QSignalSpy snapshots(&registry, &hosts::HostRegistry::snapshotChanged);
        QSignalSpy removed(&registry, &hosts::HostRegistry::removed);
        hosts::HostEntry e;
        e.id = e.uri = QStringLiteral("test:///default");
        registry.addOrReplace(e);
        QCOMPARE(snapshots.size(), 0);
        const inventory::HostSnapshot demo = testhosts::demo();
        registry.setSnapshot(e.id, demo);
        QCOMPARE(snapshots.size(), 1);
        QCOMPARE(registry.snapshot(e.id).graph().size(), demo.graph().size());
        const QString someDevice = demo.graph().nodes().constLast().name();
        registry.setSnapshot(e.id, demo.withGraph(demo.graph().withoutDevice(someDevice)));
        QCOMPARE(snapshots.size(), 2);
        QCOMPARE(registry.snapshot(e.id).graph().size(), demo.graph().size() - 1);
        hosts::HostEntry renamed = *registry.entry(e.id);
        renamed.name = QStringLiteral("renamed");
        registry.addOrReplace(renamed);
        QCOMPARE(snapshots.size(), 2);
        QCOMPARE(registry.entry(e.id)->name, QStringLiteral("renamed"));
        QVERIFY(registry.remove(e.id));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toString(), e.id);
        QVERIFY(registry.snapshot(e.id).isNull());
        QCOMPARE(registry.count(), 0);
    }

    void testDriverVersionsNameTheHypervisor()
    {
        hosts::HostRegistry registry;
        HostListModel model(&registry);
        hosts::HostEntry e;
        e.id = QStringLiteral("test:///default");
        e.snapshot = inventory::HostSnapshot({QStringLiteral("h"), e.id, QStringLiteral("11.3.0"), QStringLiteral("Test"), QStringLiteral("2.0.0"), {}},
                                             QDateTime::currentDateTimeUtc(), {}, {}, {}, {});
        registry.addOrReplace(e);
        QCOMPARE(cell(model, 0, HostListModel::HypervisorColumn), QStringLiteral("Test 2.0.0"));
    }
};

VDECK_GUI_TEST_MAIN(TestHostListModel)
#include "tst_hostlistmodel.moc"
