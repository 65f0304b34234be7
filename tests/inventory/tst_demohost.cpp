// The bundled demo host: embedded as :/demo/demo.vdeckhost, what issue 3 promises (2 NUMA nodes,
// 1G and 2M hugepages partly used, two ConnectX-6 Dx PFs with 8 VFs each and switchdev uplinks,
// vDPA on four VFs, an E810 PF with VFs, a datacenter GPU with mdev types and one mdev, an iGPU
// with GVT-g types, NVMe), and exactly what tools/gen-demo-host.py writes today.
#include "inventory/snapshotfile.h"
#include "processutil.h"
#include "testmain.h"
#include "testpaths.h"

#include <QFile>
#include <QTemporaryDir>

using namespace inventory;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int countKind(const DeviceGraph &g, DeviceKind kind)
{
    int n = 0;
    for (const GraphNode &node : g.nodes())
        n += node.kind == kind;
    return n;
}
}

class TestDemoHost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(snapshotfile::load(QStringLiteral(":/demo/demo.vdeckhost"), &m_demo, &error), qPrintable(error));
    }

    void numaAndHugepages()
    {
        const HostCapabilities &c = m_demo.capabilities();
        QVERIFY2(c.valid, qPrintable(c.error));
        QCOMPARE(c.cells.size(), 2);
        QCOMPARE(c.cpuCount(), 64);
        QVERIFY(c.pageSizesKiB.contains(2048));
        QVERIFY(c.pageSizesKiB.contains(1048576));
        for (const NumaCell &cell : c.cells) {
            for (quint64 size : {quint64(2048), quint64(1048576)}) {
                QVERIFY(cell.pages.value(size) > 0);
                QVERIFY(m_demo.freePagesOf(cell.id, size) < cell.pages.value(size)); // some in use
            }
        }
        QCOMPARE(m_demo.graph().byNumaNode().keys(), (QList<int>{0, 1}));
    }

    void devices()
    {
        const DeviceGraph &g = m_demo.graph();
        QCOMPARE(g.size(), 56);
        QVERIFY(g.brokenDevices().isEmpty());
        for (const char *pf : {"pci_0000_17_00_0", "pci_0000_17_00_1"}) {
            const GraphNode *n = g.node(QLatin1String(pf));
            QCOMPARE(n->kind, DeviceKind::Pf);
            QCOMPARE(n->device.pci->productName, QStringLiteral("MT2892 Family [ConnectX-6 Dx]"));
            QCOMPARE(g.vfsOf(n->name()).size(), 8);
            bool switchdev = false;
            for (const QString &c : n->children)
                switchdev |= g.node(c)->device.net && g.node(c)->device.net->switchdev();
            QVERIFY(switchdev);
        }
        QCOMPARE(countKind(g, DeviceKind::Vdpa), 4);
        for (const QString &v : g.byNumaNode().value(0)) {
            if (g.node(v)->kind == DeviceKind::Vdpa)
                QCOMPARE(g.node(g.node(v)->logicalParent)->kind, DeviceKind::Vf);
        }
        const GraphNode *e810 = g.node(QStringLiteral("pci_0000_b1_00_0"));
        QCOMPARE(e810->device.pci->productName, QStringLiteral("Ethernet Controller E810-C for SFP"));
        QCOMPARE(g.vfsOf(e810->name()).size(), 4);
        const GraphNode *t4 = g.node(QStringLiteral("pci_0000_ca_00_0"));
        QCOMPARE(t4->kind, DeviceKind::Gpu);
        QVERIFY(t4->device.mdevTypes.size() >= 3);
        QCOMPARE(countKind(g, DeviceKind::Mdev), 1);
        const GraphNode *igpu = g.node(QStringLiteral("pci_0000_00_02_0"));
        QCOMPARE(igpu->kind, DeviceKind::Gpu);
        QVERIFY(igpu->device.mdevTypes.at(0).id.startsWith(QLatin1String("i915-GVTg")));
        QCOMPARE(g.node(QStringLiteral("pci_0000_65_00_0"))->device.driver, QStringLiteral("nvme"));
        QCOMPARE(g.byIommuGroup().size(), 37); // every PCI device and the mdev in a group of its own
    }

    void generatorWritesTheBundledFiles()
    {
        QTemporaryDir dir;
        const ProcessResult r = runProcess(QStringLiteral("python3"), {testpaths::sourceFile(QStringLiteral("tools/gen-demo-host.py")),
                                                                        QStringLiteral("--out-dir"), dir.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const char *name : {"demo.vdeckhost", "demo-testdriver.xml"}) {
            const QByteArray generated = readAll(dir.filePath(QLatin1String(name)));
            QVERIFY(!generated.isEmpty());
            QVERIFY2(generated == readAll(testpaths::sourceFile(QStringLiteral("resources/demo/") + QLatin1String(name))),
                     "resources/demo is out of date: run tools/gen-demo-host.py");
        }
    }

private:
    HostSnapshot m_demo;
};

VDECK_TEST_MAIN(TestDemoHost)
#include "tst_demohost.moc"
