// The .vdeckhost format: save (atomically) and load back to an identical snapshot, host facts
// included (version 2); version 1 files still load; clear errors naming the file and the position.
#include "corpus.h"
#include "hostfacts/hostfactsjson.h"
#include "inventory/inventoryprinter.h"
#include "inventory/snapshotfile.h"
#include "testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <functional>

using namespace inventory;

namespace {
// Every member of the facts set, none at its default, so a member the file drops shows.
hostfacts::HostFacts fullFacts()
{
    using namespace hostfacts;
    HostFactsParts p;
    p.host = QStringLiteral("root@compute-7:2222");
    p.probedAt = QDateTime(QDate(2026, 11, 2), QTime(8, 15, 30, 250), QTimeZone::UTC);
    p.meminfo = {{QStringLiteral("MemTotal"), 65536000}, {QStringLiteral("HugePages_Free"), 768}};
    p.hugepages = {{0, 2048, 512, 256, 1}, {1, 1048576, 4, 3, 0}, {-1, 2048, 1024, 512, 0}};
    p.hugetlbfsMounts = {QStringLiteral("/dev/hugepages"), QStringLiteral("/dev/hugepages1G")};
    p.kernel = {QStringLiteral("6.12.38+deb13-rt-amd64"), QStringLiteral("#1 SMP PREEMPT_RT"), true,
                QStringLiteral("root=/dev/sda1 intel_iommu=on iommu=pt")};
    p.memlock.session = MemlockLimit{QStringLiteral("/proc/self/limits"), {}, 65536, 8388608};
    p.memlock.processes = {{QStringLiteral("/proc/4242/limits"), QStringLiteral("qemu-system-x86_64"), kUnlimited, kUnlimited}};
    p.memlock.systemd = {{QStringLiteral("/etc/systemd/system/virtqemud.service.d/memlock.conf"), QStringLiteral("LimitMEMLOCK"), QStringLiteral("infinity")}};
    p.memlock.qemuConf = {{QStringLiteral("/etc/libvirt/qemu.conf"), QStringLiteral("user"), QStringLiteral("libvirt-qemu")}};
    p.memlock.limitsConf = {{QStringLiteral("/etc/security/limits.conf"), QStringLiteral("@kvm hard"), QStringLiteral("unlimited")}};
    p.iommuGroups = {{3, {QStringLiteral("0000:01:00.0"), QStringLiteral("0000:01:00.2")}}, {12, {QStringLiteral("0000:41:00.4")}}};
    p.sriovPhysfn = {{QStringLiteral("0000:01:00.2"), QStringLiteral("0000:01:00.0")}};
    p.mdevParents = {QStringLiteral("0000:03:00.0")};
    p.mdevTypes = {{QStringLiteral("0000:03:00.0"), QStringLiteral("nvidia-35"), QStringLiteral("GRID T4-2Q"), QStringLiteral("framebuffer=2048M"), 8,
                    QStringLiteral("vfio-pci")}};
    p.vdpaDevices = {{QStringLiteral("vdpa0"), QStringLiteral("pci/0000:01:00.2"), QStringLiteral("vhost_vdpa")}};
    p.nvidiaVgpuVfs = {{QStringLiteral("0000:41:00.4"), QStringLiteral("0000:41:00.0"), QStringLiteral("0"), {QStringLiteral("557 : NVIDIA L4-1B")}}};
    p.nova = {{QStringLiteral("compute"), {{QStringLiteral("cpu_dedicated_set"), QStringLiteral("4-15")}}},
              {QStringLiteral("pci"), {{QStringLiteral("device_spec"), QStringLiteral("{\"address\": \"0000:01:00.2\"}")},
                                       {QStringLiteral("device_spec"), QStringLiteral("{\"address\": \"0000:01:00.3\"}")}}}};
    p.cpu = {QStringLiteral("4-15"), QStringLiteral("4-15"), QStringLiteral("0-15"), QStringLiteral("forceoff"), false};
    p.versions = {QStringLiteral("11.3.0"), QStringLiteral("10.0.2")};
    p.probes = {{QStringLiteral("meminfo"), true, false, false, {}}, {QStringLiteral("nova"), false, true, false, QStringLiteral("timed out")},
                {QStringLiteral("iommu"), true, false, true, {}}};
    return HostFacts(std::move(p));
}

// The saved form of the corpus host with fullFacts(), changed by edit.
QByteArray editedFile(const std::function<void(QJsonObject &facts)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(snapshotfile::toJson(corpus::snapshot().withHostFacts(fullFacts()))).object();
    QJsonObject facts = root.value(QLatin1String("hostFacts")).toObject();
    edit(facts);
    root.insert(QStringLiteral("hostFacts"), facts);
    return QJsonDocument(root).toJson();
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}
QJsonArray withAt(QJsonArray a, qsizetype i, const QJsonValue &value)
{
    a.replace(i, value);
    return a;
}
} // namespace

class TestSnapshotFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        const HostSnapshot original = corpus::snapshot();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corpus.vdeckhost"));
        QString error;
        QVERIFY2(snapshotfile::save(original, path, &error), qPrintable(error));
        HostSnapshot loaded;
        QVERIFY2(snapshotfile::load(path, &loaded, &error), qPrintable(error));
        QVERIFY(loaded == original);
        QCOMPARE(loaded.capturedAt(), original.capturedAt());
        QCOMPARE(loaded.freePagesOf(1, 2048), quint64(2048));
        QCOMPARE(loaded.capabilities().cells.size(), 2);
        QCOMPARE(loaded.graph().brokenDevices(), QStringList{QStringLiteral("pci_0000_00_1f_3")});
        QCOMPARE(inventoryTree(loaded), inventoryTree(original));
        QCOMPARE(QJsonDocument(inventoryJson(loaded)).toJson(), QJsonDocument(inventoryJson(original)).toJson());
        QCOMPARE(snapshotfile::toJson(loaded), snapshotfile::toJson(original));
    }

    void hostFactsRoundTrip()
    {
        const HostSnapshot original = corpus::snapshot().withHostFacts(fullFacts());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("probed.vdeckhost"));
        QString error;
        QVERIFY2(snapshotfile::save(original, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QLatin1String("formatVersion")).toInt(), snapshotfile::kFormatVersion);
        QCOMPARE(root.value(QLatin1String("hostFacts")).toObject().value(QLatin1String("format")).toString(), QStringLiteral("vdeck-hostfacts/1"));
        HostSnapshot loaded;
        QVERIFY2(snapshotfile::load(path, &loaded, &error), qPrintable(error));
        QVERIFY(loaded.hostFacts());
        QCOMPARE(loaded.hostFacts()->parts(), fullFacts().parts());
        QVERIFY(loaded == original);
        QVERIFY(!(loaded == corpus::snapshot())); // the facts take part in equality
        QCOMPARE(snapshotfile::toJson(loaded), snapshotfile::toJson(original));
        QCOMPARE(inventoryJson(loaded).value(QLatin1String("facts")).toObject(), hostfacts::json::toJson(fullFacts()));
        QVERIFY(inventoryJson(corpus::snapshot()).value(QLatin1String("facts")).isNull());
        // A node-device event keeps the facts.
        QVERIFY(loaded.withGraph(loaded.graph()).hostFacts() == loaded.hostFacts());
    }

    void readsVersion1()
    {
        QJsonObject root = QJsonDocument::fromJson(snapshotfile::toJson(corpus::snapshot())).object();
        QCOMPARE(root.value(QLatin1String("formatVersion")).toInt(), snapshotfile::kFormatVersion);
        QVERIFY(!root.contains(QLatin1String("hostFacts")));
        root.insert(QStringLiteral("formatVersion"), 1);
        HostSnapshot loaded;
        QString error;
        QVERIFY2(snapshotfile::fromJson(QJsonDocument(root).toJson(), QStringLiteral("v1.vdeckhost"), &loaded, &error), qPrintable(error));
        QVERIFY(loaded == corpus::snapshot());
        QVERIFY(!loaded.hostFacts());
        // The bundled demo host is a version 1 file.
        QVERIFY2(snapshotfile::load(QStringLiteral(":/demo/demo.vdeckhost"), &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.graph().size(), 56);
    }

    // Version 3: virNodeGetInfo and the guests; a version 2 file (without them) still loads.
    void guestsAndNodeInfo()
    {
        Guest g;
        g.name = QStringLiteral("vm-1");
        g.uuid = QStringLiteral("5f0e3c1a-8d2b-4c6e-9a7f-1b2c3d4e5f61");
        g.active = true;
        g.pciAddresses = {PciAddress{0, 0x17, 0, 2}};
        g.vdpaPaths = {QStringLiteral("/dev/vhost-vdpa-0")};
        NodeInfo info{QStringLiteral("x86_64"), 8, 2000, 1, 1, 4, 2, 1024 * 1024};
        const HostSnapshot original = corpus::snapshot().withNodeInfo(info).withGuests(QList<Guest>{g});
        HostSnapshot loaded;
        QString error;
        QVERIFY2(snapshotfile::fromJson(snapshotfile::toJson(original), QStringLiteral("v3.vdeckhost"), &loaded, &error), qPrintable(error));
        QVERIFY(loaded == original);
        QCOMPARE(*loaded.guests(), QList<Guest>{g});
        QCOMPARE(*loaded.nodeInfo(), info);

        QJsonObject root = QJsonDocument::fromJson(snapshotfile::toJson(original)).object();
        root.insert(QStringLiteral("formatVersion"), 2); // a version 2 file has no such members: ignored
        QVERIFY2(snapshotfile::fromJson(QJsonDocument(root).toJson(), QStringLiteral("v2.vdeckhost"), &loaded, &error), qPrintable(error));
        QVERIFY(!loaded.guests());
        QVERIFY(!loaded.nodeInfo());

        root.insert(QStringLiteral("formatVersion"), 3);
        QJsonObject bad = root.value(QLatin1String("guests")).toArray().at(0).toObject();
        bad.insert(QStringLiteral("pci"), QJsonArray{QStringLiteral("17:00")});
        root.insert(QStringLiteral("guests"), QJsonArray{bad});
        QVERIFY(!snapshotfile::fromJson(QJsonDocument(root).toJson(), QStringLiteral("g.vdeckhost"), &loaded, &error));
        QCOMPARE(error, QStringLiteral("g.vdeckhost: $.guests[0].pci[0]: not a PCI address: 17:00"));
        bad.insert(QStringLiteral("pci"), QJsonArray());
        bad.insert(QStringLiteral("active"), QStringLiteral("yes"));
        root.insert(QStringLiteral("guests"), QJsonArray{bad});
        QVERIFY(!snapshotfile::fromJson(QJsonDocument(root).toJson(), QStringLiteral("g.vdeckhost"), &loaded, &error));
        QCOMPARE(error, QStringLiteral("g.vdeckhost: $.guests[0].active: expected true or false"));
    }

    void hostFactsErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not an object") << editedFile([](QJsonObject &) {}).replace("\"hostFacts\": {", "\"hostFacts\": 5, \"x\": {")
                                       << QStringLiteral("h.vdeckhost: $.hostFacts: expected an object");
        QTest::newRow("format") << editedFile([](QJsonObject &f) { f.insert(QStringLiteral("format"), QStringLiteral("vdeck-hostfacts/9")); })
                                << QStringLiteral("h.vdeckhost: $.hostFacts.format: not a vDeck host facts object (format 'vdeck-hostfacts/9'");
        QTest::newRow("host missing") << editedFile([](QJsonObject &f) { f.remove(QStringLiteral("host")); })
                                      << QStringLiteral("h.vdeckhost: $.hostFacts.host: missing (expected a string)");
        QTest::newRow("node not an integer") << editedFile([](QJsonObject &f) {
            const QJsonArray pools = f.value(QLatin1String("hugepages")).toArray();
            f.insert(QStringLiteral("hugepages"), withAt(pools, 1, with(pools.at(1).toObject(), QStringLiteral("node"), QStringLiteral("one"))));
        }) << QStringLiteral("h.vdeckhost: $.hostFacts.hugepages[1].node: expected an integer");
        QTest::newRow("fractional pages") << editedFile([](QJsonObject &f) {
            const QJsonArray pools = f.value(QLatin1String("hugepages")).toArray();
            f.insert(QStringLiteral("hugepages"), withAt(pools, 0, with(pools.at(0).toObject(), QStringLiteral("free"), 1.5)));
        }) << QStringLiteral("h.vdeckhost: $.hostFacts.hugepages[0].free: expected an integer");
        QTest::newRow("memlock bytes") << editedFile([](QJsonObject &f) {
            QJsonObject memlock = f.value(QLatin1String("memlock")).toObject();
            memlock.insert(QStringLiteral("session"), with(memlock.value(QLatin1String("session")).toObject(), QStringLiteral("hardBytes"), true));
            f.insert(QStringLiteral("memlock"), memlock);
        }) << QStringLiteral("h.vdeckhost: $.hostFacts.memlock.session.hardBytes: expected an integer");
        QTest::newRow("nova option") << editedFile([](QJsonObject &f) {
            const QJsonArray nova = f.value(QLatin1String("nova")).toArray();
            const QJsonObject pci = nova.at(1).toObject();
            const QJsonArray options = withAt(pci.value(QLatin1String("options")).toArray(), 1, QJsonArray{QStringLiteral("device_spec")});
            f.insert(QStringLiteral("nova"), withAt(nova, 1, with(pci, QStringLiteral("options"), options)));
        }) << QStringLiteral("h.vdeckhost: $.hostFacts.nova[1].options[1]: expected [\"option\", \"value\"]");
        QTest::newRow("iommu group name") << editedFile([](QJsonObject &f) {
            f.insert(QStringLiteral("iommuGroups"), QJsonObject{{QStringLiteral("x"), QJsonArray{QStringLiteral("0000:01:00.0")}}});
        }) << QStringLiteral("h.vdeckhost: $.hostFacts.iommuGroups.x: an IOMMU group must be named by its number");
        QTest::newRow("probe ok") << editedFile([](QJsonObject &f) {
            const QJsonArray probes = f.value(QLatin1String("probes")).toArray();
            f.insert(QStringLiteral("probes"), withAt(probes, 2, with(probes.at(2).toObject(), QStringLiteral("ok"), QStringLiteral("yes"))));
        }) << QStringLiteral("h.vdeckhost: $.hostFacts.probes[2].ok: expected true or false");
        QTest::newRow("kernel") << editedFile([](QJsonObject &f) { f.insert(QStringLiteral("kernel"), QJsonArray()); })
                                << QStringLiteral("h.vdeckhost: $.hostFacts.kernel: expected an object");
        QTest::newRow("mdev type element") << editedFile([](QJsonObject &f) { f.insert(QStringLiteral("mdevTypes"), QJsonArray{42}); })
                                           << QStringLiteral("h.vdeckhost: $.hostFacts.mdevTypes[0]: expected an object");
    }

    void hostFactsErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        HostSnapshot s;
        QString error;
        QVERIFY(!snapshotfile::fromJson(json, QStringLiteral("h.vdeckhost"), &s, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        QVERIFY(s.isNull()); // nothing half-loaded
    }

    void saveFailureKeepsOldFile()
    {
        QString error;
        QVERIFY(!snapshotfile::save(corpus::snapshot(), QStringLiteral("/nonexistent-dir/x.vdeckhost"), &error));
        QVERIFY2(error.startsWith(QLatin1String("/nonexistent-dir/x.vdeckhost: cannot write")), qPrintable(error));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\n  \"format\": \"vdeckhost\",\n  \"formatVersion\" 1\n}")
                                << QStringLiteral("h.vdeckhost:3:20: ");
        QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("h.vdeckhost: not a vdeckhost file");
        QTest::newRow("wrong format") << QByteArray("{\"format\": \"other\"}") << QStringLiteral("h.vdeckhost: not a vdeckhost file");
        QTest::newRow("future version") << QByteArray("{\"format\": \"vdeckhost\", \"formatVersion\": 99}")
                                        << QStringLiteral("h.vdeckhost: formatVersion 99 is not supported");
        QByteArray badDevice = snapshotfile::toJson(corpus::snapshot());
        badDevice.replace("\"xml\": \"<device>", "\"xml\": 42, \"x\": \"");
        QTest::newRow("device xml not a string") << badDevice << QStringLiteral("h.vdeckhost: $.devices[0].xml: expected a string");
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        HostSnapshot s;
        QString error;
        QVERIFY(!snapshotfile::fromJson(json, QStringLiteral("h.vdeckhost"), &s, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void missingFile()
    {
        HostSnapshot s;
        QString error;
        QVERIFY(!snapshotfile::load(QStringLiteral("/nonexistent.vdeckhost"), &s, &error));
        QVERIFY2(error.startsWith(QLatin1String("/nonexistent.vdeckhost: No such file or directory")), qPrintable(error));
    }
};

VDECK_TEST_MAIN(TestSnapshotFile)
#include "tst_snapshotfile.moc"
