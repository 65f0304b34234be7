// `vdeckctl capture --ssh`, `vdeckctl inventory` of a probed snapshot and `vdeckctl audit` from a
// snapshot, a live capture and flavors, end to end: libvirt's test driver with the demo host,
// the sshd fixture and the fake root.
#include "faketree.h"
#include "processutil.h"
#include "sshdfixture.h"
#include "testmain.h"
#include "testpaths.h"

#include "flavors/nativeformat.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
QStringList findingCodes(const QByteArray &json)
{
    QStringList codes;
    for (const QJsonValue &f : QJsonDocument::fromJson(json).object().value(QLatin1String("findings")).toArray())
        codes.append(f.toObject().value(QLatin1String("code")).toString());
    return codes;
}

flavors::Flavor flavor(const QString &name, qint64 ramMb, flavors::PropertyList specs, const QStringList &ports = {})
{
    flavors::Flavor f;
    f.name = name;
    f.ramMb = ramMb;
    f.extraSpecs = std::move(specs);
    for (const QString &vnic : ports)
        f.ports.append({vnic, QStringLiteral("physnet1")});
    return f;
}
}

class TestVdeckctlAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sshd.start(&error), qPrintable(error));
        QVERIFY(faketree::build(root()));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_dir.path());
        m_env.remove(QStringLiteral("SSH_AUTH_SOCK"));
        // What the flavors ask of the fake host (see faketree.cpp): 2M pages for 4 GiB and 1G pages
        // for 32 GiB (3 free per node at most), a 32 GiB vDPA guest without locked memory (QEMU
        // may lock 16 GiB), a vGPU of a type nova.conf does not enable, realtime pinned CPUs on a
        // kernel that is not PREEMPT_RT with SMT on, and a virtio vIOMMU (libvirt 11.3 is enough).
        flavors::FlavorLibrary library;
        library.flavors = {
            flavor(QStringLiteral("vdpa.small"), 4096, {{QStringLiteral("hw:mem_page_size"), QStringLiteral("2MB")}}, {QStringLiteral("vdpa")}),
            flavor(QStringLiteral("vdpa.big"), 32768, {{QStringLiteral("hw:mem_page_size"), QStringLiteral("1GB")}}, {QStringLiteral("vdpa")}),
            flavor(QStringLiteral("vgpu"), 8192, {{QStringLiteral("resources:VGPU"), QStringLiteral("1")},
                                                  {QStringLiteral("trait:CUSTOM_NVIDIA_11"), QStringLiteral("required")}}),
            flavor(QStringLiteral("rt"), 2048, {{QStringLiteral("hw:cpu_policy"), QStringLiteral("dedicated")},
                                                {QStringLiteral("hw:cpu_realtime"), QStringLiteral("yes")},
                                                {QStringLiteral("hw:cpu_realtime_mask"), QStringLiteral("^0")}}),
            flavor(QStringLiteral("viommu"), 2048, {{QStringLiteral("hw:viommu_model"), QStringLiteral("virtio")},
                                                    {QStringLiteral("hw:locked_memory"), QStringLiteral("true")},
                                                    {QStringLiteral("hw:mem_page_size"), QStringLiteral("small")}},
                   {QStringLiteral("direct")}),
        };
        QFile f(flavorsFile());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(flavors::writeNative(library));
    }

    void captureRefusesAnUnknownKeyAndWritesNothing()
    {
        const ProcessResult r = vdeckctl({QStringLiteral("capture"), QStringLiteral("--connect"), demoUri(), QStringLiteral("-o"), snapshotFile()}, true);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is not known") && r.err.contains("SHA256:"), r.err.constData());
        QVERIFY(!QFile::exists(snapshotFile()));
    }

    void captureStoresTheFacts()
    {
        const ProcessResult r = vdeckctl({QStringLiteral("capture"), QStringLiteral("--connect"), demoUri(), QStringLiteral("-o"), snapshotFile(),
                                          QStringLiteral("--accept-new-host-key")}, true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(QByteArray("and the host facts of ").append(host().toUtf8())), r.out.constData());
        QFile f(snapshotFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(QLatin1String("formatVersion")).toInt(), 3); // 3: nodeInfo and guests (docs/vdeckhost-format.md)
        const QJsonObject facts = root.value(QLatin1String("hostFacts")).toObject();
        QCOMPARE(facts.value(QLatin1String("host")).toString(), host());
        QCOMPARE(facts.value(QLatin1String("cmdline")).toString(), QStringLiteral("BOOT_IMAGE=/vmlinuz root=/dev/sda1 intel_iommu=on iommu=pt"));
        for (const QByteArray &planted : faketree::plantedSecrets())
            QVERIFY(!QJsonDocument(root).toJson().contains(planted));
    }

    void inventoryPrintsTheFacts()
    {
        const ProcessResult json = cli({QStringLiteral("inventory"), QStringLiteral("--snapshot"), snapshotFile(), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        const QJsonObject facts = root.value(QLatin1String("facts")).toObject();
        QCOMPARE(facts.value(QLatin1String("kernel")).toObject().value(QLatin1String("release")).toString(), QStringLiteral("6.12.38+deb13-amd64"));
        QCOMPARE(facts.value(QLatin1String("hugepages")).toArray().size(), 3);
        QVERIFY(root.value(QLatin1String("devices")).toArray().size() > 40);

        const ProcessResult text = cli({QStringLiteral("inventory"), QStringLiteral("--snapshot"), snapshotFile()});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const qsizetype factsAt = text.out.indexOf("\nhost facts (ssh probe):\n");
        QVERIFY2(factsAt > 0, text.out.constData());
        QVERIFY(text.out.indexOf("hugepages node1 1048576 kB: 4 total, 3 free") > factsAt);
        QVERIFY(text.out.indexOf("cmdline:  BOOT_IMAGE=/vmlinuz root=/dev/sda1 intel_iommu=on iommu=pt") > factsAt);

        const ProcessResult plain = cli({QStringLiteral("inventory"), QStringLiteral("--connect"), demoUri(), QStringLiteral("--json")});
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        QVERIFY(QJsonDocument::fromJson(plain.out).object().value(QLatin1String("facts")).isNull());
    }

    void auditFromSnapshotUsesSavedFacts()
    {
        const ProcessResult r = cli({QStringLiteral("audit"), QStringLiteral("--snapshot"), snapshotFile(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1); // the PF and its VF are both in [pci]device_spec
        QCOMPARE(findingCodes(r.out), QStringList{QStringLiteral("NOVA_DEVICE_SPEC_PF_AND_VF")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("host")).toString(), host());
    }

    void auditWithFlavors()
    {
        const QStringList expected{QStringLiteral("HOST_HUGEPAGES_NOT_FREE"),    QStringLiteral("HOST_HUGEPAGES_NOT_FREE"),
                                   QStringLiteral("HOST_MEMLOCK_TOO_LOW"),       QStringLiteral("NOVA_MDEV_TYPE_NOT_ENABLED"),
                                   QStringLiteral("NOVA_DEVICE_SPEC_PF_AND_VF"), QStringLiteral("HOST_KERNEL_NOT_REALTIME"),
                                   QStringLiteral("HOST_SMT_ACTIVE")};
        const ProcessResult fromSnapshot = cli({QStringLiteral("audit"), QStringLiteral("--snapshot"), snapshotFile(), QStringLiteral("--flavors"),
                                                flavorsFile(), QStringLiteral("--json")});
        QCOMPARE(fromSnapshot.exitCode, 1);
        QCOMPARE(findingCodes(fromSnapshot.out), expected);
        const QJsonArray findings = QJsonDocument::fromJson(fromSnapshot.out).object().value(QLatin1String("findings")).toArray();
        QVERIFY2(findings.at(0).toObject().value(QLatin1String("message")).toString().contains(QLatin1String("at most 256 are free where 2048 are needed")),
                 qPrintable(findings.at(0).toObject().value(QLatin1String("message")).toString()));
        QVERIFY(findings.at(1).toObject().value(QLatin1String("message")).toString().contains(QLatin1String("at most 3 are free where 32 are needed")));
        QVERIFY(findings.at(2).toObject().value(QLatin1String("message")).toString().contains(QLatin1String("a 32768 MiB guest with vDPA devices needs 33 GiB")));
        QVERIFY(findings.at(3).toObject().value(QLatin1String("message")).toString().contains(QLatin1String("nvidia-11")));

        // The same from a live capture probed over ssh now.
        const ProcessResult live = vdeckctl({QStringLiteral("audit"), QStringLiteral("--connect"), demoUri(), QStringLiteral("--flavors"),
                                             flavorsFile(), QStringLiteral("--json")}, true);
        QCOMPARE(live.exitCode, 1);
        QCOMPARE(findingCodes(live.out), expected);

        // Text output: severity, stage, code, message and fix per finding (rules::findingText, as lint).
        const ProcessResult text = cli({QStringLiteral("audit"), QStringLiteral("--snapshot"), snapshotFile(), QStringLiteral("--flavors"), flavorsFile()});
        QVERIFY2(text.out.contains("error [D] HOST_MEMLOCK_TOO_LOW: ") && text.out.contains("  fix: "), text.out.constData());
    }

    void auditOfASnapshotWithoutFacts()
    {
        const QString plain = m_dir.path() + QStringLiteral("/plain.vdeckhost");
        const ProcessResult captured = cli({QStringLiteral("capture"), QStringLiteral("--connect"), demoUri(), QStringLiteral("-o"), plain});
        QVERIFY2(captured.exitCode == 0, captured.err.constData());
        const ProcessResult r = cli({QStringLiteral("audit"), QStringLiteral("--snapshot"), plain, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0); // a warning, not an error
        QCOMPARE(findingCodes(r.out), QStringList{QStringLiteral("HOST_FACTS_MISSING")});
    }

    void usageAndInputErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no source") << QStringList{QStringLiteral("audit"), QStringLiteral("--json")} << 2 << QStringLiteral("give one of --connect");
        QTest::newRow("two sources") << QStringList{QStringLiteral("audit"), QStringLiteral("--snapshot"), QStringLiteral("a"), QStringLiteral("--facts"),
                                                    QStringLiteral("b")} << 2 << QStringLiteral("give one of");
        QTest::newRow("identity without ssh") << QStringList{QStringLiteral("audit"), QStringLiteral("--snapshot"), QStringLiteral("a"),
                                                             QStringLiteral("--identity"), QStringLiteral("k")} << 2 << QStringLiteral("need --ssh");
        QTest::newRow("missing snapshot") << QStringList{QStringLiteral("audit"), QStringLiteral("--snapshot"), QStringLiteral("/nonexistent.vdeckhost")}
                                          << 2 << QStringLiteral("/nonexistent.vdeckhost: No such file or directory");
        QTest::newRow("missing flavors") << QStringList{QStringLiteral("audit"), QStringLiteral("--snapshot"), QStringLiteral("/nonexistent.vdeckhost"),
                                                        QStringLiteral("--flavors"), QStringLiteral("/nonexistent.json")} << 2 << QStringLiteral("/nonexistent.json");
        QTest::newRow("capture identity without ssh") << QStringList{QStringLiteral("capture"), QStringLiteral("--connect"), QStringLiteral("test:///default"),
                                                                     QStringLiteral("-o"), QStringLiteral("x"), QStringLiteral("--identity"), QStringLiteral("k")}
                                                      << 2 << QStringLiteral("need --ssh");
    }
    void usageAndInputErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const ProcessResult r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

    void malformedFactsInSnapshotIsExitTwoWithPosition()
    {
        QFile f(snapshotFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("\"pageSizeKiB\": 2048"));
        bytes.replace("\"pageSizeKiB\": 2048", "\"pageSizeKiB\": \"2048\"");
        const QString bad = m_dir.path() + QStringLiteral("/bad.vdeckhost");
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        for (const QString &command : {QStringLiteral("inventory"), QStringLiteral("audit")}) {
            const ProcessResult r = cli({command, QStringLiteral("--snapshot"), bad});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains((bad + QStringLiteral(": $.hostFacts.hugepages[0].pageSizeKiB: expected an integer")).toUtf8()), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
    }

private:
    QString root() const { return m_dir.path() + QStringLiteral("/root"); }
    QString knownHosts() const { return m_dir.path() + QStringLiteral("/vdeck_known_hosts"); }
    QString snapshotFile() const { return m_dir.path() + QStringLiteral("/probed.vdeckhost"); }
    QString flavorsFile() const { return m_dir.path() + QStringLiteral("/flavors.json"); }
    QString host() const { return QStringLiteral("%1@127.0.0.1:%2").arg(m_sshd.userName()).arg(m_sshd.port()); }
    static QString demoUri() { return QStringLiteral("test://") + testpaths::sourceFile(QStringLiteral("resources/demo/demo-testdriver.xml")); }
    ProcessResult cli(const QStringList &args) const { return runProcess(testpaths::binary(QStringLiteral("vdeckctl")), args, 60000, m_env); }
    ProcessResult vdeckctl(QStringList args, bool ssh) const
    {
        if (ssh) {
            args << QStringLiteral("--ssh") << host() << QStringLiteral("--identity") << m_sshd.userKeyPath() << QStringLiteral("--known-hosts")
                 << knownHosts() << QStringLiteral("--root-prefix") << root();
        }
        return cli(args);
    }

    SshdFixture m_sshd;
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/vdeck-audit-XXXXXX")};
    QProcessEnvironment m_env;
};

VDECK_TEST_MAIN(TestVdeckctlAudit)
#include "tst_vdeckctl_audit.moc"
