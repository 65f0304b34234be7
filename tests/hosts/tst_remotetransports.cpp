// qemu+ssh:// and qemu+libssh:// through the sshd fixture to the daemon fixture, with the host
// key checked against a known_hosts file (never no_verify): a capture succeeds with the right
// key and is refused after the host key changed.
// Two stand-ins, both because of the build root, not of vDeck: the remote side has no netcat
// (package netcat-openbsd), so `netcat=` names data/unix-nc.py; and libvirt's ssh-binary
// transport has no known_hosts parameter, so `command=` names a wrapper that runs OpenSSH with
// StrictHostKeyChecking=yes against the fixture's known_hosts file (the libssh transport takes
// known_hosts= itself).
#include "hosts/hostcapture.h"
#include "libvirtdaemonfixture.h"
#include "sshdfixture.h"
#include "testmain.h"
#include "testpaths.h"

#include <QFile>

#include <QUrlQuery>

class TestRemoteTransports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_daemon.start(&error), qPrintable(error));
        QVERIFY2(m_sshd.start(&error), qPrintable(error));
        m_knownHosts = m_sshd.writeKnownHostsFile();
        m_sshWrapper = m_sshd.directory() + QStringLiteral("/strict-ssh");
        QFile w(m_sshWrapper);
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write("#!/bin/sh\nexec ssh -F /dev/null -o BatchMode=yes -o StrictHostKeyChecking=yes -o GlobalKnownHostsFile=/dev/null"
                " -o UserKnownHostsFile='" + m_knownHosts.toUtf8() + "' \"$@\"\n");
        w.close();
        QVERIFY(w.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void capture_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("ssh") << QStringLiteral("qemu+ssh");
        QTest::newRow("libssh") << QStringLiteral("qemu+libssh");
    }

    void capture()
    {
        QFETCH(QString, scheme);
        const hosts::CaptureResult r = hosts::captureUri({uri(scheme), true, {}});
        QVERIFY2(r.ok(), qPrintable(r.error + QStringLiteral("\n") + m_sshd.logTail()));
        QCOMPARE(r.snapshot.identity().hypervisorType, QStringLiteral("QEMU"));
        QVERIFY(!r.snapshot.capabilitiesXml().isEmpty());
    }

    void changedHostKeyIsRefused_data()
    {
        capture_data();
    }

    void changedHostKeyIsRefused()
    {
        QFETCH(QString, scheme);
        if (!m_keyChanged) {
            QString error;
            QVERIFY2(m_sshd.restartWithNewHostKey(&error), qPrintable(error));
            m_keyChanged = true;
        }
        const hosts::CaptureResult r = hosts::captureUri({uri(scheme), true, {}});
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QLatin1String("cannot connect to ")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("host key"), Qt::CaseInsensitive), qPrintable(r.error));
    }

private:
    QString uri(const QString &scheme) const
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("socket"), m_daemon.readOnlySocketPath());
        q.addQueryItem(QStringLiteral("keyfile"), m_sshd.userKeyPath());
        q.addQueryItem(QStringLiteral("known_hosts"), m_knownHosts);
        q.addQueryItem(QStringLiteral("no_tty"), QStringLiteral("1"));
        q.addQueryItem(QStringLiteral("netcat"), testpaths::sourceFile(QStringLiteral("tests/hosts/data/unix-nc.py")));
        if (scheme == QLatin1String("qemu+libssh"))
            q.addQueryItem(QStringLiteral("sshauth"), QStringLiteral("privkey"));
        else
            q.addQueryItem(QStringLiteral("command"), m_sshWrapper);
        return QStringLiteral("%1://%2@%3:%4/system?%5")
            .arg(scheme, m_sshd.userName(), m_sshd.host(), QString::number(m_sshd.port()), q.toString(QUrl::FullyEncoded));
    }

    LibvirtDaemonFixture m_daemon;
    SshdFixture m_sshd;
    QString m_knownHosts;
    QString m_sshWrapper;
    bool m_keyChanged = false;
};

VDECK_TEST_MAIN(TestRemoteTransports)
#include "tst_remotetransports.moc"
