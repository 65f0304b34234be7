// DeviceTreeModel and DeviceFilterProxy on the bundled demo host, under QAbstractItemModelTester,
// each case compared as an indented text dump with tests/itemmodels/data/<case>.txt
// (VDECK_UPDATE_EXPECTED=1 rewrites them; review the diff). Incremental updates (node-device
// events, batches) must end in the same dump as a model built from scratch, with row signals
// (no reset) and selections kept.
#include "demohost.h"
#include "itemmodels/devicefilterproxy.h"
#include "itemmodels/devicetreemodel.h"
#include "testmain.h"
#include "testpaths.h"

#include "inventory/nodedeviceparser.h"
#include "pci/novaconf.h"
#include "pci/pcireport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QItemSelectionModel>
#include <QSignalSpy>

using namespace inventory;

namespace {

void dump(const QAbstractItemModel &model, const QModelIndex &parent, int depth, QString &out)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(parent); ++c)
            cells << model.index(r, c, parent).data().toString();
        while (!cells.isEmpty() && cells.last().isEmpty())
            cells.removeLast();
        out += QString(2 * depth, QLatin1Char(' ')) + cells.join(QStringLiteral(" | ")) + QLatin1Char('\n');
        dump(model, model.index(r, 0, parent), depth + 1, out);
    }
}

QString dump(const QAbstractItemModel &model)
{
    QString out;
    dump(model, {}, 0, out);
    return out;
}

Device deviceLike(const HostSnapshot &s, const QString &name, const QList<std::pair<QString, QString>> &edits)
{
    QString xml = s.graph().node(name)->device.rawXml;
    for (const auto &[from, to] : edits) {
        if (!xml.contains(from))
            qFatal("%s has no %s", qPrintable(name), qPrintable(from));
        xml.replace(from, to);
    }
    const Device d = parseNodeDevice(xml);
    if (d.broken)
        qFatal("%s", qPrintable(d.error));
    return d;
}

// A fifth E810 VF (b1:01.4) and its netdev, made from the third.
Device newVf(const HostSnapshot &s)
{
    return deviceLike(s, QStringLiteral("pci_0000_b1_01_2"),
                      {{QStringLiteral("pci_0000_b1_01_2"), QStringLiteral("pci_0000_b1_01_4")},
                       {QStringLiteral("b1:01.2"), QStringLiteral("b1:01.4")},
                       {QStringLiteral("<function>2</function>"), QStringLiteral("<function>4</function>")},
                       {QStringLiteral("function='0x2'"), QStringLiteral("function='0x4'")},
                       {QStringLiteral("number='43'"), QStringLiteral("number='90'")}});
}

Device newVfNetdev(const HostSnapshot &s)
{
    return deviceLike(s, QStringLiteral("net_ens5f0v2_5a_e1_c0_00_00_02"),
                      {{QStringLiteral("net_ens5f0v2_5a_e1_c0_00_00_02"), QStringLiteral("net_ens5f0v4_5a_e1_c0_00_00_04")},
                       {QStringLiteral("ens5f0v2"), QStringLiteral("ens5f0v4")},
                       {QStringLiteral("pci_0000_b1_01_2"), QStringLiteral("pci_0000_b1_01_4")},
                       {QStringLiteral("5a:e1:c0:00:00:02"), QStringLiteral("5a:e1:c0:00:00:04")}});
}

// Counts the signals a model emits; a reset counts as one.
struct Signals
{
    explicit Signals(QAbstractItemModel *m)
        : reset(m, &QAbstractItemModel::modelReset)
        , inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , moved(m, &QAbstractItemModel::rowsMoved)
        , changed(m, &QAbstractItemModel::dataChanged)
    {
    }
    void clear()
    {
        for (QSignalSpy *s : {&reset, &inserted, &removed, &moved, &changed})
            s->clear();
    }
    QSignalSpy reset, inserted, removed, moved, changed;
};

} // namespace

class TestDeviceTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dumps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("numa");
        QTest::addColumn<QString>("expected");
        QTest::newRow("whole host") << QString() << QString() << -1 << QStringLiteral("demo-all.txt");
        QTest::newRow("kind vdpa") << QString() << QStringLiteral("vdpa") << -1 << QStringLiteral("demo-vdpa.txt");
        QTest::newRow("kind mdev") << QString() << QStringLiteral("mdev") << -1 << QStringLiteral("demo-mdev.txt");
        QTest::newRow("numa 1") << QString() << QString() << 1 << QStringLiteral("demo-numa1.txt");
        QTest::newRow("text e810, numa 1") << QStringLiteral("e810") << QString() << 1 << QStringLiteral("demo-e810.txt");
        QTest::newRow("text E810 in capitals, numa 1") << QStringLiteral("  E810 ") << QString() << 1 << QStringLiteral("demo-e810.txt");
        QTest::newRow("text nothing") << QStringLiteral("no such device") << QString() << -1 << QStringLiteral("demo-none.txt");
    }

    void dumps()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(int, numa);
        QFETCH(QString, expected);
        DeviceTreeModel model;
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DeviceFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(testhosts::demo());
        proxy.setText(text);
        if (!kind.isEmpty())
            proxy.setKind(kindFromName(kind));
        if (numa >= 0)
            proxy.setNumaNode(numa);
        const QString actual = dump(proxy);
        const QString path = testpaths::sourceFile(QStringLiteral("tests/itemmodels/data/") + expected);
        if (qEnvironmentVariableIsSet("VDECK_UPDATE_EXPECTED")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(actual.toUtf8());
        }
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(actual, QString::fromUtf8(f.readAll()));
    }

    void resetAndIncrementalSnapshotUnderTester()
    {
        DeviceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const HostSnapshot s = testhosts::demo();
        model.setSnapshot(s);
        const int rows = model.rowCount();
        QCOMPARE(rows, 1); // computer
        const QModelIndex pf = model.indexOfDevice(QStringLiteral("pci_0000_17_00_0"));
        QVERIFY(pf.isValid());
        QCOMPARE(model.rowCount(pf), 9); // 8 VFs and the uplink netdev
        QCOMPARE(pf.siblingAtColumn(DeviceTreeModel::CapacityColumn).data().toString(), QStringLiteral("6 / 8 VFs (max 8)"));
        const QModelIndex gpu = model.indexOfDevice(QStringLiteral("pci_0000_ca_00_0"));
        QCOMPARE(model.rowCount(gpu), 5);
        QCOMPARE(model.index(2, DeviceTreeModel::CapacityColumn, gpu).data().toString(), QStringLiteral("7 available"));
        model.setSnapshot(s.withGraph(s.graph().withoutDevice(QStringLiteral("pci_0000_17_00_2"))));
        QCOMPARE(model.rowCount(model.indexOfDevice(QStringLiteral("pci_0000_17_00_0"))), 8);
        model.setSnapshot(HostSnapshot());
        QCOMPARE(model.rowCount(), 0);
    }

    // Each step is one node-device event (or a batch) applied with updateSnapshot(): the dump
    // (model and filtered proxy) equals a model built from scratch, no reset happens, and the
    // selected device stays selected wherever its row moves.
    void incrementalUpdatesMatchAFreshBuild()
    {
        const HostSnapshot s0 = testhosts::demo();
        DeviceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DeviceFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setNumaNode(1);
        model.setSnapshot(s0);
        QItemSelectionModel selection(&model);
        const QModelIndex vf = model.indexOfDevice(QStringLiteral("pci_0000_b1_01_3"));
        selection.setCurrentIndex(vf, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QPersistentModelIndex removedPf(model.indexOfDevice(QStringLiteral("pci_0000_b1_00_0")));
        Signals sig(&model);

        struct Step
        {
            const char *what;
            HostSnapshot snapshot;
            int inserted, removed, moved; // row signals expected (-1: any)
        };
        const QString e810 = QStringLiteral("pci_0000_b1_00_0");
        const Device vf4 = newVf(s0);
        const HostSnapshot s1 = s0.withGraph(s0.graph().withDevice(vf4));
        const HostSnapshot s2 = s1.withGraph(s1.graph().withDevice(newVfNetdev(s0)));
        const Device vfio = deviceLike(s0, QStringLiteral("pci_0000_b1_01_3"), {{QStringLiteral("<name>iavf</name>"), QStringLiteral("<name>vfio-pci</name>")}});
        const HostSnapshot s3 = s2.withGraph(s2.graph().withDevice(vfio));
        const HostSnapshot s4 = s3.withGraph(s3.graph().withoutDevice(e810));
        const HostSnapshot s5 = s4.withGraph(s4.graph().withDevice(s0.graph().node(e810)->device));
        const Device mdev2 = deviceLike(s0, QStringLiteral("mdev_7b1e4a52_3f0c_4d8e_9a61_2c5d8e0f4b17_0000_ca_00_0"),
                                        {{QStringLiteral("7b1e4a52"), QStringLiteral("8c2f5b63")}, {QStringLiteral("nvidia-231"), QStringLiteral("nvidia-232")}});
        const HostSnapshot s6 = s5.withGraph(s5.graph().withDevice(mdev2));
        const HostSnapshot s7 = s6.withGraph(s6.graph().withoutDevice(QStringLiteral("vdpa_vdpa1")));
        QList<Device> port1 = s7.graph().devices();
        port1.removeIf([](const Device &d) {
            // port 1 of the ConnectX: PF 17:00.1, its VFs 17:01.2 to 17:02.1 and their netdevs
            const bool vf = (d.name.startsWith(QLatin1String("pci_0000_17_01_")) && d.name.back() >= u'2')
                || d.name.startsWith(QLatin1String("pci_0000_17_02_"));
            return vf || d.name.startsWith(QLatin1String("net_ens1f1")) || d.name == QLatin1String("pci_0000_17_00_1");
        });
        const HostSnapshot s8 = s7.withGraph(DeviceGraph(port1));
        const HostSnapshot s9 = s8.withGraph(s0.graph()); // everything back in one batch

        const QList<Step> steps{
            {"a VF added", s1, 1, 0, 0},
            {"its netdev added", s2, 1, 0, 0},
            {"a VF bound to vfio-pci", s3, 0, 0, 0},
            {"the PF removed: its VFs and netdev move to their bus parent", s4, 0, 1, 6},
            {"the PF back: its VFs and netdev move back", s5, 1, 0, 6},
            {"an mdev of another type", s6, 1, 0, 0},
            {"a vDPA device removed", s7, 0, 1, 0},
            {"a PF with its VFs and netdevs removed at once", s8, 0, 1, 0},
            {"all of it back in one batch", s9, -1, -1, -1},
        };
        for (const Step &step : steps) {
            sig.clear();
            model.updateSnapshot(step.snapshot);
            DeviceTreeModel fresh;
            fresh.setSnapshot(step.snapshot);
            DeviceFilterProxy freshProxy;
            freshProxy.setSourceModel(&fresh);
            freshProxy.setNumaNode(1);
            QVERIFY2(dump(model) == dump(fresh), step.what);
            QVERIFY2(dump(proxy) == dump(freshProxy), step.what);
            QVERIFY2(sig.reset.isEmpty(), step.what);
            if (step.inserted >= 0)
                QVERIFY2(sig.inserted.count() == step.inserted, step.what);
            if (step.removed >= 0)
                QVERIFY2(sig.removed.count() == step.removed, step.what);
            if (step.moved >= 0)
                QVERIFY2(sig.moved.count() == step.moved, step.what);
            QVERIFY2(!sig.changed.isEmpty() || step.snapshot.graph().size() == 0, step.what);
            // The selected VF is still selected and current, wherever it is now.
            QVERIFY2(selection.currentIndex().data(DeviceTreeModel::DeviceNameRole).toString() == QLatin1String("pci_0000_b1_01_3"), step.what);
            QVERIFY2(selection.isRowSelected(selection.currentIndex().row(), selection.currentIndex().parent()), step.what);
        }
        // The PF's row was removed and re-added: a persistent index on the old row is gone.
        QVERIFY(!removedPf.isValid());
    }

    void changedDeviceIsDataChangedOnItsRowAndParent()
    {
        const HostSnapshot s0 = testhosts::demo();
        DeviceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(s0);
        const QPersistentModelIndex pf(model.indexOfDevice(QStringLiteral("pci_0000_b1_00_0")).siblingAtColumn(DeviceTreeModel::CapacityColumn));
        QCOMPARE(pf.data().toString(), QStringLiteral("2 / 4 VFs (max 128)"));
        Signals sig(&model);
        const Device vfio = deviceLike(s0, QStringLiteral("pci_0000_b1_01_3"), {{QStringLiteral("<name>iavf</name>"), QStringLiteral("<name>vfio-pci</name>")}});
        model.updateSnapshot(s0.withGraph(s0.graph().withDevice(vfio)));
        QCOMPARE(sig.inserted.count() + sig.removed.count() + sig.moved.count() + sig.reset.count(), 0);
        QStringList rows;
        for (const QList<QVariant> &args : std::as_const(sig.changed))
            rows << args.at(0).toModelIndex().data(DeviceTreeModel::DeviceNameRole).toString();
        QVERIFY2(rows.contains(QStringLiteral("pci_0000_b1_01_3")), qPrintable(rows.join(u',')));
        QVERIFY2(rows.contains(QStringLiteral("pci_0000_b1_00_0")), qPrintable(rows.join(u',')));
        QCOMPARE(pf.data().toString(), QStringLiteral("3 / 4 VFs (max 128)"));
        QCOMPARE(model.indexOfDevice(QStringLiteral("pci_0000_b1_01_3")).siblingAtColumn(DeviceTreeModel::DriverColumn).data().toString(),
                 QStringLiteral("vfio-pci"));
        // The same snapshot again changes nothing.
        sig.clear();
        model.updateSnapshot(model.snapshot());
        QCOMPARE(sig.changed.count() + sig.inserted.count() + sig.removed.count() + sig.moved.count() + sig.reset.count(), 0);
    }

    // Issue 20: a guest started or stopped (HostSnapshot::withGuests) changes only the Guest cells
    // of the devices it uses, and the text filter finds a device by its guest.
    void guestChangesAreDataChangedOnTheirCells()
    {
        const HostSnapshot s0 = testhosts::demo();
        Guest g;
        g.name = QStringLiteral("vm-1");
        g.active = true; // running
        g.pciAddresses = {PciAddress::fromString(QStringLiteral("0000:b1:01.0"))};
        g.vdpaPaths = {QStringLiteral("/dev/vhost-vdpa-1")};
        DeviceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(s0.withGuests(QList<Guest>{g}));
        const QModelIndex vf = model.indexOfDevice(QStringLiteral("pci_0000_b1_01_0")).siblingAtColumn(DeviceTreeModel::GuestColumn);
        QCOMPARE(vf.data().toString(), QStringLiteral("vm-1"));
        QCOMPARE(vf.data(DeviceTreeModel::GuestsRole).toStringList(), QStringList{QStringLiteral("vm-1")});
        QVERIFY(model.searchText(vf.siblingAtColumn(0)).contains(QLatin1String("vm-1")));
        const QModelIndex vdpa = model.indexOfDevice(QStringLiteral("vdpa_vdpa1")).siblingAtColumn(DeviceTreeModel::GuestColumn);
        QCOMPARE(vdpa.data().toString(), QStringLiteral("vm-1"));

        Signals sig(&model);
        g.active = false;
        g.name = QStringLiteral("vm-2");
        model.updateSnapshot(model.snapshot().withGuests(QList<Guest>{g}));
        QCOMPARE(sig.inserted.count() + sig.removed.count() + sig.moved.count() + sig.reset.count(), 0);
        QStringList cells;
        for (const QList<QVariant> &args : std::as_const(sig.changed)) {
            QCOMPARE(args.at(0).toModelIndex().column(), int(DeviceTreeModel::GuestColumn));
            cells << args.at(0).toModelIndex().data(DeviceTreeModel::DeviceNameRole).toString();
        }
        cells.sort();
        QCOMPARE(cells, (QStringList{QStringLiteral("pci_0000_b1_01_0"), QStringLiteral("vdpa_vdpa1")}));
        QCOMPARE(vf.data().toString(), QStringLiteral("vm-2 (shut off)"));
        QVERIFY(model.searchText(vf.siblingAtColumn(0)).contains(QLatin1String("vm-2")));
        QVERIFY(!model.searchText(vf.siblingAtColumn(0)).contains(QLatin1String("vm-1")));
    }

    // Issue 21: the Nova PCI column shows each PCI device's dev_type, claiming spec and aliases
    // (pci::evaluate of a nova.conf); a new evaluation changes only the cells that read
    // differently; without a known configuration the column is empty.
    void pciColumnShowsEachDevicesClaim()
    {
        const HostSnapshot s0 = testhosts::demo();
        QString error;
        const std::optional<pci::NovaConf> conf = pci::NovaConf::parse(
            QStringLiteral("[pci]\ndevice_spec = {\"address\": \"0000:b1:00.0\", \"product_id\": \"1889\"}\n"
                           "alias = {\"name\": \"e810vf\", \"device_type\": \"type-VF\", \"vendor_id\": \"8086\", \"product_id\": \"1889\"}\n"),
            QStringLiteral("nova.conf"), &error);
        QVERIFY2(conf, qPrintable(error));
        const pci::PciReport report = pci::evaluate(pci::PciHost::fromGraph(s0.graph()), *conf, pci::PciRelease{31});
        DeviceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(s0);
        const auto cell = [&model](const QString &device) {
            return model.indexOfDevice(device).siblingAtColumn(DeviceTreeModel::PciColumn);
        };
        QCOMPARE(model.headerData(DeviceTreeModel::PciColumn, Qt::Horizontal).toString(), QStringLiteral("Nova PCI"));
        QVERIFY(cell(QStringLiteral("pci_0000_b1_01_0")).data().toString().isEmpty());

        Signals sig(&model);
        model.setPciReport(report, true);
        QCOMPARE(cell(QStringLiteral("pci_0000_b1_01_0")).data().toString(), QStringLiteral("type-VF: spec #0, alias e810vf"));
        QCOMPARE(cell(QStringLiteral("pci_0000_b1_01_0")).data(Qt::ToolTipRole).toString(), report.specs.at(0).text);
        QCOMPARE(cell(QStringLiteral("pci_0000_b1_00_0")).data().toString(), QStringLiteral("type-PF: not claimed"));
        QCOMPARE(cell(QStringLiteral("pci_0000_17_00_2")).data().toString(), QStringLiteral("type-VDPA: not claimed"));
        QVERIFY(cell(QStringLiteral("vdpa_vdpa0")).data().toString().isEmpty()); // not a PCI device
        QCOMPARE(model.pciClaim(QStringLiteral("pci_0000_b1_01_3"))->aliases, QStringList{QStringLiteral("e810vf")});
        QCOMPARE(sig.inserted.count() + sig.removed.count() + sig.moved.count() + sig.reset.count(), 0);
        QCOMPARE(sig.changed.count(), report.devices.size()); // every PCI device's cell, once
        for (const QList<QVariant> &args : std::as_const(sig.changed))
            QCOMPARE(args.at(0).toModelIndex().column(), int(DeviceTreeModel::PciColumn));

        // The same report again changes nothing; no known configuration empties the column.
        sig.changed.clear();
        model.setPciReport(report, true);
        QCOMPARE(sig.changed.count(), 0);
        model.setPciReport(report, false);
        QVERIFY(!model.pciKnown());
        QVERIFY(!model.pciClaim(QStringLiteral("pci_0000_b1_01_0")));
        QVERIFY(cell(QStringLiteral("pci_0000_b1_01_0")).data().toString().isEmpty());
        QCOMPARE(sig.changed.count(), report.devices.size());
    }
};

VDECK_TEST_MAIN(TestDeviceTreeModel)
#include "tst_devicetreemodel.moc"
