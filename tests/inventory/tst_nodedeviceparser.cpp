// The node-device parser on real-shaped libvirt XML (formatnode.rst): PCI with and without VFs,
// VFs, mdev types on PCI/ap_matrix/css, mdev, vdpa, net with switchdev, VPD, malformed input,
// and host capabilities.
#include "corpus.h"
#include "inventory/hostcapabilities.h"
#include "inventory/nodedeviceparser.h"
#include "testmain.h"

using namespace inventory;

namespace {
Device load(const char *file)
{
    return parseNodeDevice(corpus::readText(corpus::dataFile(QLatin1String(file))));
}
}

class TestNodeDeviceParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pfWithVfsVpdAndLink()
    {
        const Device d = load("pf_cx6dx.xml");
        QVERIFY2(!d.broken, qPrintable(d.error));
        QCOMPARE(d.name, QStringLiteral("pci_0000_3b_00_0"));
        QCOMPARE(d.parent, QStringLiteral("pci_0000_3a_00_0"));
        QCOMPARE(d.driver, QStringLiteral("mlx5_core"));
        QVERIFY(d.pci);
        QCOMPARE(d.pci->address.toString(), QStringLiteral("0000:3b:00.0"));
        QCOMPARE(d.pci->vendorId, QStringLiteral("0x15b3"));
        QCOMPARE(d.pci->productName, QStringLiteral("MT2892 Family [ConnectX-6 Dx]"));
        QCOMPARE(d.pci->numaNode, 0);
        QCOMPARE(d.pci->iommuGroup, 30);
        QCOMPARE(d.pci->iommuGroupMembers.size(), 1);
        QVERIFY(d.pci->hasVirtFunctions);
        QCOMPARE(d.pci->maxVirtFunctions, 8);
        QCOMPARE(d.pci->virtFunctions.size(), 2);
        QCOMPARE(d.pci->virtFunctions.at(0).toString(), QStringLiteral("0000:3b:00.3"));
        QCOMPARE(d.pci->vpdName, QStringLiteral("ConnectX-6 Dx EN adapter card, 100GbE, Dual-port QSFP56"));
        QCOMPARE(d.pci->vpdSerial, QStringLiteral("MT2214X12345"));
        QCOMPARE(d.pci->linkSpeed, QStringLiteral("16"));
        QCOMPARE(d.pci->linkWidth, 16);
        QCOMPARE(classify(d), DeviceKind::Pf);
    }

    void pfWithoutVfsKeepsMaxCount()
    {
        const Device d = load("pf_e810_novfs.xml");
        QVERIFY(d.pci->hasVirtFunctions);
        QCOMPARE(d.pci->maxVirtFunctions, 128);
        QVERIFY(d.pci->virtFunctions.isEmpty());
        QCOMPARE(classify(d), DeviceKind::Pf);
    }

    void vf()
    {
        const Device d = load("vf_cx6dx_2.xml");
        QVERIFY(d.pci->physFunction);
        QCOMPARE(d.pci->physFunction->toString(), QStringLiteral("0000:3b:00.0"));
        QCOMPARE(d.pci->linkSpeed, QString());
        QCOMPARE(classify(d), DeviceKind::Vf);
    }

    void mdevTypesOnPci()
    {
        const Device d = load("gpu_a16.xml");
        QCOMPARE(classify(d), DeviceKind::Gpu);
        QCOMPARE(d.mdevTypes.size(), 3);
        QCOMPARE(d.mdevTypes.at(1), (MdevType{QStringLiteral("nvidia-757"), QStringLiteral("NVIDIA A16-4Q"), QStringLiteral("vfio-pci"), 3}));
        QCOMPARE(d.mdevTypes.at(2).name, QString()); // name is optional
    }

    void mdevTypesOnApMatrixAndCss_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("typeId");
        QTest::addColumn<QString>("api");
        QTest::addColumn<int>("available");
        QTest::newRow("ap_matrix") << QStringLiteral("ap_matrix.xml") << QStringLiteral("vfio_ap-passthrough") << QStringLiteral("vfio-ap") << 65536;
        QTest::newRow("css") << QStringLiteral("css.xml") << QStringLiteral("vfio_ccw-io") << QStringLiteral("vfio-ccw") << 1;
    }

    void mdevTypesOnApMatrixAndCss()
    {
        QFETCH(QString, file);
        QFETCH(QString, typeId);
        QFETCH(QString, api);
        QFETCH(int, available);
        const Device d = parseNodeDevice(corpus::readText(corpus::dataFile(file)));
        QVERIFY2(!d.broken, qPrintable(d.error));
        QVERIFY(!d.pci);
        QCOMPARE(d.mdevTypes.size(), 1);
        QCOMPARE(d.mdevTypes.at(0).id, typeId);
        QCOMPARE(d.mdevTypes.at(0).deviceApi, api);
        QCOMPARE(d.mdevTypes.at(0).availableInstances, available);
        QCOMPARE(classify(d), DeviceKind::Other);
    }

    void mdev()
    {
        const Device d = load("mdev_a16.xml");
        QVERIFY(d.mdev);
        QCOMPARE(d.mdev->type, QStringLiteral("nvidia-757"));
        QCOMPARE(d.mdev->uuid, QStringLiteral("4b20d080-1b54-4048-85b3-a6a62d165c01"));
        QCOMPARE(d.mdev->iommuGroup, 200);
        QCOMPARE(classify(d), DeviceKind::Mdev);
    }

    void vdpa()
    {
        const Device d = load("vdpa.xml");
        QCOMPARE(d.vdpaChardev, QStringLiteral("/dev/vhost-vdpa-0"));
        QCOMPARE(d.parent, QStringLiteral("pci_0000_3b_00_2"));
        QCOMPARE(classify(d), DeviceKind::Vdpa);
    }

    void netWithSwitchdev()
    {
        const Device d = load("net_pf_switchdev.xml");
        QVERIFY(d.net);
        QCOMPARE(d.net->interface, QStringLiteral("ens1f0np0"));
        QCOMPARE(d.net->mac, QStringLiteral("b8:ce:f6:12:34:50"));
        QCOMPARE(d.net->linkState, QStringLiteral("up"));
        QCOMPARE(d.net->linkSpeedMbps, 100000);
        QVERIFY(d.net->switchdev());
        QCOMPARE(classify(d), DeviceKind::Net);
        QVERIFY(!load("net_vf.xml").net->switchdev());
    }

    void unknownElementsIgnoredRawKept()
    {
        const QString xml = corpus::readText(corpus::dataFile(QStringLiteral("nvme.xml")));
        const Device d = parseNodeDevice(xml);
        QVERIFY2(!d.broken, qPrintable(d.error));
        QCOMPARE(d.pci->iommuGroup, 60); // after the unknown element
        QCOMPARE(d.capabilityTypes, (QStringList{QStringLiteral("pci"), QStringLiteral("future_capability")}));
        QCOMPARE(d.rawXml, xml);
        QCOMPARE(classify(d), DeviceKind::Pci);
    }

    void malformedIsBrokenWithPosition()
    {
        const QString xml = corpus::readText(corpus::dataFile(QStringLiteral("malformed.xml")));
        const Device d = parseNodeDevice(xml);
        QVERIFY(d.broken);
        QCOMPARE(d.name, QStringLiteral("pci_0000_00_1f_3"));
        QVERIFY2(d.error.startsWith(QLatin1String("line 8, column ")), qPrintable(d.error));
        QCOMPARE(d.rawXml, xml);
    }

    void dtdAndEntitiesNeverResolved()
    {
        const Device d = parseNodeDevice(corpus::readText(corpus::dataFile(QStringLiteral("entity.xml.bad"))));
        QVERIFY(d.broken);
        QVERIFY2(d.error.contains(QLatin1String("DTD")), qPrintable(d.error));
        QVERIFY(!d.parent.contains(QLatin1String("root:")));
        const Device undeclared = parseNodeDevice(QStringLiteral("<device><name>a</name><parent>&x;</parent></device>"));
        QVERIFY(undeclared.broken);
    }

    void notADevice()
    {
        QVERIFY(parseNodeDevice(QStringLiteral("<domain/>")).broken);
        QVERIFY(parseNodeDevice(QString()).broken);
        QVERIFY(parseNodeDevice(QStringLiteral("<device><path>/x</path></device>")).error.contains(QLatin1String("no <name>")));
    }

    void capabilities()
    {
        const HostCapabilities c = parseCapabilities(corpus::readText(corpus::dataFile(QStringLiteral("capabilities.xml"))));
        QVERIFY2(c.valid, qPrintable(c.error));
        QCOMPARE(c.arch, QStringLiteral("x86_64"));
        QCOMPARE(c.cpuModel, QStringLiteral("IvyBridge-IBRS"));
        QCOMPARE(c.threads, 2);
        QCOMPARE(c.pageSizesKiB, (QList<quint64>{4, 2048, 1048576}));
        QCOMPARE(c.cells.size(), 2);
        QCOMPARE(c.cells.at(1).memoryKiB, quint64(264182400));
        QCOMPARE(c.cells.at(1).pages.value(2048), quint64(2048));
        QCOMPARE(c.cells.at(0).distances.value(1), 20);
        QCOMPARE(c.cells.at(1).cpus.at(2).siblings, QStringLiteral("4,6"));
        QCOMPARE(c.cells.at(1).cpus.at(2).socketId, 1);
        QCOMPARE(c.cpuCount(), 8);
        QCOMPARE(c.pagesTotal(1048576), quint64(32));
        QCOMPARE(c.memoryKiB(), quint64(263565552) + 264182400);
        const HostCapabilities bad = parseCapabilities(QStringLiteral("<capabilities>\n<host><cpu></host>"));
        QVERIFY(!bad.valid);
        QVERIFY2(bad.error.startsWith(QLatin1String("line 2,")), qPrintable(bad.error));
    }
};

VDECK_TEST_MAIN(TestNodeDeviceParser)
#include "tst_nodedeviceparser.moc"
