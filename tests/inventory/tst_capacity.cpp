// summarizeCapacity on the demo host: hugepages per node and size, VFs per PF, mdev types.
#include "inventory/capacity.h"
#include "inventory/snapshotfile.h"
#include "testmain.h"
#include "testpaths.h"

using namespace inventory;

class TestCapacity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoHost()
    {
        HostSnapshot demo;
        QString error;
        QVERIFY2(snapshotfile::load(testpaths::sourceFile(QStringLiteral("resources/demo/demo.vdeckhost")), &demo, &error), qPrintable(error));
        const CapacitySummary s = summarizeCapacity(demo);
        QCOMPARE(s.hugepages.size(), 4); // 2 nodes x (2 MiB, 1 GiB); 4 KiB base pages left out
        QCOMPARE(s.hugepages.at(0), (HugepageUse{0, 2048, 8192, 5120}));
        QCOMPARE(s.hugepages.at(1), (HugepageUse{0, 1048576, 64, 40}));
        QCOMPARE(s.hugepages.at(3), (HugepageUse{1, 1048576, 64, 56}));
        QCOMPARE(s.vfs.size(), 3);
        int vdpaPfUsed = -1;
        for (const VfUse &v : s.vfs) {
            QVERIFY(v.used <= v.total);
            if (v.label.startsWith(QLatin1String("ens1f0np0")))
                vdpaPfUsed = v.used;
        }
        QCOMPARE(vdpaPfUsed, 6); // 4 VFs with vDPA devices, 2 on vfio-pci
        QCOMPARE(s.mdevs.size(), 7);
        int created = 0;
        for (const MdevUse &m : s.mdevs)
            created += m.created;
        QCOMPARE(created, 1);
        QCOMPARE(summarizeCapacity(HostSnapshot()), CapacitySummary());
    }

    void pageSizes()
    {
        QCOMPARE(pageSizeText(4), QStringLiteral("4 KiB"));
        QCOMPARE(pageSizeText(2048), QStringLiteral("2 MiB"));
        QCOMPARE(pageSizeText(1048576), QStringLiteral("1 GiB"));
    }
};

VDECK_TEST_MAIN(TestCapacity)
#include "tst_capacity.moc"
