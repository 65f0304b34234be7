// DeviceGraph over the corpus: PF -> VFs by PCI address (orphans kept), netdevs, vDPA, mdev
// types -> mdevs, NUMA and IOMMU indexes, a broken device among good ones, incremental changes,
// and the human tree compared with tests/inventory/data/corpus.tree.
#include "corpus.h"
#include "inventory/inventoryprinter.h"
#include "inventory/nodedeviceparser.h"
#include "testmain.h"

#include <QFile>
#include <QJsonArray>

using namespace inventory;

class TestDeviceGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_graph = DeviceGraph(corpus::devices());
        QCOMPARE(m_graph.size(), 16);
    }

    void vfsHangOffTheirPf()
    {
        const GraphNode *vf = m_graph.node(QStringLiteral("pci_0000_3b_00_2"));
        QCOMPARE(vf->device.parent, QStringLiteral("pci_0000_3a_00_0"));
        QCOMPARE(vf->logicalParent, QStringLiteral("pci_0000_3b_00_0"));
        QCOMPARE(m_graph.vfsOf(QStringLiteral("pci_0000_3b_00_0")),
                 (QStringList{QStringLiteral("pci_0000_3b_00_2"), QStringLiteral("pci_0000_3b_00_3")}));
        // one VF carries a vDPA device, the other is bound to vfio-pci
        QCOMPARE(m_graph.vfsUsed(QStringLiteral("pci_0000_3b_00_0")), 2);
        QVERIFY(m_graph.vfsOf(QStringLiteral("pci_0000_af_00_0")).isEmpty());
    }

    void orphanVfIsKept()
    {
        const GraphNode *vf = m_graph.node(QStringLiteral("pci_0000_d8_01_0"));
        QVERIFY(vf);
        QVERIFY(vf->orphan);
        QCOMPARE(vf->kind, DeviceKind::Vf);
        QCOMPARE(vf->logicalParent, QStringLiteral("computer"));
    }

    void netdevsAndVdpa()
    {
        QCOMPARE(m_graph.node(QStringLiteral("pci_0000_3b_00_0"))->netdev, QStringLiteral("ens1f0np0"));
        const GraphNode *vf = m_graph.node(QStringLiteral("pci_0000_3b_00_2"));
        QCOMPARE(vf->netdev, QStringLiteral("ens1f0v0"));
        QCOMPARE(vf->vdpa, QStringLiteral("vdpa_vdpa0"));
        const GraphNode *vdpa = m_graph.node(QStringLiteral("vdpa_vdpa0"));
        QCOMPARE(vdpa->logicalParent, QStringLiteral("pci_0000_3b_00_2"));
        QCOMPARE(vdpa->numaNode, 0); // inherited from the VF
    }

    void mdevTypesAndMdevs()
    {
        QCOMPARE(m_graph.mdevsOfType(QStringLiteral("pci_0000_ca_00_0"), QStringLiteral("nvidia-757")),
                 QStringList{QStringLiteral("mdev_4b20d080_1b54_4048_85b3_a6a62d165c01_0000_ca_00_0")});
        QVERIFY(m_graph.mdevsOfType(QStringLiteral("pci_0000_ca_00_0"), QStringLiteral("nvidia-756")).isEmpty());
        QCOMPARE(m_graph.node(QStringLiteral("ap_matrix"))->device.mdevTypes.size(), 1);
    }

    void indexes()
    {
        const auto numa = m_graph.byNumaNode();
        QCOMPARE(numa.keys(), (QList<int>{0, 1}));
        QVERIFY(numa.value(1).contains(QStringLiteral("mdev_4b20d080_1b54_4048_85b3_a6a62d165c01_0000_ca_00_0")));
        QVERIFY(numa.value(0).contains(QStringLiteral("net_ens1f0np0_b8_ce_f6_12_34_50")));
        const auto iommu = m_graph.byIommuGroup();
        QCOMPARE(iommu.value(30), QStringList{QStringLiteral("pci_0000_3b_00_0")});
        QCOMPARE(iommu.value(200), QStringList{QStringLiteral("mdev_4b20d080_1b54_4048_85b3_a6a62d165c01_0000_ca_00_0")});
    }

    void brokenDeviceDoesNotStopTheRest()
    {
        QCOMPARE(m_graph.brokenDevices(), QStringList{QStringLiteral("pci_0000_00_1f_3")});
        QCOMPARE(m_graph.roots(), QStringList{QStringLiteral("computer")});
    }

    void incrementalChanges()
    {
        const DeviceGraph fewer = m_graph.withoutDevice(QStringLiteral("pci_0000_3b_00_0"));
        QCOMPARE(fewer.size(), m_graph.size() - 1);
        QVERIFY(fewer.node(QStringLiteral("pci_0000_3b_00_2"))->orphan);
        QVERIFY(!m_graph.node(QStringLiteral("pci_0000_3b_00_2"))->orphan); // the original is unchanged
        const DeviceGraph back = fewer.withDevice(*[this] {
            static Device d = m_graph.node(QStringLiteral("pci_0000_3b_00_0"))->device;
            return &d;
        }());
        QVERIFY(back == m_graph);
    }

    // Several events in one rebuild give the graph a rebuild from the merged list would: upserts
    // before, between and after the existing names, the last upsert of a name wins, removals win
    // over upserts, unknown names are ignored; a PF's VFs stay in address order when their names
    // are not.
    void batchedChangesEqualARebuild()
    {
        const Device original = m_graph.node(QStringLiteral("pci_0000_3b_00_3"))->device;
        QCOMPARE(original.driver, QStringLiteral("vfio-pci"));
        Device earlier = original;
        earlier.driver = QStringLiteral("vfio-pci");
        Device replaced = original;
        replaced.driver = QStringLiteral("mlx5_core");
        Device added = original;
        added.name = QStringLiteral("pci_0000_3b_00_4");
        added.pci->address.function = 4;
        Device outOfOrder = original; // named before the other VFs, last by address
        outOfOrder.name = QStringLiteral("aaa_vf");
        outOfOrder.pci->address.function = 7;
        Device last = m_graph.node(QStringLiteral("computer"))->device;
        last.name = QStringLiteral("zzz_last");
        last.parent = QStringLiteral("computer");
        Device removedToo = original;
        removedToo.name = QStringLiteral("pci_0000_3b_00_5");
        removedToo.pci->address.function = 5;

        const DeviceGraph g = m_graph.withChanges({earlier, added, outOfOrder, replaced, last, removedToo},
                                                  {QStringLiteral("pci_0000_00_1f_3"), QStringLiteral("no_such_device"), QStringLiteral("pci_0000_3b_00_5")});
        QStringList expected;
        for (const GraphNode &n : m_graph.nodes())
            expected.append(n.name());
        expected.removeOne(QStringLiteral("pci_0000_00_1f_3"));
        expected << QStringLiteral("pci_0000_3b_00_4") << QStringLiteral("aaa_vf") << QStringLiteral("zzz_last");
        std::sort(expected.begin(), expected.end());
        QStringList names;
        for (const GraphNode &n : g.nodes())
            names.append(n.name());
        QCOMPARE(names, expected);
        QCOMPARE(g.node(QStringLiteral("pci_0000_3b_00_3"))->device.driver, QStringLiteral("mlx5_core"));
        QCOMPARE(g.vfsOf(QStringLiteral("pci_0000_3b_00_0")), (QStringList{QStringLiteral("pci_0000_3b_00_2"), QStringLiteral("pci_0000_3b_00_3"),
                                                                          QStringLiteral("pci_0000_3b_00_4"), QStringLiteral("aaa_vf")}));
        QCOMPARE(g.vfsUsed(QStringLiteral("pci_0000_3b_00_0")), 3); // the vDPA one, and two copies bound to vfio-pci
        QCOMPARE(g.node(QStringLiteral("zzz_last"))->logicalParent, QStringLiteral("computer"));
        QVERIFY(g.brokenDevices().isEmpty()); // the broken device was removed
        QCOMPARE(g.byIommuGroup(), DeviceGraph(g.devices()).byIommuGroup());
        QCOMPARE(g.byNumaNode(), DeviceGraph(g.devices()).byNumaNode());
        QVERIFY(g == DeviceGraph(g.devices()));
    }

    void treeDump()
    {
        const QString tree = inventoryTree(corpus::snapshot());
        const QString expectedPath = corpus::dataFile(QStringLiteral("corpus.tree"));
        if (qEnvironmentVariableIsSet("VDECK_UPDATE_EXPECTED")) {
            QFile f(expectedPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(tree.toUtf8());
        }
        QCOMPARE(tree, corpus::readText(expectedPath));
    }

    void filteredTreeShowsAncestors()
    {
        InventoryFilter filter;
        filter.kind = DeviceKind::Vdpa;
        QCOMPARE(inventoryTree(corpus::snapshot(), filter).count(QLatin1Char('\n')), 5); // computer, root port, PF, VF, vdpa
        filter.kind.reset();
        filter.numaNode = 1;
        const QJsonObject json = inventoryJson(corpus::snapshot(), filter);
        QCOMPARE(json.value(QLatin1String("devices")).toArray().size(), 4);
    }

private:
    DeviceGraph m_graph;
};

VDECK_TEST_MAIN(TestDeviceGraph)
#include "tst_devicegraph.moc"
