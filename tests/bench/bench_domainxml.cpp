// Regenerating the domain XML and the findings after one edit, on the bundled demo host
// (target: median under 2 ms). Each round edits one extra spec of a full NFV flavor (pinning,
// 1G pages, locked memory, vIOMMU, vDPA + SR-IOV + macvtap ports) and runs domainxml::build,
// which re-runs the rules, the NUMA fit, the device picks and the XML writer.
// Usage: bench_domainxml [--rounds N] [--flavor NAME]     (see docs/PERFORMANCE.md)
#include "domainxml/builder.h"
#include "testmain.h"
#include "flavors/flavorfiles.h"
#include "inventory/snapshotfile.h"
#include "testpaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

int main(int argc, char **argv)
{
    VDECK_TEST_PREPARE_ENV(); // as the tests: offscreen, Qt's own event dispatcher
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("rounds"), QStringLiteral("edits to time (default 2000)"), QStringLiteral("N"), QStringLiteral("2000")});
    p.addOption({QStringLiteral("flavor"), QStringLiteral("corpus flavor (default nfv.full)"), QStringLiteral("NAME"), QStringLiteral("nfv.full")});
    p.process(app);
    QTextStream out(stdout);
    inventory::HostSnapshot host;
    QString error;
    if (!inventory::snapshotfile::load(testpaths::sourceFile(QStringLiteral("resources/demo/demo.vdeckhost")), &host, &error)) {
        out << error << '\n';
        return 2;
    }
    flavors::FileError fe;
    const auto lib = flavors::loadFlavorFile(testpaths::sourceFile(QStringLiteral("tests/domainxml/data/corpus-flavors.json")), &fe);
    const flavors::Flavor *base = lib ? lib->find(p.value(QStringLiteral("flavor"))) : nullptr;
    if (!base) {
        out << "no such flavor\n";
        return 2;
    }
    const QStringList edits{QStringLiteral("hw:pmu=false"), QStringLiteral("hw:mem_page_size=large"), QStringLiteral("hw:cpu_thread_policy=prefer"),
                            QStringLiteral("hw:emulator_threads_policy=isolate"), QStringLiteral("hw:locked_memory=false")};
    const domainxml::ComputeProfile profile;
    const int rounds = std::max(1, p.value(QStringLiteral("rounds")).toInt());
    QList<qint64> ns;
    ns.reserve(rounds);
    qsizetype bytes = 0;
    int built = 0;
    for (int i = 0; i < rounds; ++i) {
        flavors::Flavor f = *base;
        const QString edit = edits.at(i % edits.size());
        f.extraSpecs.set(edit.section(QLatin1Char('='), 0, 0), edit.section(QLatin1Char('='), 1));
        QElapsedTimer t;
        t.start();
        const domainxml::BuildResult r = domainxml::build(f, host, profile);
        ns.append(t.nsecsElapsed());
        bytes += r.xml.size() + r.findings.size();
        built += r.ok();
    }
    std::sort(ns.begin(), ns.end());
    out << "flavor " << base->name << ", " << rounds << " edits (" << built << " built a document), " << bytes / rounds << " chars per result\n"
        << QStringLiteral("median %1 ms, p90 %2 ms, min %3 ms\n")
               .arg(double(ns.at(ns.size() / 2)) / 1e6, 0, 'f', 3)
               .arg(double(ns.at(ns.size() * 9 / 10)) / 1e6, 0, 'f', 3)
               .arg(double(ns.constFirst()) / 1e6, 0, 'f', 3);
    return 0;
}
