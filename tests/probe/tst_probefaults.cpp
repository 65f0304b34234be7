// Faults during an ssh probe (issue #10): sshd and the host's session processes killed while a
// probe command is running -> HostProbe returns a clear error within 5 s, no facts, no crash;
// once sshd is back, the next probe of the same host (same key) reads every fact.
// (A hung remote command timing out is tst_hostprobe's hungProbeTimesOutAndOthersStillRun.)
#include "faketree.h"
#include "sshdfixture.h"
#include "testmain.h"

#include "probe/hostprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace probe;

namespace {
// Every process below pid (children first in the list's tail), read from /proc.
QList<qint64> descendants(qint64 pid)
{
    QMultiHash<qint64, qint64> children;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 child = entry.toLongLong(&number);
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!number || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses; the last ')' ends it.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            children.insert(fields.at(1).toLongLong(), child);
    }
    QList<qint64> out;
    QList<qint64> queue{pid};
    while (!queue.isEmpty()) {
        const qint64 p = queue.takeFirst();
        for (qint64 c : children.values(p)) {
            out.append(c);
            queue.append(c);
        }
    }
    return out;
}
}

class TestProbeFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sshd.start(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void sshdKilledDuringAProbe()
    {
        // meminfo is a FIFO nobody writes: the probe's cat blocks on the host until it is killed.
        const QString root = m_dir.path() + QStringLiteral("/hung");
        QVERIFY(faketree::write(root, QStringLiteral("proc/cmdline"), "quiet\n"));
        QCOMPARE(::mkfifo(QFile::encodeName(root + QStringLiteral("/proc/meminfo")).constData(), 0600), 0);

        SshTarget t;
        t.user = m_sshd.userName();
        t.host = m_sshd.host();
        t.port = m_sshd.port();
        t.identityFiles = {m_sshd.userKeyPath()};
        t.useDefaultIdentities = false;
        t.useAgent = false;
        t.userKnownHostsFile = m_sshd.writeKnownHostsFile();
        t.vdeckKnownHostsFile = m_dir.path() + QStringLiteral("/vdeck_known_hosts");
        // A 60 s probe timeout: only the lost connection can end the run in time.
        HostProbe probe(t, {root, {Probe::Cmdline, Probe::MemInfo, Probe::Kernel}, 60000});
        NoPrompt nobody;
        QFuture<std::optional<hostfacts::HostFacts>> run = QtConcurrent::run([&probe, &nobody] { return probe.run(nobody); });

        // Wait until the host runs the probe's cat on the FIFO, under the fixture's sshd.
        QTRY_VERIFY_WITH_TIMEOUT(hungCatRunning(), 20000);
        QVERIFY(!run.isFinished());
        const QList<qint64> sessions = descendants(m_sshd.pid());
        QElapsedTimer sinceKill;
        sinceKill.start();
        ::kill(pid_t(m_sshd.pid()), SIGKILL);
        for (qint64 pid : sessions)
            ::kill(pid_t(pid), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 10000);
        const qint64 ms = sinceKill.elapsed();
        qInfo("probe ended %lld ms after sshd and its %lld session processes were killed", ms, qint64(sessions.size()));
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
        QVERIFY(!run.result()); // nothing half-read is returned as facts
        QVERIFY2(probe.error().contains(QStringLiteral("lost the connection to %1").arg(t.display()))
                     && probe.error().contains(QLatin1String("meminfo")),
                 qPrintable(probe.error()));

        // sshd back (same port, same host key): the next probe reads the host whole.
        QString error;
        QVERIFY2(m_sshd.restart(&error), qPrintable(error));
        const QString healthy = m_dir.path() + QStringLiteral("/healthy");
        QVERIFY(faketree::write(healthy, QStringLiteral("proc/cmdline"), "quiet intel_iommu=on\n"));
        QVERIFY(faketree::write(healthy, QStringLiteral("proc/meminfo"), "MemTotal:       16303412 kB\nHugepagesize:       2048 kB\n"));
        HostProbe again(t, {healthy, {Probe::Cmdline, Probe::MemInfo, Probe::Kernel}, 20000});
        const std::optional<hostfacts::HostFacts> facts = again.run(nobody);
        QVERIFY2(facts, qPrintable(again.error()));
        QCOMPARE(facts->kernel().cmdline, QStringLiteral("quiet intel_iommu=on"));
        QCOMPARE(facts->meminfo().value(QStringLiteral("MemTotal")), 16303412);
        m_sshd.stop();
    }

private:
    bool hungCatRunning() const
    {
        for (qint64 pid : descendants(m_sshd.pid())) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("meminfo"))
                return true;
        }
        return false;
    }

    SshdFixture m_sshd;
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/vdeck-faults-XXXXXX")};
};

VDECK_TEST_MAIN(TestProbeFaults)
#include "tst_probefaults.moc"
