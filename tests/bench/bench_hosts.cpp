// Many hosts at once in the real MainWindow (offscreen):
//  1. start to first window: from the process start (/proc/self/stat) to the main window's
//     first paint (target: under 1 s);
//  2. N hosts (default 100) opened together -- test-driver connections (each a HostSession with
//     its own thread and libvirt connection, capturing the bundled demo host) or snapshot files
//     (the demo host) -- until every one has its snapshot; the resident set size then
//     (target: under 300 MB).
// Usage: bench_hosts [--hosts N] [--kind testdriver|snapshot]     (see docs/PERFORMANCE.md)
#include "core/settings.h"
#include "testmain.h"
#include "hosts/hostmanager.h"
#include "itemmodels/hostlistmodel.h"
#include "hosts/hostregistry.h"
#include "mainwindow.h"
#include "stallprobe.h"
#include "testpaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QPaintEvent>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>
#include <unistd.h>

namespace {

// Milliseconds since this process started (its start time in /proc/self/stat, clock ticks
// since boot, against CLOCK_BOOTTIME).
double msSinceProcessStart()
{
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of stat(5)
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

qint64 statusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

class FirstPaint : public QObject
{
public:
    double at = -1;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && at < 0)
            at = msSinceProcessStart();
        return QObject::eventFilter(o, e);
    }
};

} // namespace

int main(int argc, char **argv)
{
    const double atMain = msSinceProcessStart();
    VDECK_TEST_PREPARE_ENV(); // as the tests: offscreen, Qt's own event dispatcher
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("hosts"), QStringLiteral("hosts opened at once (default 100)"), QStringLiteral("N"), QStringLiteral("100")});
    p.addOption({QStringLiteral("kind"), QStringLiteral("testdriver or snapshot (default testdriver)"), QStringLiteral("KIND"), QStringLiteral("testdriver")});
    p.process(app);
    QTextStream out(stdout);
    const bool snapshots = p.value(QStringLiteral("kind")) == QLatin1String("snapshot");
    const int count = p.value(QStringLiteral("hosts")).toInt();

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
    FirstPaint firstPaint;
    MainWindow window(AppMode::Operator, &settings);
    window.installEventFilter(&firstPaint);
    window.resize(1600, 1000);
    window.show();
    QElapsedTimer wait;
    wait.start();
    while (firstPaint.at < 0 && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    out << "start to first window: " << QString::number(firstPaint.at, 'f', 0) << " ms (main() reached at "
        << QString::number(atMain, 'f', 0) << " ms; target < 1000)\n";
    const qint64 rssEmpty = statusKiB("VmRSS:");

    // Every host needs a file of its own: a host is known by its URI or path.
    const QString source = testpaths::sourceFile(snapshots ? QStringLiteral("resources/demo/demo.vdeckhost")
                                                           : QStringLiteral("resources/demo/demo-testdriver.xml"));
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString path = dir.filePath(QStringLiteral("host%1.%2").arg(i).arg(snapshots ? QStringLiteral("vdeckhost") : QStringLiteral("xml")));
        if (!QFile::copy(source, path)) {
            out << "cannot copy " << source << " to " << path << '\n';
            return 1;
        }
        files << path;
    }
    QElapsedTimer t;
    t.start();
    hosts::HostManager *manager = window.hostManager();
    for (int i = 0; i < count; ++i) {
        if (snapshots)
            manager->openSnapshotFile(files.at(i), QStringLiteral("host %1").arg(i));
        else
            manager->connectHost(SavedHost{QStringLiteral("host %1").arg(i), QStringLiteral("test://") + files.at(i), true, {}}, false);
    }
    const qint64 startedMs = t.elapsed(); // one GUI-thread turn: every session made and started
    StallProbe probe;
    probe.start();
    const auto loaded = [&] {
        int n = 0;
        for (const hosts::HostEntry &e : window.hostRegistry()->entries())
            n += e.snapshot.isNull() ? 0 : 1;
        return n;
    };
    while (loaded() < count && t.elapsed() < 300000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 openMs = t.elapsed();
    QCoreApplication::processEvents();
    const qint64 rss = statusKiB("VmRSS:");
    out << loaded() << " of " << count << " hosts (" << (snapshots ? "snapshot files" : "test-driver connections") << ", "
        << window.hostRegistry()->entries().constFirst().snapshot.graph().size() << " devices each) open after " << openMs << " ms; "
        << "RSS " << rss / 1024 << " MB (" << rssEmpty / 1024 << " MB with no host; peak " << statusKiB("VmHWM:") / 1024
        << " MB; target < 300 MB)\n"
        << "starting them all (one GUI-thread turn): " << startedMs << " ms; while they load: max stall " << QString::number(probe.maxGapMs(), 'f', 1) << " ms (GUI-thread CPU in it "
        << QString::number(probe.maxGapCpuMs(), 'f', 1) << " ms)\n";
    return loaded() == count ? 0 : 1;
}
