#include "workbench/capacityrunner.h"

#include "core/runthen.h"
#include "hostfit/instancedemand.h"


namespace workbench {

CapacityRunner::CapacityRunner(QObject *parent)
    : QObject(parent)
{
}

const HostResult *CapacityRunner::result(const QString &hostId) const
{
    for (const HostResult &r : m_results) {
        if (r.id == hostId)
            return &r;
    }
    return nullptr;
}

void CapacityRunner::request(const flavors::Flavor &flavor, const QList<HostInput> &hosts, rules::NovaRelease release,
                             const std::optional<QList<rules::Finding>> &flavorFindings)
{
    if (flavor.name.isEmpty() || hosts.isEmpty()) {
        m_pending.reset();
        const bool had = !m_results.isEmpty();
        m_results.clear();
        m_resultsFlavor = flavor.name;
        if (m_running)
            m_pending = Request{flavor, {}, release, {}}; // makes the running one stale
        if (had || !m_running)
            Q_EMIT resultsReady();
        return;
    }
    const Request r{flavor, hosts, release, flavorFindings};
    if (m_running) {
        m_pending = r;
        return;
    }
    start(r);
}

void CapacityRunner::start(const Request &request)
{
    m_running = true;
    runThen(this, [request] {
        const hostfit::InstanceDemand demand = request.flavorFindings
                                                   ? hostfit::InstanceDemand::of(request.flavor, request.release, *request.flavorFindings)
                                                   : hostfit::InstanceDemand::of(request.flavor, request.release);
        hostfit::CapacityOptions options{request.release, hostfit::CapacityEstimate::kDefaultCap, &demand};
        QList<HostResult> out;
        for (const HostInput &h : request.hosts)
            out.append(HostResult{h.id, h.name, hostfit::checkHost(request.flavor, h.snapshot, h.profile, options)});
        return out;
    }, [this, name = request.flavor.name](const QList<HostResult> &results) { finished(name, results); });
}

void CapacityRunner::finished(const QString &flavorName, const QList<HostResult> &results)
{
    m_running = false;
    if (m_pending) { // stale: a newer request is waiting
        const Request next = *m_pending;
        m_pending.reset();
        if (next.hosts.isEmpty())
            return; // a clear was requested meanwhile; already published
        start(next);
        return;
    }
    m_results = results;
    m_resultsFlavor = flavorName;
    Q_EMIT resultsReady();
}

} // namespace workbench
