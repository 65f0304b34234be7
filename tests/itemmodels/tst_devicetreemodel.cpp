// DeviceTreeModel and DeviceFilterProxy on the bundled demo host, under QAbstractItemModelTester,
// each case compared as an indented text dump with tests/itemmodels/data/<case>.txt
// (VDECK_UPDATE_EXPECTED=1 rewrites them; review the diff).
#include "inventory/snapshotfile.h"
#include "itemmodels/devicefilterproxy.h"
#include "itemmodels/devicetreemodel.h"
#include "testmain.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QFile>

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

HostSnapshot demo()
{
    HostSnapshot s;
    QString error;
    if (!snapshotfile::load(testpaths::sourceFile(QStringLiteral("resources/demo/demo.vdeckhost")), &s, &error))
        qFatal("%s", qPrintable(error));
    return s;
}

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
        model.setSnapshot(demo());
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
        const HostSnapshot s = demo();
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
};

VDECK_TEST_MAIN(TestDeviceTreeModel)
#include "tst_devicetreemodel.moc"
