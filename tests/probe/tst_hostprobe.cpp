// HostProbe against a real OpenSSH server on 127.0.0.1: strict host keys (unknown, accepted
// once, remembered, changed), agent and key-file logins, the fake-root facts, timeouts, the
// allowlist's boundaries and that no secret leaks.
#include "faketree.h"
#include "processutil.h"
#include "sshdfixture.h"
#include "messagecapture.h"
#include "testmain.h"

#include "hostfacts/hostfactsjson.h"
#include "probe/hostprobe.h"
#include "probe/knownhostsfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace hostfacts;
using namespace probe;

namespace {
class ScriptedPrompt final : public SshPrompt
{
public:
    HostKeyAnswer answer = HostKeyAnswer::Reject;
    QByteArray secret;
    QList<HostKeyQuestion> questions;
    QStringList secretPrompts;

    bool canAsk() const override { return true; }
    HostKeyAnswer askHostKey(const HostKeyQuestion &q) override
    {
        questions.append(q);
        return answer;
    }
    std::optional<Secret> askSecret(const QString &prompt, bool) override
    {
        secretPrompts.append(prompt);
        if (secret.isEmpty())
            return std::nullopt;
        return Secret(QByteArray(secret.constData(), secret.size()));
    }
};

}

class TestHostProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sshd.start(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
        QVERIFY(faketree::build(root()));
    }

    void init() { QFile::remove(vdeckFile()); }

    void unknownKeyIsRefusedWithoutPrompt()
    {
        NoPrompt nobody;
        HostProbe p(target(), cmdlineOnly());
        QVERIFY(!p.run(nobody));
        QCOMPARE(p.hostKeyVerdict().status, HostKeyStatus::RefusedUnknown);
        QVERIFY2(p.error().contains(fingerprint()), qPrintable(p.error()));
        QVERIFY(p.error().contains(QLatin1String("ssh-ed25519")));
        QVERIFY(!QFile::exists(vdeckFile()));
    }

    void unknownKeyAcceptedOnceThroughPrompt()
    {
        ScriptedPrompt prompt;
        prompt.answer = HostKeyAnswer::AcceptOnce;
        HostProbe p(target(), cmdlineOnly());
        QVERIFY2(p.run(prompt), qPrintable(p.error()));
        QCOMPARE(prompt.questions.size(), 1);
        QCOMPARE(prompt.questions.first().fingerprint, fingerprint());
        QCOMPARE(prompt.questions.first().keyType, QStringLiteral("ssh-ed25519"));
        QCOMPARE(prompt.questions.first().hostName, QStringLiteral("[127.0.0.1]:%1").arg(m_sshd.port()));
        QCOMPARE(p.hostKeyVerdict().status, HostKeyStatus::AcceptedOnce);
        QVERIFY(!QFile::exists(vdeckFile()));
    }

    void rejectedByPrompt()
    {
        ScriptedPrompt prompt;
        HostProbe p(target(), cmdlineOnly());
        QVERIFY(!p.run(prompt));
        QCOMPARE(p.hostKeyVerdict().status, HostKeyStatus::RefusedUnknown);
    }

    void rememberedKeyIsKnownNextTime()
    {
        ScriptedPrompt prompt;
        prompt.answer = HostKeyAnswer::AcceptAndRemember;
        HostProbe first(target(), cmdlineOnly());
        QVERIFY2(first.run(prompt), qPrintable(first.error()));
        QCOMPARE(first.hostKeyVerdict().status, HostKeyStatus::Remembered);
        QFile f(vdeckFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()).trimmed(), m_sshd.knownHostsLine());
        QCOMPARE(int(f.permissions() & (QFileDevice::ReadOther | QFileDevice::WriteOther)), 0);

        NoPrompt nobody;
        HostProbe second(target(), cmdlineOnly());
        QVERIFY2(second.run(nobody), qPrintable(second.error()));
        QCOMPARE(second.hostKeyVerdict().status, HostKeyStatus::Known);
        QCOMPARE(second.hostKeyVerdict().knownHostsFile, vdeckFile());
    }

    void keyInUsersKnownHostsIsKnown()
    {
        SshTarget t = target();
        t.userKnownHostsFile = m_sshd.writeKnownHostsFile();
        NoPrompt nobody;
        HostProbe p(t, cmdlineOnly());
        QVERIFY2(p.run(nobody), qPrintable(p.error()));
        QCOMPARE(p.hostKeyVerdict().knownHostsFile, t.userKnownHostsFile);
        QCOMPARE(p.authResult().method, SshAuthMethod::KeyFile);
    }

    void agentLoginComesFirst()
    {
        const QString socket = m_dir.path() + QStringLiteral("/agent.sock");
        QProcess agent;
        agent.setProgram(QStringLiteral("ssh-agent"));
        agent.setArguments({QStringLiteral("-D"), QStringLiteral("-a"), socket});
        agent.setChildProcessModifier([] { dieWithParent(); });
        agent.start();
        QVERIFY(agent.waitForStarted());
        QTRY_VERIFY(QFile::exists(socket));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
        const ProcessResult added = runProcess(QStringLiteral("ssh-add"), {m_sshd.userKeyPath()}, 10000, env);
        QVERIFY2(added.exitCode == 0, added.err.constData());

        SshTarget t = knownTarget();
        t.identityFiles.clear();
        t.useAgent = true;
        t.agentSocket = socket;
        NoPrompt nobody;
        HostProbe p(t, cmdlineOnly());
        QVERIFY2(p.run(nobody), qPrintable(p.error()));
        QCOMPARE(p.authResult().method, SshAuthMethod::Agent);
        agent.terminate();
        agent.waitForFinished(5000);
    }

    void noUsableKeyFailsWithReason()
    {
        SshTarget t = knownTarget();
        t.identityFiles.clear();
        NoPrompt nobody;
        HostProbe p(t, cmdlineOnly());
        QVERIFY(!p.run(nobody));
        QVERIFY2(p.error().contains(QLatin1String("authentication")), qPrintable(p.error()));
    }

    void passphraseIsAskedOnceAndNeverLeaks()
    {
        const QByteArray passphrase = "correct horse 42 battery";
        const QString key = m_dir.path() + QStringLiteral("/pass_key");
        const ProcessResult made = runProcess(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                              QStringLiteral("-N"), QString::fromUtf8(passphrase), QStringLiteral("-f"), key});
        QCOMPARE(made.exitCode, 0);
        QFile pub(key + QStringLiteral(".pub"));
        QFile auth(m_sshd.directory() + QStringLiteral("/authorized_keys"));
        QVERIFY(pub.open(QIODevice::ReadOnly) && auth.open(QIODevice::Append));
        auth.write(pub.readAll());
        auth.close();

        SshTarget t = knownTarget();
        t.identityFiles = {key};
        ScriptedPrompt prompt;
        prompt.secret = passphrase;
        const MessageCapture messages;
        HostProbe p(t, {root(), allProbes(), 0});
        const std::optional<HostFacts> facts = p.run(prompt);
        QVERIFY2(facts, qPrintable(p.error()));
        QCOMPARE(p.authResult().method, SshAuthMethod::KeyFile);
        QCOMPARE(prompt.secretPrompts.size(), 1);
        QVERIFY(prompt.secretPrompts.first().startsWith(QLatin1String("Passphrase for")));
        const QByteArray json = QJsonDocument(hostfacts::json::toJson(*facts)).toJson();
        QByteArrayList haystacks = {json, messages.text().toUtf8(), p.error().toUtf8()};
        QFile known(t.userKnownHostsFile);
        QVERIFY(known.open(QIODevice::ReadOnly));
        haystacks.append(known.readAll());
        for (const QByteArray &h : haystacks) {
            QVERIFY(!h.contains(passphrase));
            for (const QByteArray &planted : faketree::plantedSecrets())
                QVERIFY2(!h.contains(planted), planted.constData());
        }
    }

    void fakeRootFactsAreParsedExactly()
    {
        NoPrompt nobody;
        HostProbe p(knownTarget(), {root(), allProbes(), 0});
        const std::optional<HostFacts> f = p.run(nobody);
        QVERIFY2(f, qPrintable(p.error()));
        for (const ProbeStatus &s : f->probes())
            QVERIFY2(s.ok && !s.timedOut && !s.truncated, qPrintable(s.probe + QLatin1Char(' ') + s.error));
        QCOMPARE(f->meminfo().value(QStringLiteral("MemTotal")), 65536000);
        QCOMPARE(f->meminfo().value(QStringLiteral("HugePages_Free")), 768);
        const QList<HugePagePool> expectedPools = {{0, 2048, 512, 256, 0}, {1, 2048, 512, 256, 0}, {1, 1048576, 4, 3, 0}};
        QCOMPARE(f->hugepages(), expectedPools);
        QCOMPARE(f->parts().hugetlbfsMounts, QStringList{QStringLiteral("/dev/hugepages")});
        QCOMPARE(f->kernel().cmdline, QStringLiteral("BOOT_IMAGE=/vmlinuz root=/dev/sda1 intel_iommu=on iommu=pt"));
        QCOMPARE(f->kernel().release, QStringLiteral("6.12.38+deb13-amd64"));
        QVERIFY(!f->kernel().realtime);
        const MemlockFacts &m = f->memlock();
        QCOMPARE(m.session, (MemlockLimit{QStringLiteral("/proc/self/limits"), {}, 8388608, 8388608}));
        const QList<MemlockLimit> processes = {{QStringLiteral("/proc/100/limits"), QStringLiteral("virtqemud"), kUnlimited, kUnlimited},
                                               {QStringLiteral("/proc/4242/limits"), QStringLiteral("qemu-system-x86_64"), 17179869184, 17179869184}};
        QCOMPARE(m.processes, processes);
        QCOMPARE(m.systemd, (QList<ConfigLine>{{QStringLiteral("/etc/systemd/system/virtqemud.service.d/memlock.conf"),
                                                 QStringLiteral("LimitMEMLOCK"), QStringLiteral("infinity")}}));
        const QString qc = QStringLiteral("/etc/libvirt/qemu.conf");
        QCOMPARE(m.qemuConf, (QList<ConfigLine>{{qc, QStringLiteral("user"), QStringLiteral("libvirt-qemu")},
                                                 {qc, QStringLiteral("group"), QStringLiteral("kvm")},
                                                 {qc, QStringLiteral("max_processes"), QStringLiteral("4096")}}));
        QCOMPARE(m.limitsConf, (QList<ConfigLine>{{QStringLiteral("/etc/security/limits.conf"), QStringLiteral("@kvm hard"), QStringLiteral("unlimited")}}));
        QCOMPARE(f->iommuGroups(), (QMap<int, QStringList>{{3, {QStringLiteral("0000:01:00.0"), QStringLiteral("0000:01:00.2")}},
                                                           {7, {QStringLiteral("0000:02:00.0")}}}));
        QCOMPARE(f->sriovPhysfn(), (QMap<QString, QString>{{QStringLiteral("0000:01:00.2"), QStringLiteral("0000:01:00.0")}}));
        QCOMPARE(f->parts().mdevParents, QStringList{QStringLiteral("0000:03:00.0")});
        QCOMPARE(f->mdevTypes(), (QList<MdevType>{{QStringLiteral("0000:03:00.0"), QStringLiteral("nvidia-35"), QStringLiteral("GRID T4-2Q"),
                                                    QStringLiteral("num_heads=4, frl_config=60, framebuffer=2048M"), 8, QStringLiteral("vfio-pci")}}));
        QCOMPARE(f->vdpaDevices(), (QList<VdpaDevice>{{QStringLiteral("vdpa0"), QStringLiteral("pci/0000:01:00.2"), QStringLiteral("vhost_vdpa")}}));
        QCOMPARE(f->nvidiaVgpuVfs(), (QList<NvidiaVgpuVf>{{QStringLiteral("0000:41:00.4"), QStringLiteral("0000:41:00.0"), QStringLiteral("0"),
                                                            {QStringLiteral("557 : NVIDIA L4-1B"), QStringLiteral("558 : NVIDIA L4-2B")}}}));
        QStringList sections;
        for (const NovaSection &s : f->nova())
            sections.append(s.name);
        QCOMPARE(sections, (QStringList{QStringLiteral("compute"), QStringLiteral("pci"), QStringLiteral("libvirt"),
                                        QStringLiteral("devices"), QStringLiteral("mdev_nvidia-35")}));
        QCOMPARE(f->novaValues(QStringLiteral("pci"), QStringLiteral("device_spec")).size(), 2);
        QCOMPARE(f->novaValue(QStringLiteral("pci"), QStringLiteral("alias")), QStringLiteral("{\"name\": \"a1\",\n\"vendor_id\": \"10de\"}"));
        QCOMPARE(f->novaValue(QStringLiteral("compute"), QStringLiteral("cpu_dedicated_set")), QStringLiteral("4-15"));
        QVERIFY(!f->novaValue(QStringLiteral("libvirt"), QStringLiteral("rbd_secret_uuid")));
        QCOMPARE(f->cpu(), (CpuIsolation{QStringLiteral("4-15"), QString(), QStringLiteral("0-15"), QStringLiteral("on"), true}));
        QCOMPARE(f->versions(), (SoftwareVersions{QStringLiteral("11.3.0"), QStringLiteral("10.0.2")}));

        QString error;
        const std::optional<HostFacts> back = hostfacts::json::fromJson(hostfacts::json::toJson(*f), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->parts(), f->parts());
    }

    void secretsNeverLeaveTheHost()
    {
        NoPrompt nobody;
        SshConnection c(knownTarget());
        QVERIFY2(c.open(nobody), qPrintable(c.error()));
        QString error;
        for (Probe probe : {Probe::NovaConf, Probe::Memlock}) {
            const ProbeOutput out = c.run(*AllowedCommand::allowed(probe, root(), &error), defaultLimits(probe));
            QVERIFY(out.ok);
            for (const QByteArray &planted : faketree::plantedSecrets())
                QVERIFY2(!out.out.contains(planted), planted.constData());
        }
    }

    void shellMetacharactersInNamesAreNotExecuted()
    {
        NoPrompt nobody;
        HostProbe p(knownTarget(), {root(), {Probe::MdevTypes}, 0});
        const std::optional<HostFacts> f = p.run(nobody);
        QVERIFY2(f, qPrintable(p.error()));
        QCOMPARE(f->mdevTypes().size(), 1); // the type named x$(touch PWNED)... is dropped
        for (const QString &dir : {QDir::homePath(), root(), QDir::currentPath(), QDir::rootPath()}) {
            QVERIFY(!QFile::exists(dir + QStringLiteral("/PWNED")));
            QVERIFY(!QFile::exists(dir + QStringLiteral("/PWNED2")));
        }
    }

    void rootPrefixCannotEscape_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("traversal") << QStringLiteral("/tmp/../etc");
        QTest::newRow("dot") << QStringLiteral("/tmp/./x");
        QTest::newRow("relative") << QStringLiteral("tmp/x");
        QTest::newRow("semicolon") << QStringLiteral("/tmp/x;touch /PWNED");
        QTest::newRow("quote") << QStringLiteral("/tmp/x'; touch /PWNED; '");
        QTest::newRow("substitution") << QStringLiteral("/tmp/$(touch /PWNED)");
        QTest::newRow("space") << QStringLiteral("/tmp/a b");
        QTest::newRow("newline") << QStringLiteral("/tmp/a\ntouch /PWNED");
    }
    void rootPrefixCannotEscape()
    {
        QFETCH(QString, prefix);
        QString error;
        QVERIFY(!isValidRootPrefix(prefix, &error));
        QVERIFY(!AllowedCommand::allowed(Probe::MemInfo, prefix, &error));
        NoPrompt nobody;
        HostProbe p(knownTarget(), {prefix, allProbes(), 0});
        QVERIFY(!p.run(nobody));
        QVERIFY2(p.error().contains(QLatin1String("root prefix")), qPrintable(p.error()));
        QVERIFY(!QFile::exists(QStringLiteral("/PWNED")));
    }

    void hungProbeTimesOutAndOthersStillRun()
    {
        QTemporaryDir hung(QDir::tempPath() + QStringLiteral("/vdeck-hung-XXXXXX"));
        QVERIFY(faketree::write(hung.path(), QStringLiteral("proc/cmdline"), "quiet\n"));
        const QByteArray fifo = QFile::encodeName(hung.path() + QStringLiteral("/proc/meminfo"));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        NoPrompt nobody;
        HostProbe p(knownTarget(), {hung.path(), {Probe::MemInfo, Probe::Cmdline}, 1500});
        QElapsedTimer timer;
        timer.start();
        const std::optional<HostFacts> f = p.run(nobody);
        QVERIFY2(f, qPrintable(p.error()));
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(f->probes().at(0).probe, QStringLiteral("meminfo"));
        QVERIFY(f->probes().at(0).timedOut);
        QVERIFY(!f->probes().at(0).ok);
        QVERIFY(f->probes().at(0).error.contains(QLatin1String("timed out")));
        QVERIFY(f->probes().at(1).ok);
        QCOMPARE(f->kernel().cmdline, QStringLiteral("quiet"));
        // Release the reader the host still has blocked on the FIFO.
        const int fd = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
    }

    // Last: replaces the fixture's host key.
    void changedKeyIsRefusedNamingBothFingerprints()
    {
        QVERIFY(knownhosts::append(vdeckFile(), QStringLiteral("[127.0.0.1]:%1").arg(m_sshd.port()), QStringLiteral("ssh-ed25519"),
                                   keyBlob(), &m_error));
        const QString before = fingerprint();
        QVERIFY2(m_sshd.restartWithNewHostKey(&m_error), qPrintable(m_error));
        const QString after = fingerprint();
        QVERIFY(before != after);
        ScriptedPrompt prompt;
        prompt.answer = HostKeyAnswer::AcceptAndRemember; // must not even be asked
        HostProbe p(target(), cmdlineOnly());
        QVERIFY(!p.run(prompt));
        QCOMPARE(p.hostKeyVerdict().status, HostKeyStatus::RefusedChanged);
        QVERIFY(prompt.questions.isEmpty());
        QVERIFY2(p.error().contains(before) && p.error().contains(after), qPrintable(p.error()));
        QVERIFY2(p.error().contains(vdeckFile() + QStringLiteral(" line 1")), qPrintable(p.error()));
        QVERIFY(p.error().contains(QLatin1String("ssh-keygen -R")));
    }

private:
    QString root() const { return m_dir.path() + QStringLiteral("/root"); }
    QString vdeckFile() const { return m_dir.path() + QStringLiteral("/vdeck_known_hosts"); }
    QByteArray keyBlob() const { return QByteArray::fromBase64(m_sshd.hostPublicKey().section(QLatin1Char(' '), 1).toLatin1()); }
    QString fingerprint() const { return knownhosts::sha256Fingerprint(keyBlob()); }
    static HostProbeOptions cmdlineOnly() { return {QString(), {Probe::Cmdline}, 0}; }

    SshTarget target() const
    {
        SshTarget t;
        t.user = m_sshd.userName();
        t.host = m_sshd.host();
        t.port = m_sshd.port();
        t.identityFiles = {m_sshd.userKeyPath()};
        t.useDefaultIdentities = false;
        t.useAgent = false;
        t.userKnownHostsFile = m_dir.path() + QStringLiteral("/empty_known_hosts");
        t.vdeckKnownHostsFile = vdeckFile();
        t.connectTimeoutMs = 10000;
        return t;
    }
    SshTarget knownTarget() const
    {
        SshTarget t = target();
        t.userKnownHostsFile = m_sshd.writeKnownHostsFile();
        return t;
    }

    SshdFixture m_sshd;
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/vdeck-probe-XXXXXX")};
    QString m_error;
};

VDECK_TEST_MAIN(TestHostProbe)
#include "tst_hostprobe.moc"
