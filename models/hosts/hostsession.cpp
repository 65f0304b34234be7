#include "hosts/hostsession.h"

#include "core/runthen.h"
#include "hosts/eventloop.h"
#include "hosts/sessionworker.h"

#include <algorithm>
#include <utility>

namespace hosts {

namespace {

// The graph after a sequence of events, rebuilt once (the last event of a device decides).
inventory::DeviceGraph applyEvents(const inventory::DeviceGraph &graph, const QList<std::variant<inventory::Device, QString>> &events,
                                   QList<std::pair<QString, HostSession::DeviceChange>> *changes)
{
    const auto nameOf = [](const std::variant<inventory::Device, QString> &e) {
        const auto *device = std::get_if<inventory::Device>(&e);
        return device ? device->name : std::get<QString>(e);
    };
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i < events.size(); ++i)
        last.insert(nameOf(events.at(i)), i);
    QList<inventory::Device> upserts;
    QStringList removed;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString name = nameOf(events.at(i));
        if (last.value(name) != i)
            continue;
        const bool known = graph.node(name) != nullptr;
        if (const auto *device = std::get_if<inventory::Device>(&events.at(i))) {
            upserts.append(*device);
            changes->append({name, known ? HostSession::DeviceChange::Updated : HostSession::DeviceChange::Added});
        } else if (known) {
            removed.append(name);
            changes->append({name, HostSession::DeviceChange::Removed});
        }
    }
    return changes->isEmpty() ? graph : graph.withChanges(upserts, removed);
}

} // namespace

HostSession::HostSession(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    qRegisterMetaType<CaptureResult>();
    qRegisterMetaType<inventory::Device>();
    qRegisterMetaType<inventory::HostSnapshot>();
    qRegisterMetaType<std::optional<QList<inventory::Guest>>>();
    ensureLibvirtEventLoop();
    m_worker = new SessionWorker(m_options.connect, m_options.keepAliveIntervalS, m_options.keepAliveCount, m_options.fetchThreads,
                                 m_options.partialIntervalMs);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SessionWorker::connected, this, &HostSession::onConnected);
    connect(m_worker, &SessionWorker::connectFailed, this, &HostSession::onLost);
    connect(m_worker, &SessionWorker::disconnected, this, &HostSession::onLost);
    connect(m_worker, &SessionWorker::captured, this, &HostSession::onCaptured);
    connect(m_worker, &SessionWorker::deviceChanged, this, &HostSession::onDeviceChanged);
    connect(m_worker, &SessionWorker::deviceRemoved, this, &HostSession::onDeviceRemoved);
    connect(m_worker, &SessionWorker::domainValidated, this, &HostSession::domainValidated);
    connect(m_worker, &SessionWorker::guestsRead, this, &HostSession::onGuestsRead);
    connect(m_worker, &SessionWorker::progress, this, [this](quint64 requestId, int done, int total) {
        if (requestId == m_request)
            Q_EMIT progress(done, total);
    });
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(0);
    connect(&m_applyTimer, &QTimer::timeout, this, &HostSession::applyPendingEvents);
    connect(m_worker, &SessionWorker::partial, this, [this](quint64 requestId, const inventory::HostSnapshot &partial) {
        if (requestId == m_request && m_captureRunning && !m_userClosed)
            Q_EMIT devicesArrived(partial);
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &HostSession::open);
    m_thread.setObjectName(QStringLiteral("HostSession ") + m_options.connect.uri);
    m_thread.start();
}

HostSession::~HostSession()
{
    if (m_cancel)
        m_cancel->store(true);
    m_thread.quit();   // the worker disconnects in its destructor, on its own thread
    m_thread.wait();
}

int HostSession::defaultBackoffMs(int attempt)
{
    return 1000 * (attempt >= 6 ? 60 : std::min(60, 1 << attempt));
}

template<typename F>
void HostSession::onWorker(F fn)
{
    QMetaObject::invokeMethod(m_worker, std::move(fn), Qt::QueuedConnection);
}

void HostSession::open()
{
    m_userClosed = false;
    m_reconnectTimer.stop();
    setState(State::Connecting, QString());
    onWorker([w = m_worker] { w->connectHost(); });
}

void HostSession::refresh()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_captureRunning = true;
    const quint64 id = ++m_request;
    onWorker([w = m_worker, id, cancel = m_cancel] { w->capture(id, cancel); });
}

void HostSession::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_request; // whatever arrives for the cancelled request is stale
    m_captureRunning = false;
    m_eventsDuringCapture.clear();
}

void HostSession::close()
{
    m_userClosed = true;
    m_reconnectTimer.stop();
    cancel();
    onWorker([w = m_worker] { w->disconnectHost(); });
    setState(State::Closed, QStringLiteral("closed by the user"));
}

void HostSession::validateDomainXml(const QString &xml)
{
    onWorker([w = m_worker, xml] { w->validateDomainXml(xml); });
}

void HostSession::setState(State state, const QString &reason)
{
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    Q_EMIT stateChanged(state, reason);
}

void HostSession::onConnected()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_userClosed) {
        onWorker([w = m_worker] { w->disconnectHost(); });
        return;
    }
    m_attempt = 0;
    setState(State::Connected, QString());
    refresh();
}

void HostSession::onLost(const QString &reason)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_userClosed)
        return;
    cancel();
    setState(State::Disconnected, reason);
    if (m_options.reconnect) {
        const int delay = m_options.backoffMs(m_attempt++);
        m_reconnectTimer.start(delay);
        Q_EMIT reconnectScheduled(delay);
    }
}

void HostSession::onCaptured(quint64 requestId, const CaptureResult &result)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (requestId != m_request || m_userClosed)
        return; // stale: a newer request was made, or it was cancelled
    m_captureRunning = false;
    const auto events = std::exchange(m_eventsDuringCapture, {});
    m_pendingEvents.clear(); // older than the capture, or among the events re-applied below
    m_applyTimer.stop();
    if (!result.ok()) {
        Q_EMIT captureFailed(result.error);
        return;
    }
    if (!result.warning.isEmpty())
        Q_EMIT warning(result.warning);
    m_snapshot = result.snapshot;
    ++m_generation; // a rebuild still running started from the older snapshot
    if (!events.isEmpty()) {
        QList<std::pair<QString, DeviceChange>> changes;
        m_snapshot = m_snapshot.withGraph(applyEvents(m_snapshot.graph(), events, &changes));
    }
    Q_EMIT snapshotChanged(m_snapshot);
}

void HostSession::onDeviceChanged(const inventory::Device &device)
{
    if (m_userClosed)
        return;
    if (m_captureRunning)
        m_eventsDuringCapture.append(device);
    if (m_snapshot.isNull())
        return; // the first capture will contain it
    m_pendingEvents.append(device);
    m_applyTimer.start();
}

void HostSession::onDeviceRemoved(const QString &name)
{
    if (m_userClosed)
        return;
    if (m_captureRunning)
        m_eventsDuringCapture.append(name);
    if (m_snapshot.isNull())
        return;
    m_pendingEvents.append(name);
    m_applyTimer.start();
}

// Read after domain events, so after the capture whose result arrived before (the worker reads
// one request at a time): applied on top of the latest snapshot, whose devices they keep.
void HostSession::onGuestsRead(const std::optional<QList<inventory::Guest>> &guests, const QString &problem)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_userClosed || m_snapshot.isNull())
        return;
    if (!problem.isEmpty())
        Q_EMIT warning(problem);
    if (guests == m_snapshot.guests())
        return;
    m_snapshot = m_snapshot.withGuests(guests);
    Q_EMIT snapshotChanged(m_snapshot);
}

void HostSession::applyDeviceEvents(const QList<inventory::Device> &upserts, const QStringList &removed)
{
    for (const inventory::Device &d : upserts)
        onDeviceChanged(d);
    for (const QString &name : removed)
        onDeviceRemoved(name);
}

void HostSession::applyPendingEvents()
{
    if (m_applying || m_pendingEvents.isEmpty() || m_snapshot.isNull())
        return; // a running rebuild takes the rest when it is done
    struct Applied
    {
        inventory::DeviceGraph graph;
        QList<std::pair<QString, DeviceChange>> changes;
    };
    m_applying = true;
    runThen(
        this,
        [graph = m_snapshot.graph(), events = std::exchange(m_pendingEvents, {})] {
            Applied a;
            a.graph = applyEvents(graph, events, &a.changes);
            return a;
        },
        [this, generation = m_generation](const Applied &r) {
            m_applying = false;
            if (generation == m_generation && !m_userClosed && !r.changes.isEmpty()) {
                m_snapshot = m_snapshot.withGraph(r.graph);
                for (const auto &[name, change] : r.changes)
                    Q_EMIT deviceChanged(name, change);
                Q_EMIT snapshotChanged(m_snapshot);
            }
            if (!m_pendingEvents.isEmpty())
                m_applyTimer.start();
        });
}

} // namespace hosts
