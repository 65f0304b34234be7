// The GUI's capture of an ssh-based host (HostManager::captureSnapshot): the ssh probe runs off
// the GUI thread against the real sshd fixture, its host-key and passphrase questions come
// through the CredentialBridge (answered from the event loop, as the dialog does), the facts join
// the saved file and the host's row; and no passphrase reaches the settings file, the log, the
// snapshot or the known-hosts file. A probe that is refused still saves, without facts.
#include "processutil.h"
#include "sshdfixture.h"
#include "testmain.h"
#include "testpaths.h"

#include "core/settings.h"
#include "hostfacts/hostfactsjson.h"
#include "hosts/credentialbridge.h"
#include "hosts/credentialsshprompt.h"
#include "hosts/hostmanager.h"
#include "hosts/hostsession.h"
#include "inventory/snapshotfile.h"
#include "hosts/hostregistry.h"
#include "probe/knownhostsfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <libvirt/libvirt.h>

namespace {
QStringList g_log;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}

class TestHostProbeCapture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sshd.start(&error), qPrintable(error));
        // A key with a passphrase: logging in needs an answer typed into the credential dialog.
        const ProcessResult made = runProcess(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                                            QStringLiteral("-N"), QString::fromUtf8(kPassphrase), QStringLiteral("-f"), keyFile()});
        QCOMPARE(made.exitCode, 0);
        QFile auth(m_sshd.directory() + QStringLiteral("/authorized_keys"));
        QVERIFY(auth.open(QIODevice::Append));
        auth.write(readAll(keyFile() + QStringLiteral(".pub")));
    }

    void parsesHostKeyAnswers()
    {
        QCOMPARE(hosts::CredentialSshPrompt::parseHostKeyAnswer(QStringLiteral(" Once ")), probe::HostKeyAnswer::AcceptOnce);
        QCOMPARE(hosts::CredentialSshPrompt::parseHostKeyAnswer(QStringLiteral("remember")), probe::HostKeyAnswer::AcceptAndRemember);
        QCOMPARE(hosts::CredentialSshPrompt::parseHostKeyAnswer(QStringLiteral("yes")), probe::HostKeyAnswer::AcceptAndRemember);
        QCOMPARE(hosts::CredentialSshPrompt::parseHostKeyAnswer(QStringLiteral("no")), probe::HostKeyAnswer::Reject);
        QCOMPARE(hosts::CredentialSshPrompt::parseHostKeyAnswer(QString()), probe::HostKeyAnswer::Reject);
        QVERIFY(!hosts::CredentialSshPrompt({}).canAsk());
    }

    void captureProbesThroughTheBridge()
    {
        Settings settings(m_dir.filePath(QStringLiteral("vdeck.ini")));
        settings.setSavedHosts({{QStringLiteral("probed"), uri(), false, QString()}});
        settings.sync();
        hosts::HostRegistry registry;
        hosts::HostManager manager(&registry, &settings, AppMode::Operator);
        manager.loadSavedHosts();
        QVERIFY(registry.entry(uri()));
        inventory::HostSnapshot demo;
        QString error;
        QVERIFY2(inventory::snapshotfile::load(QStringLiteral(":/demo/demo.vdeckhost"), &demo, &error), qPrintable(error));
        registry.setSnapshot(uri(), demo); // as if libvirt had captured it

        QList<QList<hosts::CredentialRequest>> asked;
        connect(manager.credentials(), &hosts::CredentialBridge::requested, this,
                [&asked, &manager](quint64 id, const QString &, QList<hosts::CredentialRequest> requests) {
                    asked.append(requests);
                    hosts::CredentialRequest &r = requests.first();
                    r.result = r.secret ? QString::fromUtf8(kPassphrase) : QStringLiteral("remember");
                    manager.credentials()->answer(id, requests, true);
                });
        QSignalSpy saved(&manager, &hosts::HostManager::snapshotSaved);
        QSignalSpy errors(&manager, &hosts::HostManager::errorOccurred);
        const QString path = m_dir.filePath(QStringLiteral("probed.vdeckhost"));
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
        manager.captureSnapshot(uri(), path);
        const bool done = saved.wait(60000);
        qInstallMessageHandler(previous);
        const QString firstError = errors.isEmpty() ? QString() : errors.first().first().toString();
        QVERIFY2(done, qPrintable(firstError));
        QVERIFY2(errors.isEmpty(), qPrintable(firstError));

        // Asked twice: the unknown host key (with its fingerprint), then the key's passphrase.
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(0).first().type, int(VIR_CRED_ECHOPROMPT));
        QCOMPARE(asked.at(0).first().challenge, fingerprint());
        QVERIFY(asked.at(0).first().prompt.contains(QStringLiteral("[127.0.0.1]:%1").arg(m_sshd.port())));
        QVERIFY(asked.at(1).first().secret);
        QVERIFY2(asked.at(1).first().prompt.startsWith(QLatin1String("Passphrase for")), qPrintable(asked.at(1).first().prompt));
        QCOMPARE(QString::fromUtf8(readAll(knownHosts())).trimmed(), m_sshd.knownHostsLine()); // "remember"

        // The facts of this very machine are in the file and in the host's row.
        inventory::HostSnapshot loaded;
        QVERIFY2(inventory::snapshotfile::load(path, &loaded, &error), qPrintable(error));
        QVERIFY(loaded.hostFacts());
        QCOMPARE(loaded.hostFacts()->host(), QStringLiteral("%1@127.0.0.1:%2").arg(m_sshd.userName()).arg(m_sshd.port()));
        QCOMPARE(loaded.hostFacts()->kernel().release, QString::fromUtf8(readAll(QStringLiteral("/proc/sys/kernel/osrelease"))).trimmed());
        QVERIFY(loaded.hostFacts()->meminfo().value(QStringLiteral("MemTotal")) > 0);
        QCOMPARE(loaded.graph().size(), demo.graph().size());
        QVERIFY(registry.entry(uri())->snapshot.hostFacts() == loaded.hostFacts());

        // No passphrase anywhere vDeck writes or logs.
        settings.sync();
        const QByteArrayList haystacks{readAll(settings.fileName()), g_log.join(QLatin1Char('\n')).toUtf8(), readAll(path), readAll(knownHosts())};
        QVERIFY(!haystacks.at(0).isEmpty());
        for (const QByteArray &h : haystacks)
            QVERIFY(!h.contains(kPassphrase));
    }

    void refusedProbeStillSaves()
    {
        // known_hosts holds another key for the host: a changed key, never asked about.
        const QString changed = m_dir.filePath(QStringLiteral("changed_known_hosts"));
        QFile f(changed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[127.0.0.1]:%1 %2\n").arg(m_sshd.port()).arg(QString::fromUtf8(readAll(keyFile() + QStringLiteral(".pub"))).section(QLatin1Char(' '), 0, 1)).toUtf8());
        f.close();
        const QString changedUri = uri(changed);
        Settings settings(m_dir.filePath(QStringLiteral("refused.ini")));
        hosts::HostRegistry registry;
        hosts::HostManager manager(&registry, &settings, AppMode::Auditor);
        hosts::HostEntry e;
        e.id = changedUri;
        e.name = e.uri = changedUri;
        e.state = hosts::HostEntry::State::Closed;
        registry.addOrReplace(e);
        inventory::HostSnapshot demo;
        QString error;
        QVERIFY(inventory::snapshotfile::load(QStringLiteral(":/demo/demo.vdeckhost"), &demo, &error));
        registry.setSnapshot(changedUri, demo);
        int asked = 0;
        connect(manager.credentials(), &hosts::CredentialBridge::requested, this, [&asked, &manager](quint64 id, const QString &, const QList<hosts::CredentialRequest> &r) {
            ++asked;
            manager.credentials()->answer(id, r, false);
        });
        QSignalSpy saved(&manager, &hosts::HostManager::snapshotSaved);
        QSignalSpy errors(&manager, &hosts::HostManager::errorOccurred);
        const QString path = m_dir.filePath(QStringLiteral("refused.vdeckhost"));
        manager.captureSnapshot(changedUri, path);
        QVERIFY(saved.wait(60000));
        QCOMPARE(asked, 0);
        QCOMPARE(errors.size(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("saved without host facts")) && message.contains(QLatin1String("CHANGED")), qPrintable(message));
        inventory::HostSnapshot loaded;
        QVERIFY(inventory::snapshotfile::load(path, &loaded, &error));
        QVERIFY(!loaded.hostFacts());
        QVERIFY(loaded == demo);
    }

    void snapshotFilesAndLocalHostsAreSavedWithoutProbe()
    {
        Settings settings(m_dir.filePath(QStringLiteral("local.ini")));
        hosts::HostRegistry registry;
        hosts::HostManager manager(&registry, &settings, AppMode::Operator);
        hosts::HostEntry e;
        e.id = QStringLiteral("qemu:///system");
        e.name = e.uri = e.id;
        registry.addOrReplace(e);
        inventory::HostSnapshot demo;
        QString error;
        QVERIFY(inventory::snapshotfile::load(QStringLiteral(":/demo/demo.vdeckhost"), &demo, &error));
        registry.setSnapshot(e.id, demo);
        QSignalSpy requested(manager.credentials(), &hosts::CredentialBridge::requested);
        QSignalSpy saved(&manager, &hosts::HostManager::snapshotSaved);
        manager.captureSnapshot(e.id, m_dir.filePath(QStringLiteral("local.vdeckhost")));
        QVERIFY(saved.wait(20000));
        QCOMPARE(requested.size(), 0);
    }

    void liveRecaptureKeepsTheFacts()
    {
        hostfacts::HostFactsParts parts;
        parts.host = QStringLiteral("root@compute-7:22");
        parts.kernel.cmdline = QStringLiteral("intel_iommu=on");
        parts.probes = {{QStringLiteral("cmdline"), true, false, false, {}}};
        const hostfacts::HostFacts facts(parts);
        const QString factsFile = m_dir.filePath(QStringLiteral("facts.json"));
        QFile f(factsFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(hostfacts::json::toJson(facts)).toJson());
        f.close();

        Settings settings(m_dir.filePath(QStringLiteral("live.ini")));
        hosts::HostRegistry registry;
        hosts::HostManager manager(&registry, &settings, AppMode::Auditor);
        QSignalSpy changed(&registry, &hosts::HostRegistry::snapshotChanged);
        const QString uri = QStringLiteral("test://") + testpaths::sourceFile(QStringLiteral("resources/demo/demo-testdriver.xml"));
        const QString id = manager.connectHost({QStringLiteral("td"), uri, true, QString()}, false);
        QVERIFY(changed.wait(30000));
        QVERIFY(!registry.snapshot(id).hostFacts());
        manager.attachFacts(id, factsFile);
        QVERIFY(changed.wait(10000));
        QVERIFY(registry.snapshot(id).hostFacts() == facts);
        const QDateTime before = registry.snapshot(id).capturedAt();
        QTest::qWait(5); // a later capture has a later time
        manager.session(id)->refresh();
        QVERIFY(changed.wait(30000));
        QVERIFY(registry.snapshot(id).capturedAt() > before); // a new libvirt capture ...
        QVERIFY(registry.snapshot(id).hostFacts() == facts); // ... that keeps the facts read before
    }

private:
    static constexpr const char *kPassphrase = "tr0ub4dor & 3 purple";
    QString keyFile() const { return m_dir.filePath(QStringLiteral("pass_key")); }
    QString knownHosts() const { return m_dir.filePath(QStringLiteral("vdeck_known_hosts")); }
    QString fingerprint() const
    {
        return probe::knownhosts::sha256Fingerprint(QByteArray::fromBase64(m_sshd.hostPublicKey().section(QLatin1Char(' '), 1).toLatin1()));
    }
    QString uri(const QString &knownHostsFile = {}) const
    {
        QUrl url;
        url.setScheme(QStringLiteral("qemu+libssh"));
        url.setUserName(m_sshd.userName());
        url.setHost(m_sshd.host());
        url.setPort(m_sshd.port());
        url.setPath(QStringLiteral("/system"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("known_hosts"), knownHostsFile.isEmpty() ? knownHosts() : knownHostsFile);
        q.addQueryItem(QStringLiteral("keyfile"), keyFile());
        url.setQuery(q);
        return url.toString(QUrl::FullyEncoded);
    }

    SshdFixture m_sshd;
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/vdeck-guiprobe-XXXXXX")};
};

VDECK_TEST_MAIN(TestHostProbeCapture)
#include "tst_hostprobecapture.moc"
