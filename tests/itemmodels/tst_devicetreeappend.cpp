// DeviceTreeModel::appendDevices, fed the way HostSession::devicesArrived feeds it while a host
// loads: growing partial snapshots of the demo host in a shuffled order. Rows are only ever
// inserted (no reset), each device appears under the parent it has in the whole host, devices
// wait while their parent has not arrived, and after the last partial the tree holds the same
// parent/child pairs as setSnapshot() of the whole host. A partial that lacks a shown device is
// refused without a change.
#include "demohost.h"
#include "itemmodels/devicetreemodel.h"
#include "testmain.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <algorithm>

using namespace inventory;

namespace {

// "child <- parent" for every device row; the parent is a device name or "type@device".
void pairs(const QAbstractItemModel &m, const QModelIndex &parent, const QString &parentName, QStringList &out)
{
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        const QString name = i.data(DeviceTreeModel::DeviceNameRole).toString();
        const QString here = name.isEmpty() ? i.data(DeviceTreeModel::MdevTypeRole).toString() + QLatin1Char('@')
                                                  + i.data(DeviceTreeModel::ParentDeviceRole).toString()
                                            : name;
        out << here + QStringLiteral(" <- ") + parentName;
        pairs(m, i, here, out);
    }
}

QStringList pairs(const QAbstractItemModel &m)
{
    QStringList out;
    pairs(m, {}, QStringLiteral("(root)"), out);
    out.sort();
    return out;
}

} // namespace

class TestDeviceTreeAppend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void growsTheTreeWithoutReset()
    {
        const HostSnapshot whole = testhosts::demo();
        DeviceTreeModel reference;
        reference.setSnapshot(whole);
        const QStringList expected = pairs(reference);

        QList<Device> order = whole.graph().devices();
        std::shuffle(order.begin(), order.end(), QRandomGenerator(20261122));
        DeviceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        int waited = 0;
        for (qsizetype n = 7; n < order.size() + 7; n += 7) {
            const QList<Device> some = order.mid(0, std::min(n, order.size()));
            const HostSnapshot partial = whole.withGraph(DeviceGraph(some));
            QVERIFY(model.appendDevices(partial));
            const QStringList shown = pairs(model);
            // Every row sits where the whole host puts it.
            for (const QString &pair : shown)
                QVERIFY2(expected.contains(pair), qPrintable(pair));
            int devicesShown = 0;
            for (const QString &pair : shown)
                devicesShown += pair.section(QStringLiteral(" <- "), 0, 0).contains(QLatin1Char('@')) ? 0 : 1; // not a type row
            waited = std::max(waited, int(some.size()) - devicesShown);
        }
        QCOMPARE(resets.count(), 0);
        QVERIFY(inserts.count() > 1);
        QVERIFY2(waited > 0, "the shuffled order should make some device wait for its parent");
        QCOMPARE(pairs(model), expected);
        QCOMPARE(model.snapshot().graph().size(), whole.graph().size());
    }

    void refusesAPartialThatLacksAShownDevice()
    {
        const HostSnapshot whole = testhosts::demo();
        DeviceTreeModel model;
        model.setSnapshot(whole);
        const int roots = model.rowCount();
        const QStringList before = pairs(model);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        const HostSnapshot partial = whole.withGraph(DeviceGraph(whole.graph().devices().mid(0, 10)));
        QVERIFY(!model.appendDevices(partial));
        QCOMPARE(model.rowCount(), roots);
        QCOMPARE(pairs(model), before);
        QCOMPARE(inserts.count(), 0);
        QCOMPARE(model.snapshot().graph().size(), whole.graph().size());
    }
};

VDECK_TEST_MAIN(TestDeviceTreeAppend)
#include "tst_devicetreeappend.moc"
