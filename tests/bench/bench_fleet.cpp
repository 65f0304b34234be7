// The fleet through Placement against the benchmark cloud (`tools/controlplane.py bench-fleet`:
// 1,000 compute nodes with 4 vGPU providers each behind tools/delay-proxy.py), as
// docs/PERFORMANCE.md "A cloud's fleet" describes:
//   1. capacity of a vGPU flavor across the fleet from a cold start (a new token each round):
//      readCandidateCapacity, three requests, no walk;
//   2. what the server serves: GET .../inventories of 500 providers, 16 in flight, in requests/s;
//   3. the full provider view (4 reads per provider) with 4, 8 and 16 in flight, against
//      requests / the server's rate;
//   4. the GUI thread's longest stall while FleetPanel's provider tree fills in (offscreen).
// Usage: OS_CLIENT_CONFIG_FILE=DIR/clouds.yaml bench_fleet [--cloud vdeck-bench] [--rounds 5]
#include "cloud/cloudclient.h"
#include "cloud/cloudregistry.h"
#include "cloud/cloudmanager.h"
#include "cloud/cloudsyaml.h"
#include "cloud/fleetmanager.h"
#include "cloud/placementapi.h"
#include "core/settings.h"
#include "document/flavordocument.h"
#include "fleet/fleetcapacity.h"
#include "rules/stageb.h"
#include "stallprobe.h"
#include "widgets/fleetpanel.h"
#include "workbench/flavorworkbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QString list(const QList<double> &v)
{
    QStringList parts;
    for (double d : v)
        parts << QString::number(d, 'f', 3);
    return parts.join(QStringLiteral(" / "));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cloudOption(QStringLiteral("cloud"), QStringLiteral("the cloud of clouds.yaml"), QStringLiteral("NAME"), QStringLiteral("vdeck-bench"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("rounds of each measurement"), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption inFlightOption(QStringLiteral("in-flight"), QStringLiteral("requests in flight for the provider view (comma-separated)"), QStringLiteral("N,..."),
                                           QStringLiteral("4,8,16"));
    const QCommandLineOption stepsOption(QStringLiteral("steps"), QStringLiteral("which measurements: capacity, view, gui (comma-separated)"), QStringLiteral("LIST"),
                                         QStringLiteral("capacity,view,gui"));
    parser.addOptions({cloudOption, roundsOption, inFlightOption, stepsOption});
    parser.process(app);
    const QStringList steps = parser.value(stepsOption).split(QLatin1Char(','));
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    QString error;
    const std::optional<cloud::CloudsFile> file = cloud::loadClouds(cloud::ConfigPlaces::fromProcess(), &error);
    if (!file) {
        std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(error));
        return 2;
    }
    const std::optional<cloud::CloudConfig> config = cloud::selectCloud(*file, parser.value(cloudOption), {}, QProcessEnvironment::systemEnvironment(), &error);
    if (!config) {
        std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(error));
        return 2;
    }

    // 1. Capacity of a vGPU flavor from a cold start.
    flavors::Flavor flavor;
    flavor.name = QStringLiteral("bench.vgpu");
    flavor.vcpus = 8;
    flavor.ramMb = 16384;
    flavor.diskGb = 40;
    flavor.extraSpecs.set(QStringLiteral("resources:VGPU"), QStringLiteral("1"));
    const rules::NovaRelease release(31);
    const fleet::ResourceRequest request = fleet::resourceRequest(flavor, release, rules::checkStageB(flavor, release));
    QList<double> capacitySeconds;
    QList<double> authSeconds;
    qint64 total = 0;
    int nodes = 0;
    for (int r = 0; r < (steps.contains(QStringLiteral("capacity")) ? rounds : 0); ++r) {
        QElapsedTimer t;
        t.start();
        cloud::CloudClient client(*config);
        cloud::CloudError cerr;
        if (!client.endpoint(QStringLiteral("placement"), &cerr)) { // the token and catalog: what authentication takes of it
            std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(cerr.toString()));
            return 1;
        }
        authSeconds << double(t.nsecsElapsed()) / 1e9;
        const std::optional<cloud::CandidateCapacity> c = cloud::readCandidateCapacity(client, request, &cerr);
        if (!c) {
            std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(cerr.toString()));
            return 1;
        }
        capacitySeconds << double(t.nsecsElapsed()) / 1e9;
        total = c->capacity.total();
        nodes = int(c->capacity.hosts.size());
    }
    if (!capacitySeconds.isEmpty())
        std::printf("capacity of %s: %lld instances on %d compute nodes; %s s (median %.3f s), authentication included (%s s of it)\n",
                    qPrintable(flavor.name), static_cast<long long>(total), nodes, qPrintable(list(capacitySeconds)), median(capacitySeconds),
                    qPrintable(list(authSeconds)));

    // 2. The server's rate, and 3. the full provider view.
    cloud::CloudClient client(*config);
    cloud::CloudError cerr;
    const std::optional<QString> version = cloud::readPlacementVersion(client, &cerr);
    const cloud::CloudReply listed = client.call(QStringLiteral("placement"), "GET", QStringLiteral("/resource_providers"), QJsonValue::Undefined, version.value_or(QString()));
    if (!version || !listed.ok()) {
        std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(version ? listed.error->toString() : cerr.toString()));
        return 1;
    }
    QStringList sample;
    const QJsonArray rps = listed.json.toObject().value(QStringLiteral("resource_providers")).toArray();
    for (qsizetype i = 0; i < std::min<qsizetype>(500, rps.size()); ++i)
        sample << QStringLiteral("/resource_providers/") + rps.at(i).toObject().value(QStringLiteral("uuid")).toString() + QStringLiteral("/inventories");
    QList<double> rates;
    for (int r = 0; r < (steps.contains(QStringLiteral("view")) ? rounds : 0); ++r) {
        QElapsedTimer t;
        t.start();
        int failed = 0;
        client.getAll(QStringLiteral("placement"), sample, *version, 16, [&failed](qsizetype, const cloud::CloudReply &reply) { failed += !reply.ok(); });
        if (failed) {
            std::fprintf(stderr, "bench_fleet: %d of %lld reads failed\n", failed, static_cast<long long>(sample.size()));
            return 1;
        }
        rates << double(sample.size()) / (double(t.nsecsElapsed()) / 1e9);
    }
    const double rate = rates.isEmpty() ? 0 : median(rates);
    if (!rates.isEmpty())
        std::printf("server: %lld inventory reads, 16 in flight: %s requests/s (median %.0f)\n", static_cast<long long>(sample.size()), qPrintable(list(rates)), rate);
    const double requests = 2 + 4.0 * double(rps.size());
    QList<int> inFlights;
    for (const QString &n : parser.value(inFlightOption).split(QLatin1Char(',')))
        if (steps.contains(QStringLiteral("view")))
            inFlights << std::max(1, n.toInt());
    for (const int inFlight : std::as_const(inFlights)) {
        QList<double> seconds;
        for (int r = 0; r < std::max(1, rounds / 2); ++r) {
            QElapsedTimer t;
            t.start();
            cloud::FleetReadOptions options;
            options.inFlight = inFlight;
            const std::optional<fleet::Fleet> f = cloud::readFleet(client, options, &cerr);
            if (!f) {
                std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(cerr.toString()));
                return 1;
            }
            seconds << double(t.nsecsElapsed()) / 1e9;
        }
        std::printf("provider view, %lld providers, %.0f requests, %d in flight: %s s (median %.2f s; the server's rate allows %.2f s: %.2fx)\n",
                    static_cast<long long>(rps.size()), requests, inFlight, qPrintable(list(seconds)), median(seconds), requests / rate,
                    median(seconds) / (requests / rate));
    }

    // 4. The GUI thread while the provider tree fills in.
    cloud::CloudRegistry registry;
    cloud::CloudManager clouds(&registry, AppMode::Auditor);
    cloud::FleetManager fleets(&clouds);
    FlavorDocument doc;
    doc.newLibrary();
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("bench.ini")));
    hosts::HostRegistry hosts;
    workbench::FlavorWorkbench workbench(&doc, &hosts, &settings);
    FleetPanel panel(&fleets, &registry, &workbench, nullptr);
    panel.resize(1100, 700);
    panel.show();
    clouds.loadClouds();
    while (registry.names().isEmpty())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    clouds.connectCloud(config->name);
    while (!registry.entry(config->name) || registry.entry(config->name)->state == cloud::CloudEntry::State::Connecting
           || registry.entry(config->name)->state == cloud::CloudEntry::State::NotConnected)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    if (registry.entry(config->name)->state != cloud::CloudEntry::State::Connected) {
        std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(registry.entry(config->name)->message));
        return 1;
    }
    QList<double> stalls;
    QList<double> stallCpu;
    QList<double> loads;
    for (int r = 0; r < (steps.contains(QStringLiteral("gui")) ? std::max(1, rounds / 2) : 0); ++r) {
        StallProbe probe;
        probe.start();
        QElapsedTimer t;
        t.start();
        panel.readProviders();
        while (!fleets.state(config->name) || fleets.state(config->name)->reading)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        loads << double(t.nsecsElapsed()) / 1e9;
        stalls << probe.maxGapMs();
        stallCpu << probe.maxGapCpuMs();
        if (!fleets.state(config->name)->complete) {
            std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(fleets.state(config->name)->error));
            return 1;
        }
    }
    if (!loads.isEmpty())
        std::printf("GUI: provider tree filled in %s s; longest stall of the GUI thread %s ms (its CPU in that gap %s ms)\n", qPrintable(list(loads)),
                qPrintable(list(stalls)), qPrintable(list(stallCpu)));
    return 0;
}
