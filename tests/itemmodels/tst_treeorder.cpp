// One rule for the device tree's order and mdev grouping (inventory/treeorder.h): the CLI's text
// tree (inventory::inventoryTree) and the GUI's DeviceTreeModel show the same rows in the same
// places, on the demo host, the node-device corpus and a host with the odd cases (a repeated
// mdev type id, an mdev of a type its parent does not offer).
#include "corpus.h"
#include "demohost.h"
#include "itemmodels/devicetreemodel.h"
#include "testmain.h"

#include "inventory/inventoryprinter.h"
#include "inventory/nodedeviceparser.h"
#include "inventory/treeorder.h"

#include <QAbstractItemModelTester>

using namespace inventory;

namespace {

// "depth name" per row, in pre-order; a type row is "type <id>".
void rowsOf(const DeviceTreeModel &model, const QModelIndex &parent, int depth, QStringList &out)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        const QString name = i.data(DeviceTreeModel::KindRole).toString() == QLatin1String("mdev_type")
            ? QStringLiteral("type ") + i.data(DeviceTreeModel::MdevTypeRole).toString()
            : i.data(DeviceTreeModel::DeviceNameRole).toString();
        out << QStringLiteral("%1 %2").arg(depth).arg(name);
        rowsOf(model, i, depth + 1, out);
    }
}

QStringList guiRows(const HostSnapshot &host)
{
    DeviceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(host);
    QStringList out;
    rowsOf(model, {}, 0, out);
    return out;
}

QStringList cliRows(const HostSnapshot &host)
{
    QStringList out;
    for (const QString &line : inventoryTree(host).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype indent = line.size() - line.trimmed().size();
        const QStringList words = line.trimmed().split(QLatin1Char(' '));
        const QString name = words.first() == QLatin1String("type") ? QStringLiteral("type ") + words.at(1) : words.first();
        out << QStringLiteral("%1 %2").arg(indent / 2).arg(name);
    }
    return out;
}

QString edited(const QString &xml, const QString &from, const QString &to)
{
    if (!xml.contains(from))
        qFatal("no %s in the XML", qPrintable(from));
    QString out = xml;
    return out.replace(from, to);
}

// The corpus's A16 with its first type offered twice, and a second mdev of a type it does not offer.
HostSnapshot oddHost()
{
    const QString gpu = corpus::readText(corpus::dataFile(QStringLiteral("gpu_a16.xml")));
    const QString mdev = corpus::readText(corpus::dataFile(QStringLiteral("mdev_a16.xml")));
    const QString repeated = QStringLiteral("<type id='nvidia-756'>\n        <name>NVIDIA A16-2Q again</name>\n"
                                            "        <deviceAPI>vfio-pci</deviceAPI>\n        <availableInstances>1</availableInstances>\n"
                                            "      </type>\n    </capability>\n    <iommuGroup");
    QList<Device> devices = corpus::devices();
    devices.removeIf([](const Device &d) { return d.name == QLatin1String("pci_0000_ca_00_0"); });
    devices.append(parseNodeDevice(edited(gpu, QStringLiteral("</capability>\n    <iommuGroup"), repeated)));
    // another uuid (name, path and uuid), of type nvidia-999
    devices.append(parseNodeDevice(edited(edited(mdev, QStringLiteral("nvidia-757"), QStringLiteral("nvidia-999")),
                                          QStringLiteral("4b20d080"), QStringLiteral("5c31e191"))));
    return corpus::snapshot().withGraph(DeviceGraph(devices));
}

} // namespace

class TestTreeOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cliAndGuiShowOneTree_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"demo", "corpus", "odd"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void cliAndGuiShowOneTree()
    {
        QFETCH(QString, name);
        const HostSnapshot host = name == QLatin1String("demo") ? testhosts::demo() : name == QLatin1String("corpus") ? corpus::snapshot() : oddHost();
        const QStringList cli = cliRows(host);
        QVERIFY(cli.size() > 10);
        QCOMPARE(guiRows(host), cli);
    }

    void repeatedTypeAndUnofferedMdev()
    {
        const HostSnapshot host = oddHost();
        const GraphNode *gpu = host.graph().node(QStringLiteral("pci_0000_ca_00_0"));
        QVERIFY(gpu);
        QCOMPARE(gpu->device.mdevTypes.size(), 4);
        const TreeChildren children = treeChildren(host.graph(), *gpu);
        QCOMPARE(children.mdevTypes, (QList<qsizetype>{0, 1, 2})); // the repeated nvidia-756 once
        const QString unoffered = QStringLiteral("mdev_5c31e191_1b54_4048_85b3_a6a62d165c01_0000_ca_00_0");
        QCOMPARE(children.devices, QStringList{unoffered}); // its nvidia-999 has no type row
        QCOMPARE(listedUnderType(*gpu, *host.graph().node(unoffered)), qsizetype(-1));
        QCOMPARE(listedUnderType(*gpu, *host.graph().node(QStringLiteral("mdev_4b20d080_1b54_4048_85b3_a6a62d165c01_0000_ca_00_0"))), qsizetype(1));

        const QStringList cli = cliRows(host);
        QCOMPARE(cli.count(QStringLiteral("2 type nvidia-756")), 1);
        const qsizetype at = cli.indexOf(QStringLiteral("1 pci_0000_ca_00_0"));
        QVERIFY(at >= 0);
        QCOMPARE(cli.mid(at, 7), (QStringList{QStringLiteral("1 pci_0000_ca_00_0"), QStringLiteral("2 type nvidia-756"),
                                              QStringLiteral("2 type nvidia-757"),
                                              QStringLiteral("3 mdev_4b20d080_1b54_4048_85b3_a6a62d165c01_0000_ca_00_0"),
                                              QStringLiteral("2 type nvidia-unnamed"), QStringLiteral("2 ") + unoffered,
                                              QStringLiteral("1 pci_0000_d8_01_0")}));
    }
};

VDECK_TEST_MAIN(TestTreeOrder)
#include "tst_treeorder.moc"
