// A host on libvirt's test driver as vDeck captures it (issue 20): the NUMA cells, CPUs and memory
// virNodeGetInfo reports when the capabilities list no cells (a custom file), and the guests that
// use a VF, an mdev or a shut-off guest's VF (the domains of resources/demo/demo-testdriver.xml).

#include "hosts/hostcapture.h"
#include "inventory/snapshotfile.h"
#include "testmain.h"
#include "testpaths.h"

#include <QTest>

using namespace hosts;
using namespace inventory;

namespace {

QString demoUri()
{
    return QStringLiteral("test://") + testpaths::sourceFile(QStringLiteral("resources/demo/demo-testdriver.xml"));
}

CaptureResult capture(const QString &uri, bool readOnly)
{
    ConnectOptions o;
    o.uri = uri;
    o.readOnly = readOnly;
    return captureUri(o);
}

QList<GuestUse> used(const QString &guest, bool active)
{
    return {GuestUse{guest, active}};
}

} // namespace

class TestTestDriverHost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void customFileHasCellsFromNodeInfo()
    {
        const CaptureResult r = capture(demoUri(), false);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const HostSnapshot &s = r.snapshot;
        QVERIFY(s.nodeInfo());
        // The file's <cpu>: 2 nodes x 1 socket x 16 cores x 2 threads, 512 GiB.
        QCOMPARE(s.nodeInfo()->cpus, 64);
        QCOMPARE(s.nodeInfo()->nodes, 2);
        const HostCapabilities &caps = s.capabilities();
        QVERIFY(caps.cellsFromNodeInfo);
        QCOMPARE(caps.cells.size(), 2);
        QCOMPARE(caps.cpuCount(), 64);
        QCOMPARE(caps.memoryKiB(), quint64(512) * 1024 * 1024);
        for (const NumaCell &cell : caps.cells) {
            QCOMPARE(cell.cpus.size(), 32);
            QCOMPARE(cell.memoryKiB, quint64(256) * 1024 * 1024);
        }
        // Thread siblings side by side: CPU 33 is the second thread of node 1's first core.
        const HostCpu cpu = caps.cells.at(1).cpus.at(1);
        QCOMPARE(cpu.id, 33);
        QCOMPARE(cpu.siblings, QStringLiteral("32,33"));
        QCOMPARE(cpu.socketId, 1);
        QCOMPARE(cpu.coreId, 0);
        QCOMPARE(caps.sockets, 1);
        QCOMPARE(caps.cores, 16);
        QCOMPARE(caps.threads, 2);
    }

    void defaultHostKeepsItsCapabilityCells()
    {
        const CaptureResult r = capture(QStringLiteral("test:///default"), true);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const HostCapabilities &caps = r.snapshot.capabilities();
        QVERIFY(!caps.cellsFromNodeInfo);
        QCOMPARE(caps.cells.size(), 2);
        QCOMPARE(caps.cpuCount(), 16);
        QCOMPARE(caps.memoryKiB(), quint64(6) * 1024 * 1024);
        QVERIFY(r.snapshot.nodeInfo());
        QVERIFY(!r.snapshot.freePages().isEmpty()); // the test driver answers virNodeGetFreePages
    }

    void guestsOfDevices_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("read-write") << false;
        QTest::newRow("read-only (auditor)") << true;
    }

    void guestsOfDevices()
    {
        QFETCH(bool, readOnly);
        const CaptureResult r = capture(demoUri(), readOnly);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.warning.isEmpty(), qPrintable(r.warning));
        const HostSnapshot &s = r.snapshot;
        QVERIFY(s.guests());
        QCOMPARE(s.guests()->size(), 3);
        QCOMPARE(s.guestsUsing(QStringLiteral("pci_0000_17_00_6")), used(QStringLiteral("vm-dpdk-01"), true)); // <hostdev type='pci'>
        QCOMPARE(s.guestsUsing(QStringLiteral("pci_0000_17_01_2")), used(QStringLiteral("vm-dpdk-01"), true)); // <interface type='hostdev'>
        QCOMPARE(s.guestsUsing(QStringLiteral("mdev_7b1e4a52_3f0c_4d8e_9a61_2c5d8e0f4b17_0000_ca_00_0")),
                 used(QStringLiteral("vm-vgpu-02"), true)); // <hostdev type='mdev'>
        QCOMPARE(s.guestsUsing(QStringLiteral("pci_0000_b1_01_0")), used(QStringLiteral("vm-batch-03"), false)); // shut off
        QVERIFY(s.guestsUsing(QStringLiteral("pci_0000_17_00_7")).isEmpty());
        QCOMPARE(s.guestsByDevice().size(), 4);
    }

    void guestsSurviveTheFileAndEvents()
    {
        const CaptureResult r = capture(demoUri(), true);
        QVERIFY2(r.ok(), qPrintable(r.error));
        HostSnapshot loaded;
        QString error;
        QVERIFY2(snapshotfile::fromJson(snapshotfile::toJson(r.snapshot), QStringLiteral("captured"), &loaded, &error), qPrintable(error));
        QVERIFY(loaded == r.snapshot);
        QCOMPARE(loaded.guestsByDevice(), r.snapshot.guestsByDevice());
        QVERIFY(loaded.capabilities().cellsFromNodeInfo);
        // A node-device event that removes the VF: no guest points at a device that is gone.
        const HostSnapshot without = loaded.withGraph(loaded.graph().withoutDevice(QStringLiteral("pci_0000_17_00_6")));
        QVERIFY(without.guestsUsing(QStringLiteral("pci_0000_17_00_6")).isEmpty());
        QCOMPARE(without.guestsByDevice().size(), 3);
    }
};

VDECK_TEST_MAIN(TestTestDriverHost)
#include "tst_testdriverhost.moc"
