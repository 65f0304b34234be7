#include "cloud/fleetmanager.h"

#include "cloud/cloudmanager.h"
#include "cloud/computeapi.h"
#include "cloud/placementapi.h"
#include "rules/stageb.h"

#include <QMetaObject>

namespace cloud {

FleetManager::FleetManager(CloudManager *clouds, QObject *parent)
    : QObject(parent)
    , m_clouds(clouds)
{
}

FleetManager::~FleetManager() = default;

const FleetState *FleetManager::state(const QString &cloud) const
{
    const auto it = m_states.constFind(cloud);
    return it == m_states.constEnd() ? nullptr : &*it;
}

void FleetManager::readProviders(const QString &cloud)
{
    const int generation = ++m_generations[cloud];
    FleetState &s = m_states[cloud];
    s = FleetState{};
    s.reading = true;
    Q_EMIT fleetChanged(cloud);
    Q_EMIT progress(jobId(cloud), tr("Reading the resource providers of cloud %1").arg(cloud), 0, 0);
    m_clouds->resolve(cloud, [this, cloud, generation](const CloudManager::Resolved &r) {
        if (generation != m_generations.value(cloud))
            return;
        if (!r.config) {
            FleetState &s = m_states[cloud];
            s.reading = false;
            s.error = r.error;
            Q_EMIT fleetChanged(cloud);
            Q_EMIT progressFinished(jobId(cloud));
            Q_EMIT errorOccurred(r.error);
            return;
        }
        // Providers go to the GUI thread in batches: a signal per provider would flood it.
        const int batchSize = m_batch;
        m_tasks.runThen(this, *r.config, [this, cloud, generation, batchSize](CloudClient &client) {
            QList<fleet::Provider> batch;
            FleetReadOptions options;
            options.onProvider = [&](const fleet::Provider &p, int read, int total) {
                batch.append(p);
                if (batch.size() >= batchSize || read == total) {
                    QMetaObject::invokeMethod(this, [this, cloud, generation, batch, read, total] { addBatch(cloud, generation, batch, read, total); },
                                              Qt::QueuedConnection);
                    batch.clear();
                }
            };
            CloudError error;
            const std::optional<fleet::Fleet> fleet = readFleet(client, options, &error);
            return fleet ? QString() : error.toString();
        }, [this, cloud, generation](const QString &error) {
            if (generation != m_generations.value(cloud))
                return;
            FleetState &s = m_states[cloud];
            s.reading = false;
            s.complete = error.isEmpty();
            s.error = error;
            Q_EMIT fleetChanged(cloud);
            Q_EMIT progressFinished(jobId(cloud));
            if (!error.isEmpty())
                Q_EMIT errorOccurred(error);
        });
    });
}

void FleetManager::addBatch(const QString &cloud, int generation, const QList<fleet::Provider> &batch, int read, int total)
{
    if (generation != m_generations.value(cloud))
        return;
    FleetState &s = m_states[cloud];
    QList<fleet::Provider> providers = s.fleet.providers();
    providers.append(batch);
    s.fleet = fleet::Fleet(std::move(providers));
    s.read = read;
    s.total = total;
    Q_EMIT fleetChanged(cloud);
    Q_EMIT progress(jobId(cloud), tr("Reading the resource providers of cloud %1: %2 of %3").arg(cloud).arg(read).arg(total), read, total);
}

void FleetManager::countCapacity(const QString &cloud, const flavors::Flavor &flavor, rules::NovaRelease release, const fleet::PciAliasConfig &pci,
                                 const fleet::ZoneRequest &zone)
{
    CapacityAnswer answer;
    answer.cloud = cloud;
    answer.flavor = flavor.name;
    answer.counted = flavor;
    answer.release = release;
    const rules::StageBResult stageB = rules::checkStageB(flavor, release);
    if (stageB.error)
        answer.refusal = stageB.error->message;
    answer.request = fleet::resourceRequest(flavor, release, stageB, pci);
    answer.query = answer.request.queryString();
    answer.pinningTranslated = answer.request.pinningTranslated;
    if (!answer.request.error.isEmpty()) {
        answer.error = tr("Nova cannot schedule it: %1").arg(answer.request.error);
        QMetaObject::invokeMethod(this, [this, answer] { Q_EMIT capacityCounted(answer); }, Qt::QueuedConnection);
        return;
    }
    Q_EMIT progress(jobId(cloud), tr("Counting %1 across cloud %2").arg(flavor.name, cloud), 0, 0);
    m_clouds->resolve(cloud, [this, answer, flavor, release, stageB, pci, zone](const CloudManager::Resolved &r) mutable {
        if (!r.config) {
            answer.error = r.error;
            Q_EMIT progressFinished(jobId(answer.cloud));
            Q_EMIT capacityCounted(answer);
            return;
        }
        m_tasks.runThen(this, *r.config, [asked = answer, flavor, release, stageB, pci, zone](CloudClient &client) {
            CapacityAnswer answer = asked;
            CloudError error;
            if (!zone.zone.isEmpty()) { // the zone's host aggregates, then the request with them
                const std::optional<QList<fleet::HostAggregate>> aggregates = readHostAggregates(client, &error);
                if (!aggregates) {
                    answer.error = error.toString();
                    return answer;
                }
                fleet::ZoneRequest withAggregates = zone;
                withAggregates.aggregates = *aggregates;
                answer.request = fleet::resourceRequest(flavor, release, stageB, pci, withAggregates);
                answer.query = answer.request.queryString();
            }
            const std::optional<CandidateCapacity> read = readCandidateCapacity(client, answer.request, &error);
            if (!read) {
                answer.error = error.toString();
                return answer;
            }
            answer.capacity = read->capacity;
            answer.candidates = int(read->candidates.roots.size());
            return answer;
        }, [this](const CapacityAnswer &done) {
            Q_EMIT progressFinished(jobId(done.cloud));
            Q_EMIT capacityCounted(done);
        });
    });
}

void FleetManager::cancel(const QString &job)
{
    if (!job.startsWith(QLatin1String("fleet:")))
        return;
    const QString cloud = job.mid(6);
    m_tasks.cancelAll();
    ++m_generations[cloud];
    FleetState &s = m_states[cloud];
    if (s.reading) {
        s.reading = false;
        s.error = tr("cancelled");
        Q_EMIT fleetChanged(cloud);
    }
    Q_EMIT progressFinished(job);
}

} // namespace cloud
