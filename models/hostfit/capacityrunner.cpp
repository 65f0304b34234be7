#include "hostfit/capacityrunner.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace hostfit {

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

void CapacityRunner::request(const flavors::Flavor &flavor, const QList<HostInput> &hosts, rules::NovaRelease release)
{
    if (flavor.name.isEmpty() || hosts.isEmpty()) {
        m_pending.reset();
        const bool had = !m_results.isEmpty();
        m_results.clear();
        m_resultsFlavor = flavor.name;
        if (m_running)
            m_pending = Request{flavor, {}, release}; // makes the running one stale
        if (had || !m_running)
            Q_EMIT resultsReady();
        return;
    }
    const Request r{flavor, hosts, release};
    if (m_running) {
        m_pending = r;
        return;
    }
    start(r);
}

void CapacityRunner::start(const Request &request)
{
    m_running = true;
    QPointer<CapacityRunner> self(this);
    QtConcurrent::run([request] {
        QList<HostResult> out;
        for (const HostInput &h : request.hosts)
            out.append(HostResult{h.id, h.name, checkHost(request.flavor, h.snapshot, h.profile, CapacityOptions{request.release, CapacityEstimate::kDefaultCap})});
        return out;
    }).then(this, [self, name = request.flavor.name](const QList<HostResult> &results) {
        if (!self)
            return;
        self->m_running = false;
        if (self->m_pending) { // stale: a newer request is waiting
            const Request next = *self->m_pending;
            self->m_pending.reset();
            if (next.hosts.isEmpty())
                return; // a clear was requested meanwhile; already published
            self->start(next);
            return;
        }
        self->m_results = results;
        self->m_resultsFlavor = name;
        Q_EMIT self->resultsReady();
    });
}

} // namespace hostfit
