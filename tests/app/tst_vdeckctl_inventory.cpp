// `vdeckctl inventory` and `vdeckctl capture` driven as an operator's script would: the demo host
// through libvirt's test driver equals the expected tree, JSON fields, snapshot round trip through
// capture, filters, usage errors (exit 2) and a dead host (exit 1).
#include "processutil.h"
#include "testmain.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
ProcessResult vdeckctl(const QStringList &args)
{
    return runProcess(testpaths::binary(QStringLiteral("vdeckctl")), args);
}

QString testDriverUri()
{
    return QStringLiteral("test://") + testpaths::sourceFile(QStringLiteral("resources/demo/demo-testdriver.xml"));
}

QString demoSnapshot()
{
    return testpaths::sourceFile(QStringLiteral("resources/demo/demo.vdeckhost"));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}

class TestVdeckctlInventory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testDriverTreeEqualsExpected()
    {
        const ProcessResult r = vdeckctl({QStringLiteral("inventory"), QStringLiteral("--connect"), testDriverUri(), QStringLiteral("--tree")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString expectedPath = testpaths::sourceFile(QStringLiteral("tests/app/data/demo-testdriver.tree"));
        if (qEnvironmentVariableIsSet("VDECK_UPDATE_EXPECTED")) {
            QFile f(expectedPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(r.out);
        }
        QCOMPARE(QString::fromUtf8(r.out), QString::fromUtf8(readFile(expectedPath)));
        QVERIFY(r.err.isEmpty());
    }

    void parallelFetchesGiveTheSameTree_data()
    {
        QTest::addColumn<QString>("parallel");
        QTest::newRow("one") << QStringLiteral("1");
        QTest::newRow("three") << QStringLiteral("3");
        QTest::newRow("more than devices") << QStringLiteral("1000");
    }

    void parallelFetchesGiveTheSameTree()
    {
        QFETCH(QString, parallel);
        const ProcessResult r = vdeckctl({QStringLiteral("inventory"), QStringLiteral("--connect"), testDriverUri(), QStringLiteral("--tree"),
                                          QStringLiteral("--parallel"), parallel});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out), QString::fromUtf8(readFile(testpaths::sourceFile(QStringLiteral("tests/app/data/demo-testdriver.tree")))));
    }

    void jsonFields()
    {
        const ProcessResult r = vdeckctl({QStringLiteral("inventory"), QStringLiteral("--snapshot"), demoSnapshot(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QLatin1String("host")).toObject().value(QLatin1String("hostname")).toString(),
                 QStringLiteral("compute-r750-07.demo.vdeck"));
        const QJsonArray devices = root.value(QLatin1String("devices")).toArray();
        QCOMPARE(devices.size(), 56);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &v : devices)
            byName.insert(v.toObject().value(QLatin1String("name")).toString(), v.toObject());
        const QJsonObject vf = byName.value(QStringLiteral("pci_0000_17_00_2"));
        QCOMPARE(vf.value(QLatin1String("kind")).toString(), QStringLiteral("vf"));
        QCOMPARE(vf.value(QLatin1String("logicalParent")).toString(), QStringLiteral("pci_0000_17_00_0"));
        QCOMPARE(vf.value(QLatin1String("numaNode")).toInt(), 0);
        QCOMPARE(vf.value(QLatin1String("address")).toString(), QStringLiteral("0000:17:00.2"));
        QCOMPARE(vf.value(QLatin1String("driver")).toString(), QStringLiteral("mlx5_core"));
        QVERIFY(vf.value(QLatin1String("iommuGroup")).isDouble());
        const QJsonObject vdpa = byName.value(QStringLiteral("vdpa_vdpa0"));
        QCOMPARE(vdpa.value(QLatin1String("kind")).toString(), QStringLiteral("vdpa"));
        QCOMPARE(vdpa.value(QLatin1String("chardev")).toString(), QStringLiteral("/dev/vhost-vdpa-0"));
        QCOMPARE(vdpa.value(QLatin1String("logicalParent")).toString(), QStringLiteral("pci_0000_17_00_2"));
        const QJsonObject gpu = byName.value(QStringLiteral("pci_0000_ca_00_0"));
        QCOMPARE(gpu.value(QLatin1String("kind")).toString(), QStringLiteral("gpu"));
        const QJsonObject type = gpu.value(QLatin1String("mdevTypes")).toArray().at(2).toObject();
        QCOMPARE(type.value(QLatin1String("id")).toString(), QStringLiteral("nvidia-231"));
        QCOMPARE(type.value(QLatin1String("name")).toString(), QStringLiteral("GRID T4-2Q"));
        QCOMPARE(type.value(QLatin1String("deviceApi")).toString(), QStringLiteral("vfio-pci"));
        QCOMPARE(type.value(QLatin1String("availableInstances")).toInt(), 7);
        QVERIFY(byName.value(QStringLiteral("computer")).value(QLatin1String("logicalParent")).isNull());
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("count");
        QTest::newRow("vdpa") << QStringList{QStringLiteral("--kind"), QStringLiteral("vdpa")} << 4;
        QTest::newRow("vf") << QStringList{QStringLiteral("--kind"), QStringLiteral("vf")} << 20;
        QTest::newRow("gpu") << QStringList{QStringLiteral("--kind"), QStringLiteral("gpu")} << 2;
        QTest::newRow("pf on numa 1") << QStringList{QStringLiteral("--kind"), QStringLiteral("pf"), QStringLiteral("--numa"), QStringLiteral("1")} << 1;
    }

    void filters()
    {
        QFETCH(QStringList, args);
        QFETCH(int, count);
        const ProcessResult r = vdeckctl(QStringList{QStringLiteral("inventory"), QStringLiteral("--snapshot"), demoSnapshot(), QStringLiteral("--json")} + args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("devices")).toArray().size(), count);
    }

    void captureRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("td.vdeckhost"));
        const ProcessResult c = vdeckctl({QStringLiteral("capture"), QStringLiteral("--connect"), testDriverUri(), QStringLiteral("-o"), file});
        QVERIFY2(c.exitCode == 0, c.err.constData());
        QVERIFY(c.out.startsWith("captured 52 devices"));
        const ProcessResult live = vdeckctl({QStringLiteral("inventory"), QStringLiteral("--connect"), testDriverUri()});
        const ProcessResult saved = vdeckctl({QStringLiteral("inventory"), QStringLiteral("--snapshot"), file});
        QCOMPARE(saved.exitCode, 0);
        QCOMPARE(saved.out, live.out);
    }

    void deadHostExitsOne()
    {
        const ProcessResult r = vdeckctl({QStringLiteral("inventory"), QStringLiteral("--connect"),
                                          QStringLiteral("qemu+unix:///system?socket=/nonexistent/vdeck-dead.sock")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("vdeckctl inventory: cannot connect to qemu+unix:///system?socket=/nonexistent/vdeck-dead.sock: "),
                 r.err.constData());
        const ProcessResult c = vdeckctl({QStringLiteral("capture"), QStringLiteral("--connect"), QStringLiteral("test:///nonexistent/host.xml"),
                                          QStringLiteral("-o"), QStringLiteral("/tmp/never.vdeckhost")});
        QCOMPARE(c.exitCode, 1);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/never.vdeckhost")));
    }

    void badSnapshotExitsTwoNamingFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bad.vdeckhost"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"format\": \"vdeckhost\",\n  oops\n}\n");
        f.close();
        const ProcessResult r = vdeckctl({QStringLiteral("inventory"), QStringLiteral("--snapshot"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("vdeckctl inventory: %1:3:").arg(file).toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void helpExitsZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("inventory --help") << QStringList{QStringLiteral("inventory"), QStringLiteral("--help")};
        QTest::newRow("capture --help") << QStringList{QStringLiteral("capture"), QStringLiteral("--help")};
        QTest::newRow("top-level help lists both") << QStringList{QStringLiteral("--help")};
    }

    void helpExitsZero()
    {
        QFETCH(QStringList, args);
        const ProcessResult r = vdeckctl(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Usage: vdeckctl"));
        if (args.size() == 1) {
            QVERIFY(r.out.contains("  inventory "));
            QVERIFY(r.out.contains("  capture "));
        }
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no source") << QStringList{QStringLiteral("inventory")};
        QTest::newRow("both sources") << QStringList{QStringLiteral("inventory"), QStringLiteral("--connect"), QStringLiteral("test:///default"),
                                                     QStringLiteral("--snapshot"), QStringLiteral("x")};
        QTest::newRow("tree and json") << QStringList{QStringLiteral("inventory"), QStringLiteral("--snapshot"), QStringLiteral("x"),
                                                      QStringLiteral("--tree"), QStringLiteral("--json")};
        QTest::newRow("bad kind") << QStringList{QStringLiteral("inventory"), QStringLiteral("--snapshot"), QStringLiteral("x"),
                                                 QStringLiteral("--kind"), QStringLiteral("nic")};
        QTest::newRow("bad numa") << QStringList{QStringLiteral("inventory"), QStringLiteral("--snapshot"), QStringLiteral("x"),
                                                 QStringLiteral("--numa"), QStringLiteral("zero")};
        QTest::newRow("parallel zero") << QStringList{QStringLiteral("inventory"), QStringLiteral("--connect"), QStringLiteral("test:///default"),
                                                      QStringLiteral("--parallel"), QStringLiteral("0")};
        QTest::newRow("parallel too many") << QStringList{QStringLiteral("inventory"), QStringLiteral("--connect"),
                                                          QStringLiteral("test:///default"), QStringLiteral("--parallel"), QStringLiteral("1001")};
        QTest::newRow("parallel with a snapshot") << QStringList{QStringLiteral("inventory"), QStringLiteral("--snapshot"), QStringLiteral("x"),
                                                                 QStringLiteral("--parallel"), QStringLiteral("4")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("inventory"), QStringLiteral("--frob")};
        QTest::newRow("capture without -o") << QStringList{QStringLiteral("capture"), QStringLiteral("--connect"), QStringLiteral("test:///default")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const ProcessResult r = vdeckctl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("Usage: vdeckctl "), r.err.constData());
    }
};

VDECK_TEST_MAIN(TestVdeckctlInventory)
#include "tst_vdeckctl_inventory.moc"
