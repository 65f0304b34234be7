// Device tree speed on a generated host (tools/gen-demo-host.py --devices N, default 20,000):
//  1. populating DeviceTreeModel behind DeviceFilterProxy and walking every row (what an expanded
//     view asks for), then filtering by text, kind and NUMA node (target: under 100 ms);
//  2. node-device events on that host: the graph rebuilt with the change, the tree updated in
//     place (rows inserted, removed or changed; no reset).
// Usage: bench_devicetree [--devices N] [--rounds R] [--events E]     (see docs/PERFORMANCE.md)
#include "generatedhost.h"
#include "testmain.h"
#include "inventory/nodedeviceparser.h"
#include "inventory/snapshotfile.h"
#include "itemmodels/devicefilterproxy.h"
#include "itemmodels/devicetreemodel.h"
#include "processutil.h"
#include "testpaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace inventory;

namespace {

int walk(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    int rows = m.rowCount(parent);
    for (int r = 0, n = rows; r < n; ++r)
        rows += walk(m, m.index(r, 0, parent));
    return rows;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Wall time and this thread's CPU time (on a loaded machine the wall time is mostly waiting).
struct Stats
{
    QList<qint64> ns, cpu;
    QString text() const
    {
        QList<qint64> s = ns, c = cpu;
        std::sort(s.begin(), s.end());
        std::sort(c.begin(), c.end());
        return QStringLiteral("median %1 ms, min %2, max %3; CPU median %4 ms, max %5")
            .arg(ms(s.at(s.size() / 2)), 0, 'f', 2)
            .arg(ms(s.constFirst()), 0, 'f', 2)
            .arg(ms(s.constLast()), 0, 'f', 2)
            .arg(ms(c.at(c.size() / 2)), 0, 'f', 2)
            .arg(ms(c.constLast()), 0, 'f', 2);
    }
};

struct Lap
{
    QElapsedTimer wall;
    qint64 cpu0 = threadCpuNs();
    Lap() { wall.start(); }
    void into(Stats &s)
    {
        s.ns.append(wall.nsecsElapsed());
        s.cpu.append(threadCpuNs() - cpu0);
        wall.restart();
        cpu0 = threadCpuNs();
    }
};

// The i-th extra VF of the first ConnectX PF, bound to another driver (an update event).
Device rebound(const GraphNode &vf, int i)
{
    QString xml = vf.device.rawXml;
    xml.replace(QStringLiteral("<name>mlx5_core</name>"), i % 2 ? QStringLiteral("<name>vfio-pci</name>") : QStringLiteral("<name>mlx5_core</name>"));
    return parseNodeDevice(xml);
}

// A VF that is not on the host yet (an add event), made from an existing one.
Device fresh(const GraphNode &vf, int i)
{
    QString xml = vf.device.rawXml;
    const QString name = QStringLiteral("pci_0001_00_%1_%2").arg(i / 8, 2, 16, QLatin1Char('0')).arg(i % 8);
    xml.replace(vf.name(), name);
    xml.replace(QStringLiteral("<domain>0</domain>"), QStringLiteral("<domain>1</domain>"));
    return parseNodeDevice(xml);
}

} // namespace

int main(int argc, char **argv)
{
    VDECK_TEST_PREPARE_ENV(); // as the tests: offscreen, Qt's own event dispatcher
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("devices"), QStringLiteral("extra VFs on the generated host (default 20000)"), QStringLiteral("N"), QStringLiteral("20000")});
    p.addOption({QStringLiteral("rounds"), QStringLiteral("populate and filter rounds (default 5)"), QStringLiteral("R"), QStringLiteral("5")});
    p.addOption({QStringLiteral("events"), QStringLiteral("node-device events applied (default 60)"), QStringLiteral("E"), QStringLiteral("60")});
    p.process(app);
    QTextStream out(stdout);

    QTemporaryDir dir;
    HostSnapshot snapshot;
    QString error;
    if (!generateHost(dir.path(), p.value(QStringLiteral("devices")), &error)
        || !snapshotfile::load(dir.filePath(QStringLiteral("demo.vdeckhost")), &snapshot, &error)) {
        out << error << '\n';
        return 1;
    }
    out << "host: " << snapshot.graph().size() << " devices\n";

    Stats populate, text, kind, numa, total;
    int rows = 0, shown = 0;
    for (int r = 0; r < std::max(1, p.value(QStringLiteral("rounds")).toInt()); ++r) {
        DeviceTreeModel model;
        DeviceFilterProxy proxy;
        proxy.setSourceModel(&model);
        Lap t;
        model.setSnapshot(snapshot);
        rows = walk(proxy);
        t.into(populate);
        proxy.setText(QStringLiteral("ens5f0"));
        shown = walk(proxy);
        t.into(text);
        proxy.setText(QString());
        proxy.setKind(DeviceKind::Vf);
        shown += walk(proxy);
        t.into(kind);
        proxy.setKind(std::nullopt);
        proxy.setNumaNode(1);
        shown += walk(proxy);
        t.into(numa);
        total.ns.append(populate.ns.constLast() + text.ns.constLast() + kind.ns.constLast() + numa.ns.constLast());
        total.cpu.append(populate.cpu.constLast() + text.cpu.constLast() + kind.cpu.constLast() + numa.cpu.constLast());
    }
    out << "populate (" << rows << " rows, every row walked through the proxy): " << populate.text() << '\n'
        << "filter by text: " << text.text() << '\n'
        << "filter by kind (vf): " << kind.text() << '\n'
        << "filter by NUMA node: " << numa.text() << '\n'
        << "populate + three filters: " << total.text() << " (target < 100 ms)\n";
    out.flush();

    // Events: a VF rebound, a VF added, that VF removed, in turn; each on the previous state.
    DeviceTreeModel model;
    DeviceFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setSnapshot(snapshot);
    walk(proxy);
    const GraphNode *vf = snapshot.graph().node(QStringLiteral("pci_0000_17_00_2"));
    Stats graphNs, modelNs;
    HostSnapshot current = snapshot;
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    const int events = std::max(3, p.value(QStringLiteral("events")).toInt());
    for (int i = 0; i < events; ++i) {
        Lap t;
        DeviceGraph g;
        switch (i % 3) {
        case 0: g = current.graph().withDevice(rebound(*vf, i)); break;
        case 1: g = current.graph().withDevice(fresh(*vf, i)); break;
        default: g = current.graph().withoutDevice(fresh(*vf, i - 1).name); break;
        }
        current = current.withGraph(g);
        t.into(graphNs);
        model.updateSnapshot(current);
        t.into(modelNs);
    }
    out << events << " node-device events (rebind, add, remove in turn), " << resets << " resets:\n"
        << "  graph rebuilt with the change: " << graphNs.text() << '\n'
        << "  tree updated in place: " << modelNs.text() << '\n';
    return resets == 0 && shown > 0 ? 0 : 1;
}
