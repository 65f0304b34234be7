// GUI responsiveness on a large host, in the real MainWindow (offscreen):
//  1. a stall probe (a 5 ms timer recording the longest gap of the GUI event loop) while a
//     generated host (tools/gen-demo-host.py --devices N, default 20,000) loads as a snapshot
//     file (--source snapshot: read and parsed on the thread pool) or through a test-driver
//     connection (--source testdriver, a real HostSession; libvirt's test driver reads files of up
//     to 10 MiB, about 10,000 devices), and while node-device events stream in (a VF rebound, a
//     VF added, that VF removed, in turn; one every --event-interval ms) through the session, or
//     for a snapshot the same way (graph rebuilt on the thread pool, then HostManager's
//     snapshotChanged). Target: max stall < 50 ms.
//  2. flavor edits on that host (hw:pmu toggled on the example vdpa.hugepage.4c8g flavor): from
//     FlavorDocument::editCurrent() until the findings and the XML preview show the new result,
//     then including the repaint. Target: median < 2 ms, worst < 10 ms.
// With --slowest N each phase also lists its N slowest event deliveries on the GUI thread (CPU
// time, event type, receiver): what the longest stall was made of.
// Usage: bench_gui [--devices N] [--source snapshot|testdriver] [--events E] [--event-interval MS] [--edits K] [--slowest N]
#include "generatedhost.h"
#include "testmain.h"
#include "core/settings.h"
#include "document/flavordocument.h"
#include "hosts/hostmanager.h"
#include "inventory/nodedeviceparser.h"
#include "itemmodels/devicetreemodel.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/hostlistmodel.h"
#include "hosts/hostregistry.h"
#include "mainwindow.h"
#include "pages/devicespage.h"
#include "pages/findingspage.h"
#include "pages/hostspage.h"
#include "processutil.h"
#include "stallprobe.h"
#include "timedapplication.h"
#include "testpaths.h"
#include "widgets/xmlpreviewpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace inventory;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

QString msText(QList<qint64> ns)
{
    if (ns.isEmpty())
        return QStringLiteral("none");
    std::sort(ns.begin(), ns.end());
    return QStringLiteral("median %1 ms, p90 %2, worst %3")
        .arg(double(ns.at(ns.size() / 2)) / 1e6, 0, 'f', 3)
        .arg(double(ns.at(ns.size() * 9 / 10)) / 1e6, 0, 'f', 3)
        .arg(double(ns.constLast()) / 1e6, 0, 'f', 3);
}

QString probeText(const StallProbe &p)
{
    return QStringLiteral("max stall %1 ms (GUI-thread CPU in it %2 ms; most CPU between two ticks %3 ms; %4 ticks)")
        .arg(p.maxGapMs(), 0, 'f', 1)
        .arg(p.maxGapCpuMs(), 0, 'f', 1)
        .arg(p.maxCpuMs(), 0, 'f', 1)
        .arg(p.ticks());
}

// Event i: a VF rebound (odd: vfio-pci), a VF added, that VF removed, in turn.
std::pair<QList<Device>, QStringList> event(const GraphNode &vf, int i)
{
    const QString added = QStringLiteral("pci_0001_00_%1_%2").arg((i / 3) / 8, 2, 16, QLatin1Char('0')).arg((i / 3) % 8);
    QString xml = vf.device.rawXml;
    switch (i % 3) {
    case 0:
        if ((i / 3) % 2)
            xml.replace(QStringLiteral("<name>mlx5_core</name>"), QStringLiteral("<name>vfio-pci</name>"));
        return {{parseNodeDevice(xml)}, {}};
    case 1:
        xml.replace(vf.name(), added);
        xml.replace(QStringLiteral("<domain>0</domain>"), QStringLiteral("<domain>1</domain>"));
        return {{parseNodeDevice(xml)}, {}};
    default:
        return {{}, {added}};
    }
}

} // namespace

int main(int argc, char **argv)
{
    VDECK_TEST_PREPARE_ENV(); // as the tests: offscreen, Qt's own event dispatcher
    TimedApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("devices"), QStringLiteral("extra VFs on the generated host (default 20000)"), QStringLiteral("N"), QStringLiteral("20000")});
    p.addOption({QStringLiteral("events"), QStringLiteral("node-device events streamed in (default 150)"), QStringLiteral("E"), QStringLiteral("150")});
    p.addOption({QStringLiteral("event-interval"), QStringLiteral("ms between events (default 20)"), QStringLiteral("MS"), QStringLiteral("20")});
    p.addOption({QStringLiteral("source"), QStringLiteral("snapshot (default) or testdriver (up to ~10,000 devices)"), QStringLiteral("S"), QStringLiteral("snapshot")});
    p.addOption({QStringLiteral("edits"), QStringLiteral("flavor edits (default 200)"), QStringLiteral("K"), QStringLiteral("200")});
    p.addOption({QStringLiteral("slowest"), QStringLiteral("list each phase's N slowest event deliveries (default 0)"), QStringLiteral("N"), QStringLiteral("0")});
    p.process(app);
    QTextStream out(stdout);

    QTemporaryDir dir;
    QString generateError;
    if (!generateHost(dir.path(), p.value(QStringLiteral("devices")), &generateError)) {
        out << generateError << '\n';
        return 1;
    }
    Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
    MainWindow window(AppMode::Operator, &settings);
    window.resize(1600, 1000);
    window.show();
    window.showPage(QStringLiteral("devices"));
    auto *devices = window.devicesPage();
    QCoreApplication::processEvents();

    // 1a. Load: connect, capture on the session's threads, fill the devices page.
    const int slowest = p.value(QStringLiteral("slowest")).toInt();
    app.keepSlowest(slowest);
    StallProbe probe;
    probe.start();
    QElapsedTimer load;
    load.start();
    // libvirt's test driver reads files of up to 10 MiB: larger hosts load as snapshot files
    // (HostManager::openSnapshotFile: read and parsed on the thread pool, then shown).
    const bool live = p.value(QStringLiteral("source")) == QLatin1String("testdriver");
    QString id;
    hosts::HostSession *session = nullptr;
    if (live) {
        const QString uri = QStringLiteral("test://") + dir.filePath(QStringLiteral("demo-testdriver.xml"));
        id = window.hostManager()->connectHost(SavedHost{QStringLiteral("large"), uri, false, {}}, false);
        session = window.hostManager()->session(id);
    } else {
        const QString path = dir.filePath(QStringLiteral("demo.vdeckhost"));
        id = hosts::HostManager::snapshotId(path);
        window.hostManager()->openSnapshotFile(path, QStringLiteral("large"));
        waitFor([&] { return window.hostRegistry()->entry(id) != nullptr; }, 300000);
    }
    window.hostsPage()->selectHost(id);
    if (!waitFor([&] { return devices->model()->snapshot().graph().size() > 0; }, 300000)) {
        out << "the host did not load" << (session ? QStringLiteral(": ") + session->stateReason() : QString()) << '\n';
        return 1;
    }
    const qint64 loadMs = load.elapsed();
    QCoreApplication::processEvents();
    const int size = devices->model()->snapshot().graph().size();
    out << "host: " << size << " devices, " << (live ? "a test-driver connection (no vDPA)" : "a snapshot file") << '\n'
        << "load to the devices page filled: " << loadMs << " ms; " << probeText(probe) << '\n';
    app.printSlowest(out);
    out.flush();

    // 1b. Events streaming in, applied through the session as libvirt's callbacks would.
    const GraphNode *vf = devices->model()->snapshot().graph().node(QStringLiteral("pci_0000_17_00_3"));
    if (!vf) {
        out << "no VF pci_0000_17_00_3 on the generated host\n";
        return 1;
    }
    const GraphNode vfCopy = *vf;
    QList<qint64> eventNs;
    QElapsedTimer sent;
    QObject::connect(window.hostRegistry(), &hosts::HostRegistry::snapshotChanged, &app, [&] { eventNs.append(sent.nsecsElapsed()); });
    const int events = p.value(QStringLiteral("events")).toInt();
    int resets = 0;
    QObject::connect(devices->model(), &QAbstractItemModel::modelReset, &app, [&resets] { ++resets; });
    inventory::HostSnapshot current = devices->model()->snapshot();
    probe.reset();
    app.keepSlowest(slowest);
    for (int i = 0; i < events; ++i) {
        const auto [upserts, removed] = event(vfCopy, i);
        sent.start();
        const qsizetype before = eventNs.size();
        if (session) {
            session->applyDeviceEvents(upserts, removed); // as libvirt's callbacks do
        } else {
            // A snapshot has no session: the same delivery as HostSession's (the graph rebuilt on
            // the thread pool), then what HostManager does with a session's new snapshot.
            QtConcurrent::run([g = current.graph(), upserts, removed] { return g.withChanges(upserts, removed); })
                .then(&app, [&](const inventory::DeviceGraph &graph) {
                    current = current.withGraph(graph);
                    window.hostRegistry()->setSnapshot(id, current);
                });
        }
        if (!waitFor([&] { return eventNs.size() > before; }, 10000)) {
            out << "event " << i << " was not applied\n";
            return 1;
        }
        waitFor([] { return false; }, p.value(QStringLiteral("event-interval")).toInt());
    }
    out << events << " node-device events, one every " << p.value(QStringLiteral("event-interval")) << " ms, " << resets
        << " tree resets: " << probeText(probe) << "\n  event to devices page updated: " << msText(eventNs) << '\n';
    app.printSlowest(out);
    out.flush();

    // 2. Flavor edits on that host.
    const QString failure = window.openFlavorLibrary(testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors")),
                                                     QStringLiteral("vdpa.hugepage.4c8g"));
    if (!failure.isEmpty()) {
        out << failure << '\n';
        return 1;
    }
    window.showPage(QStringLiteral("flavors"));
    QCoreApplication::processEvents();
    auto *panel = window.findChild<XmlPreviewPanel *>();
    auto *findings = window.findingsPage();
    FlavorDocument *doc = window.flavorDocument();
    QList<qint64> editNs, paintedNs;
    int changedDocs = 0;
    probe.reset();
    app.keepSlowest(slowest);
    for (int i = 0; i < p.value(QStringLiteral("edits")).toInt(); ++i) {
        const QString before = panel->document();
        QElapsedTimer t;
        t.start();
        doc->editCurrent(QStringLiteral("pmu"), [i](flavors::Flavor &f) { f.extraSpecs.set(QStringLiteral("hw:pmu"), i % 2 ? QStringLiteral("true") : QStringLiteral("false")); });
        editNs.append(t.nsecsElapsed());
        window.repaint();
        paintedNs.append(t.nsecsElapsed());
        changedDocs += panel->document() != before ? 1 : 0;
        QCoreApplication::processEvents();
    }
    out << editNs.size() << " flavor edits (" << changedDocs << " changed the document; " << findings->model()->rowCount() << " findings shown):\n"
        << "  edit to findings and XML updated: " << msText(editNs) << " (target median < 2, worst < 10)\n"
        << "  the same plus repainting the window: " << msText(paintedNs) << "\n  " << probeText(probe) << '\n';
    app.printSlowest(out);
    return resets == 0 && changedDocs > 0 ? 0 : 1;
}
