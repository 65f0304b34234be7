#pragma once

#include "cloud/cloudtasks.h"
#include "flavors/flavor.h"
#include "fleet/fleetcapacity.h"
#include "fleet/providers.h"
#include "fleet/resourcerequest.h"
#include "rules/release.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

namespace cloud {

class CloudManager;

// A cloud's fleet as the window knows it: the providers read so far (all of them once
// `complete`), or why they could not be read.
struct FleetState
{
    fleet::Fleet fleet;
    int read = 0;
    int total = 0;
    bool reading = false;
    bool complete = false;
    QString error;
};

// Capacity of one flavor across a cloud's fleet, as Placement's allocation candidates give it.
struct CapacityAnswer
{
    QString cloud;
    QString flavor;
    flavors::Flavor counted;   // the flavor itself, as it was when counted
    rules::NovaRelease release = rules::NovaRelease(rules::NovaRelease::kDefault); // the cloud's, judged as
    QString query;             // GET /allocation_candidates?...
    bool pinningTranslated = false;
    QString refusal;           // the cloud's release refuses to boot the flavor (stage B)
    fleet::ResourceRequest request;
    fleet::FleetCapacity capacity;
    int candidates = 0;        // compute nodes Placement answers
    QString error;             // nothing could be counted: why (naming cloud, service, URL)
};

// The fleets of the window's clouds through Placement (docs/design/architecture.md, "Who owns
// what": the one copy of each cloud's providers). Reads providers on its own CloudTasks pool,
// several requests in flight, and hands them over in batches as they arrive; counts a flavor's
// capacity with one allocation_candidates request; both report progress and can be cancelled.
// A cloud's connection (clouds.yaml, the typed password) comes from CloudManager.
class FleetManager : public QObject
{
    Q_OBJECT
public:
    explicit FleetManager(CloudManager *clouds, QObject *parent = nullptr);
    ~FleetManager() override;

    const FleetState *state(const QString &cloud) const;
    void readProviders(const QString &cloud);
    // The flavor's request for `release` (the cloud's), with the controllers' PCI aliases when
    // known, counted across the fleet. A request Nova cannot make is answered with its error.
    // With a zone (`zone.zone`), the cloud's host aggregates are read first (zone.aggregates).
    void countCapacity(const QString &cloud, const flavors::Flavor &flavor, rules::NovaRelease release, const fleet::PciAliasConfig &pci = {},
                       const fleet::ZoneRequest &zone = {});
    void cancel(const QString &job); // "fleet:NAME"
    static QString jobId(const QString &cloud) { return QStringLiteral("fleet:") + cloud; }
    // How many providers a batch holds at most before it is handed over.
    void setBatchSize(int providers) { m_batch = providers; }

Q_SIGNALS:
    void fleetChanged(const QString &cloud);
    void capacityCounted(const cloud::CapacityAnswer &answer);
    void progress(const QString &job, const QString &text, int done, int total);
    void progressFinished(const QString &job);
    void errorOccurred(const QString &message);

private:
    void addBatch(const QString &cloud, int generation, const QList<fleet::Provider> &batch, int read, int total);

    CloudManager *m_clouds;
    QHash<QString, FleetState> m_states;
    QHash<QString, int> m_generations; // a newer read makes an older one's batches stale
    int m_batch = 200;
    CloudTasks m_tasks; // last member: its destructor waits for the tasks first
};

} // namespace cloud

Q_DECLARE_METATYPE(cloud::CapacityAnswer)
