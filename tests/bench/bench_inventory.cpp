// Inventory speed on a generated host (tools/gen-demo-host.py --devices N):
//  1. parse + graph build per device (target: under 20 us per device);
//  2. `vdeckctl inventory --connect test:///...` next to `virsh nodedev-list` plus a serial
//     `nodedev-dumpxml` of every device in one virsh process, same file, same run, as a ratio.
// Usage: bench_inventory [--devices N] [--rounds R]     (see docs/PERFORMANCE.md)
#include "inventory/devicegraph.h"
#include "inventory/nodedeviceparser.h"
#include "inventory/snapshotfile.h"
#include "processutil.h"
#include "testpaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace inventory;

namespace {

double parseAndBuildMicrosPerDevice(const HostSnapshot &snapshot, int rounds)
{
    QStringList xmls;
    for (const GraphNode &n : snapshot.graph().nodes())
        xmls.append(n.device.rawXml);
    QElapsedTimer t;
    t.start();
    int size = 0;
    for (int r = 0; r < rounds; ++r) {
        QList<Device> devices;
        devices.reserve(xmls.size());
        for (const QString &x : xmls)
            devices.append(parseNodeDevice(x));
        size += DeviceGraph(std::move(devices)).size();
    }
    return double(t.nsecsElapsed()) / 1000.0 / double(size);
}

double timed(const QString &program, const QStringList &args, bool *ok)
{
    QElapsedTimer t;
    t.start();
    const ProcessResult r = runProcess(program, args, 600000);
    *ok = r.exitCode == 0;
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("devices"), QStringLiteral("extra VFs on the generated host (default 5000)"), QStringLiteral("N"), QStringLiteral("5000")});
    p.addOption({QStringLiteral("rounds"), QStringLiteral("parse rounds (default 5)"), QStringLiteral("R"), QStringLiteral("5")});
    p.process(app);
    QTextStream out(stdout);

    QTemporaryDir dir;
    const ProcessResult gen = runProcess(QStringLiteral("python3"), {testpaths::sourceFile(QStringLiteral("tools/gen-demo-host.py")),
                                                                      QStringLiteral("--out-dir"), dir.path(), QStringLiteral("--devices"),
                                                                      p.value(QStringLiteral("devices"))});
    if (gen.exitCode != 0) {
        out << "cannot generate the host: " << gen.err << '\n';
        return 1;
    }
    HostSnapshot snapshot;
    QString error;
    if (!snapshotfile::load(dir.filePath(QStringLiteral("demo.vdeckhost")), &snapshot, &error)) {
        out << error << '\n';
        return 1;
    }
    const int devices = snapshot.graph().size();
    out << "host: " << devices << " devices\n";
    out << "parse + graph build: " << QString::number(parseAndBuildMicrosPerDevice(snapshot, p.value(QStringLiteral("rounds")).toInt()), 'f', 2)
        << " us per device (target < 20)\n";
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
    const double virsh = timed(QStringLiteral("virsh"), {QStringLiteral("-q"), QStringLiteral("-c"), uri, commands.join(QStringLiteral(" ; "))}, &ok2);
    out << "vdeckctl inventory --json: " << QString::number(vdeck, 'f', 3) << " s" << (ok1 ? "" : " (FAILED)") << '\n'
        << "virsh nodedev-list + serial nodedev-dumpxml: " << QString::number(virsh, 'f', 3) << " s" << (ok2 ? "" : " (FAILED)") << '\n'
        << "ratio vdeckctl / virsh: " << QString::number(vdeck / virsh, 'f', 2) << '\n';
    return ok1 && ok2 ? 0 : 1;
}
