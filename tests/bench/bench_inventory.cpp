// Inventory speed on a generated host (tools/gen-demo-host.py --devices N):
//  1. parse + graph build per device (target: under 20 us per device), the same with the devices
//     parsed on every core, and opening the host as a snapshot file (its devices parsed on every
//     core);
//  2. `vdeckctl inventory --connect test:///...` next to `virsh nodedev-list` plus a serial
//     `nodedev-dumpxml` of every device in one virsh process, same file, same run, as a ratio.
// Usage: bench_inventory [--devices N] [--rounds R]     (see docs/PERFORMANCE.md)
#include "generatedhost.h"
#include "testmain.h"
#include "inventory/devicegraph.h"
#include "inventory/nodedeviceparser.h"
#include "inventory/snapshotfile.h"
#include "processutil.h"
#include "testpaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <QTextStream>
#include <QXmlStreamReader>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <limits>
#include <malloc.h>
#include <time.h>

using namespace inventory;

namespace {

struct ParseTimes
{
    double tokenize = 0; // QXmlStreamReader alone, us per device: the floor for any parser on it
    double parse = 0;    // us per device
    double build = 0;
    double cpuParseBuild = 0; // the thread's CPU time for parse + build, us per device
};

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 heapBytes()
{
    return qint64(mallinfo2().uordblks);
}

// The host's device documents as libvirt gave them.
QStringList rawXmls(const HostSnapshot &snapshot)
{
    QStringList xmls;
    for (const GraphNode &n : snapshot.graph().nodes())
        xmls.append(n.device.rawXml);
    return xmls;
}

ParseTimes parseAndBuildMicrosPerDevice(const HostSnapshot &snapshot, int rounds)
{
    const QStringList xmls = rawXmls(snapshot);
    qint64 tokenizeNs = 0, parseNs = 0, buildNs = 0, cpuNs = 0;
    int size = 0;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        qint64 tokens = 0;
        for (const QString &x : xmls) {
            QXmlStreamReader reader(x);
            while (!reader.atEnd())
                tokens += reader.readNext();
        }
        tokenizeNs += t.nsecsElapsed();
        if (tokens == 0)
            return {};
        t.restart();
        const qint64 cpu0 = threadCpuNs();
        QList<Device> devices;
        devices.reserve(xmls.size());
        for (const QString &x : xmls)
            devices.append(parseNodeDevice(x));
        parseNs += t.nsecsElapsed();
        t.restart();
        size += DeviceGraph(std::move(devices)).size();
        buildNs += t.nsecsElapsed();
        cpuNs += threadCpuNs() - cpu0;
    }
    const double perDevice = 1000.0 * double(size);
    return {double(tokenizeNs) / perDevice, double(parseNs) / perDevice, double(buildNs) / perDevice, double(cpuNs) / perDevice};
}

// As vDeck parses a host (a live capture on its fetch threads, a snapshot file of 512 devices or
// more with QtConcurrent::blockingMapped): the documents parsed on every core, then the graph.
// Wall time per device, median of the rounds.
double parallelParseAndBuildMicrosPerDevice(const HostSnapshot &snapshot, int rounds)
{
    const QStringList xmls = rawXmls(snapshot);
    QList<double> perDevice;
    for (int r = 0; r < std::max(1, rounds); ++r) {
        QElapsedTimer t;
        t.start();
        QList<Device> devices = QtConcurrent::blockingMapped<QList<Device>>(xmls, [](const QString &x) { return parseNodeDevice(x); });
        const int size = DeviceGraph(std::move(devices)).size();
        perDevice.append(double(t.nsecsElapsed()) / 1000.0 / size);
    }
    std::sort(perDevice.begin(), perDevice.end());
    return perDevice.at(perDevice.size() / 2);
}

double timed(const QString &program, const QStringList &args, bool *ok, const QByteArray &input = {})
{
    QElapsedTimer t;
    t.start();
    const ProcessResult r = runProcess(program, args, 600000, QProcessEnvironment::systemEnvironment(), input);
    *ok = r.exitCode == 0;
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    VDECK_TEST_PREPARE_ENV(); // as the tests: offscreen, Qt's own event dispatcher
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("devices"), QStringLiteral("extra VFs on the generated host (default 5000)"), QStringLiteral("N"), QStringLiteral("5000")});
    p.addOption({QStringLiteral("rounds"), QStringLiteral("parse rounds (default 5)"), QStringLiteral("R"), QStringLiteral("5")});
    p.process(app);
    QTextStream out(stdout);

    QTemporaryDir dir;
    QString generateError;
    if (!generateHost(dir.path(), p.value(QStringLiteral("devices")), &generateError)) {
        out << generateError << '\n';
        return 1;
    }
    HostSnapshot snapshot;
    QString error;
    malloc_trim(0);
    const qint64 heapBefore = heapBytes();
    if (!snapshotfile::load(dir.filePath(QStringLiteral("demo.vdeckhost")), &snapshot, &error)) {
        out << error << '\n';
        return 1;
    }
    const qint64 heapHeld = heapBytes() - heapBefore;
    const int devices = snapshot.graph().size();
    qint64 xmlBytes = 0;
    for (const GraphNode &n : snapshot.graph().nodes())
        xmlBytes += n.device.rawXml.size() * qint64(sizeof(QChar));
    out << "host: " << devices << " devices\n"
        << "memory: the loaded snapshot holds " << QString::number(double(heapHeld) / devices / 1024.0, 'f', 2)
        << " KiB of heap per device (target < 4), of which the raw XML " << QString::number(double(xmlBytes) / devices / 1024.0, 'f', 2)
        << " KiB\n";
    const ParseTimes times = parseAndBuildMicrosPerDevice(snapshot, p.value(QStringLiteral("rounds")).toInt());
    out << "parse + graph build: " << QString::number(times.parse + times.build, 'f', 2) << " us per device (target < 20; parse "
        << QString::number(times.parse, 'f', 2) << ", graph " << QString::number(times.build, 'f', 2)
        << "; QXmlStreamReader tokenizing alone " << QString::number(times.tokenize, 'f', 2) << "); thread CPU time for parse + graph "
        << QString::number(times.cpuParseBuild, 'f', 2) << " us per device\n";
    out << "parse on every core (" << QThread::idealThreadCount() << " threads, as vDeck parses a host) + graph build: "
        << QString::number(parallelParseAndBuildMicrosPerDevice(snapshot, p.value(QStringLiteral("rounds")).toInt()), 'f', 2)
        << " us per device of wall time (median of the rounds)\n";
    // The same host as a snapshot file is opened: JSON read, the devices parsed on every core
    // (QThread::idealThreadCount()), the graph built; best of --rounds, wall time.
    qint64 bestLoadNs = std::numeric_limits<qint64>::max();
    for (int r = 0; r < std::max(1, p.value(QStringLiteral("rounds")).toInt()); ++r) {
        HostSnapshot again;
        QElapsedTimer t;
        t.start();
        if (!snapshotfile::load(dir.filePath(QStringLiteral("demo.vdeckhost")), &again, &error)) {
            out << error << '\n';
            return 1;
        }
        bestLoadNs = std::min(bestLoadNs, t.nsecsElapsed());
    }
    out << "snapshot file opened (JSON, parse on " << QThread::idealThreadCount() << " threads, graph): "
        << QString::number(double(bestLoadNs) / 1e6, 'f', 1) << " ms, " << QString::number(double(bestLoadNs) / 1e3 / devices, 'f', 2)
        << " us per device\n";
    out.flush();

    const QString uri = QStringLiteral("test://") + dir.filePath(QStringLiteral("demo-testdriver.xml"));
    bool ok1 = false, ok2 = false;
    const double vdeck = timed(testpaths::binary(QStringLiteral("vdeckctl")), {QStringLiteral("inventory"), QStringLiteral("--connect"), uri,
                                                                            QStringLiteral("--json")}, &ok1);
    QStringList commands{QStringLiteral("nodedev-list")};
    for (const GraphNode &n : snapshot.graph().nodes()) {
        if (!n.device.isVdpa())
            commands << QStringLiteral("nodedev-dumpxml ") + n.name();
    }
    // One virsh process reading its commands from stdin (5,000 commands exceed one argv string).
    const double virsh = timed(QStringLiteral("virsh"), {QStringLiteral("-q"), QStringLiteral("-c"), uri}, &ok2,
                               commands.join(QLatin1Char('\n')).toUtf8() + "\nquit\n");
    out << "vdeckctl inventory --json: " << QString::number(vdeck, 'f', 3) << " s" << (ok1 ? "" : " (FAILED)") << '\n'
        << "virsh nodedev-list + serial nodedev-dumpxml: " << QString::number(virsh, 'f', 3) << " s" << (ok2 ? "" : " (FAILED)") << '\n'
        << "ratio vdeckctl / virsh: " << QString::number(vdeck / virsh, 'f', 2) << '\n';
    return ok1 && ok2 ? 0 : 1;
}
