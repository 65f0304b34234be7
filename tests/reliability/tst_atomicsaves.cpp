// Saves never lose what the user had: vdeckctl killed with SIGKILL in the middle of 1,000 saves
// leaves the library either old or new and complete; a save into a read-only or full
// directory fails with a clear message and leaves the original intact; malformed input is
// refused with its position and nothing is written.
#include "processutil.h"
#include "testmain.h"
#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <sys/stat.h>

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// An `openstack flavor show -f json` list of n flavors: large enough that a save takes a while.
QByteArray flavorList(int n, const QByteArray &tag)
{
    QByteArray json = "[";
    for (int i = 0; i < n; ++i) {
        json += (i ? "," : "") + QByteArray("{\"name\":\"") + tag + QByteArray::number(i)
              + "\",\"vcpus\":8,\"ram\":16384,\"disk\":40,\"properties\":{\"hw:cpu_policy\":\"dedicated\","
                "\"hw:mem_page_size\":\"1GB\",\"hw:numa_nodes\":\"2\",\"description\":\"" + QByteArray(200, 'x') + "\"}}";
    }
    return json + "]";
}

QString vdeckctl()
{
    return testpaths::binary(QStringLiteral("vdeckctl"));
}
}

class TestAtomicSaves : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(m_dir.filePath(QStringLiteral("a.json")), flavorList(400, "alpha-"));
        write(m_dir.filePath(QStringLiteral("b.json")), flavorList(400, "beta-"));
        // What a complete save of each looks like.
        for (const char *name : {"a", "b"}) {
            const QString out = m_dir.filePath(QStringLiteral("%1.vdeckflavors").arg(QLatin1String(name)));
            const ProcessResult r = runProcess(vdeckctl(), {QStringLiteral("import"), m_dir.filePath(QLatin1String(name) + QStringLiteral(".json")),
                                                            QStringLiteral("-o"), out});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        m_a = readAll(m_dir.filePath(QStringLiteral("a.vdeckflavors")));
        m_b = readAll(m_dir.filePath(QStringLiteral("b.vdeckflavors")));
        QVERIFY(m_a.size() > 100000 && m_b.size() > 100000 && m_a != m_b);
    }

    void killedDuringThousandSavesLeavesOldOrNew()
    {
        const QString library = m_dir.filePath(QStringLiteral("library.vdeckflavors"));
        write(library, m_a);
        QRandomGenerator rng(1121);
        int killedMidway = 0;
        for (int i = 0; i < 1000; ++i) {
            const QString source = m_dir.filePath(i % 2 ? QStringLiteral("a.json") : QStringLiteral("b.json"));
            QProcess p;
            p.start(vdeckctl(), {QStringLiteral("import"), source, QStringLiteral("-o"), library});
            QVERIFY(p.waitForStarted());
            QThread::usleep(rng.bounded(0, 40000));
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++killedMidway;
            }
            p.waitForFinished();
            const QByteArray now = readAll(library);
            QVERIFY2(now == m_a || now == m_b, qPrintable(QStringLiteral("trial %1: the library is neither the old nor the new version (%2 bytes)").arg(i).arg(now.size())));
        }
        qInfo("killed %d of 1000 saves while running", killedMidway);
        QVERIFY(killedMidway > 100);
    }

    void readOnlyDirectoryKeepsOriginal()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.vdeckflavors"));
        write(library, m_a);
        // Root ignores permission bits, so make the directory immutable for real: a read-only
        // bind mount of it in a private mount namespace.
        const ProcessResult r = runProcess(QStringLiteral("unshare"),
            {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("unchanged"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
             QStringLiteral("mount --make-rprivate / 2>/dev/null; mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && exec \"$2\" import \"$3\" -o \"$1/library.vdeckflavors\""),
             QStringLiteral("sh"), dir.path(), vdeckctl(), m_dir.filePath(QStringLiteral("b.json"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("library.vdeckflavors") && r.err.contains("vdeckctl import: "), r.err.constData());
        QCOMPARE(readAll(library), m_a);
    }

    void fullFilesystemKeepsOriginal()
    {
        QTemporaryDir dir;
        // A 64 KiB tmpfs holding the original library: the new version does not fit.
        const ProcessResult r = runProcess(QStringLiteral("unshare"),
            {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("unchanged"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
             QStringLiteral("mount --make-rprivate / 2>/dev/null; mount -t tmpfs -o size=64k tmpfs \"$1\" && printf 'original' > \"$1/library.vdeckflavors\" && "
                            "\"$2\" import \"$3\" -o \"$1/library.vdeckflavors\"; status=$?; cat \"$1/library.vdeckflavors\"; ls \"$1\" >&2; exit $status"),
             QStringLiteral("sh"), dir.path(), vdeckctl(), m_dir.filePath(QStringLiteral("b.json"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("vdeckctl import: ") && r.err.contains("library.vdeckflavors"), r.err.constData());
        QCOMPARE(r.out, QByteArray("original"));
        // No temporary file left behind next to it.
        QCOMPARE(r.err.count('\n') - r.err.left(r.err.indexOf("library.vdeckflavors\n")).count('\n'), 1);
    }

    void malformedInputWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("position");
        QTest::newRow("truncated") << flavorList(3, "t-").left(150) << QByteArray(":1:");
        QTest::newRow("bad json") << QByteArray("[\n{\"name\": \"x\",\n \"vcpus\": 2,,\n}]") << QByteArray(":3:");
        QTest::newRow("vcpus zero") << QByteArray("{\"name\":\"x\",\"vcpus\":0,\"ram\":512}") << QByteArray("vcpus and ram must be at least 1");
    }

    void malformedInputWritesNothing()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, position);
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in.json"));
        const QString out = dir.filePath(QStringLiteral("out.vdeckflavors"));
        write(in, input);
        const ProcessResult r = runProcess(vdeckctl(), {QStringLiteral("import"), in, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(in.toUtf8()) && r.err.contains(position), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_a;
    QByteArray m_b;
};

VDECK_TEST_MAIN(TestAtomicSaves)
#include "tst_atomicsaves.moc"
