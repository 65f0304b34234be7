// `vdeckctl probe` and `vdeckctl audit` end to end against the sshd fixture and a fake root.
#include "faketree.h"
#include "processutil.h"
#include "sshdfixture.h"
#include "testmain.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

class TestVdeckctlProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sshd.start(&error), qPrintable(error));
        QVERIFY(faketree::build(root()));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_dir.path()); // no ~/.ssh of the machine
        m_env.remove(QStringLiteral("SSH_AUTH_SOCK"));
    }

    void unknownKeyExitsOneWithMessage()
    {
        const ProcessResult r = vdeckctl({QStringLiteral("probe")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is not known") && r.err.contains("SHA256:"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void acceptNewHostKeyPrintsJsonFacts()
    {
        const ProcessResult r = vdeckctl({QStringLiteral("probe"), QStringLiteral("--accept-new-host-key"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("vdeck-hostfacts/1"));
        QCOMPARE(o.value(QLatin1String("cmdline")).toString(), QStringLiteral("BOOT_IMAGE=/vmlinuz root=/dev/sda1 intel_iommu=on iommu=pt"));
        QCOMPARE(o.value(QLatin1String("hugepages")).toArray().size(), 3);
        QCOMPARE(o.value(QLatin1String("kernel")).toObject().value(QLatin1String("release")).toString(), QStringLiteral("6.12.38+deb13-amd64"));
        QVERIFY(o.contains(QLatin1String("memlock")));
        for (const QByteArray &planted : faketree::plantedSecrets())
            QVERIFY(!r.out.contains(planted));
        QFile known(knownHosts());
        QVERIFY(known.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(known.readAll()).trimmed(), m_sshd.knownHostsLine());
        QFile facts(factsFile());
        QVERIFY(facts.open(QIODevice::WriteOnly));
        facts.write(r.out);
    }

    void rememberedKeyPrintsText()
    {
        const ProcessResult r = vdeckctl({QStringLiteral("probe")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("hugepages node1 1048576 kB: 4 total, 3 free"), r.out.constData());
        QVERIFY(r.out.contains("vdpa vdpa0 mgmtdev pci/0000:01:00.2 driver vhost_vdpa"));
    }

    void auditFromSavedFacts()
    {
        const ProcessResult r = runProcess(testpaths::binary(QStringLiteral("vdeckctl")),
                                           {QStringLiteral("audit"), QStringLiteral("--facts"), factsFile(), QStringLiteral("--json")}, 30000, m_env);
        // The fake nova.conf lists PF 0000:01:00.0 and its VF 0000:01:00.2: an error, exit 1.
        QCOMPARE(r.exitCode, 1);
        const QJsonArray findings = QJsonDocument::fromJson(r.out).object().value(QLatin1String("findings")).toArray();
        QStringList codes;
        for (const QJsonValue &f : findings)
            codes.append(f.toObject().value(QLatin1String("code")).toString());
        QCOMPARE(codes, QStringList{QStringLiteral("NOVA_DEVICE_SPEC_PF_AND_VF")});
    }

    void auditOverSsh()
    {
        const ProcessResult r = vdeckctl({QStringLiteral("audit")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("error [D] NOVA_DEVICE_SPEC_PF_AND_VF"), r.out.constData());
    }

    void usageErrors()
    {
        const QString bin = testpaths::binary(QStringLiteral("vdeckctl"));
        QCOMPARE(runProcess(bin, {QStringLiteral("probe")}, 30000, m_env).exitCode, 2);
        QCOMPARE(runProcess(bin, {QStringLiteral("audit")}, 30000, m_env).exitCode, 2);
        const ProcessResult bad = runProcess(bin, {QStringLiteral("probe"), QStringLiteral("--ssh"), QStringLiteral("x@h"),
                                                   QStringLiteral("--root-prefix"), QStringLiteral("/tmp/../etc")}, 30000, m_env);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("root prefix"));
    }

    // Last: replaces the fixture's host key.
    void changedKeyExitsOneNamingBothFingerprints()
    {
        QString error;
        QVERIFY2(m_sshd.restartWithNewHostKey(&error), qPrintable(error));
        const ProcessResult r = vdeckctl({QStringLiteral("probe"), QStringLiteral("--accept-new-host-key")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("CHANGED") && r.err.count("SHA256:") >= 2, r.err.constData());
        QVERIFY(r.err.contains((knownHosts() + QStringLiteral(" line 1")).toUtf8()));
    }

private:
    QString root() const { return m_dir.path() + QStringLiteral("/root"); }
    QString knownHosts() const { return m_dir.path() + QStringLiteral("/vdeck_known_hosts"); }
    QString factsFile() const { return m_dir.path() + QStringLiteral("/facts.json"); }
    ProcessResult vdeckctl(QStringList args) const
    {
        args << QStringLiteral("--ssh") << QStringLiteral("%1@127.0.0.1:%2").arg(m_sshd.userName()).arg(m_sshd.port())
             << QStringLiteral("--identity") << m_sshd.userKeyPath() << QStringLiteral("--known-hosts") << knownHosts()
             << QStringLiteral("--root-prefix") << root();
        return runProcess(testpaths::binary(QStringLiteral("vdeckctl")), args, 60000, m_env);
    }

    SshdFixture m_sshd;
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/vdeck-cli-XXXXXX")};
    QProcessEnvironment m_env;
};

VDECK_TEST_MAIN(TestVdeckctlProbe)
#include "tst_vdeckctl_probe.moc"
