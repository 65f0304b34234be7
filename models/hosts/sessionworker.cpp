#include "hosts/sessionworker.h"

#include "hosts/domaindefinecheck.h"
#include "hosts/guestcapture.h"
#include "hosts/libvirthandles.h"

#include <libvirt/virterror.h>

namespace hosts {

namespace {

using RelayPtr = std::shared_ptr<SessionWorker::Relay>;

void freeRelay(void *opaque)
{
    delete static_cast<RelayPtr *>(opaque);
}

// Runs fn(worker) on the worker's thread if the worker still exists (a queued call to a
// destroyed QObject is dropped by Qt; the relay keeps us from posting to one being destroyed).
template<typename F>
void post(void *opaque, F fn)
{
    const RelayPtr &relay = *static_cast<RelayPtr *>(opaque);
    std::lock_guard lock(relay->mutex);
    if (SessionWorker *worker = relay->worker)
        QMetaObject::invokeMethod(worker, [worker, fn = std::move(fn)] { fn(worker); }, Qt::QueuedConnection);
}

QString closeReason(int reason)
{
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_ERROR:
        return QStringLiteral("connection error");
    case VIR_CONNECT_CLOSE_REASON_EOF:
        return QStringLiteral("the host closed the connection");
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE:
        return QStringLiteral("the host stopped answering keepalives");
    case VIR_CONNECT_CLOSE_REASON_CLIENT:
        return QStringLiteral("closed by the client");
    default:
        return QStringLiteral("connection closed (reason %1)").arg(reason);
    }
}

} // namespace

// libvirt callbacks: they run on the event-loop thread and only hand over to the worker.
struct SessionWorkerCallbacks
{
    static void lifecycle(virConnectPtr, virNodeDevicePtr dev, int event, int, void *opaque)
    {
        const QString name = QString::fromUtf8(virNodeDeviceGetName(dev));
        const bool removed = event == VIR_NODE_DEVICE_EVENT_DELETED;
        post(opaque, [name, removed](SessionWorker *w) { w->onDeviceEvent(name, removed); });
    }

    static void update(virConnectPtr, virNodeDevicePtr dev, void *opaque)
    {
        lifecycle(nullptr, dev, -1, 0, opaque);
    }

    // Any domain event that can change which guest has which device: lifecycle (defined,
    // undefined, started, stopped) and a device attached or detached.
    static void domain(virConnectPtr, virDomainPtr, void *opaque)
    {
        post(opaque, [](SessionWorker *w) { w->onDomainEvent(); });
    }
    static void domainLifecycle(virConnectPtr conn, virDomainPtr dom, int, int, void *opaque) { domain(conn, dom, opaque); }
    static void domainDevice(virConnectPtr conn, virDomainPtr dom, const char *, void *opaque) { domain(conn, dom, opaque); }

    static void closed(virConnectPtr, int reason, void *opaque)
    {
        post(opaque, [reason](SessionWorker *w) { w->onClosed(reason); });
    }
};

SessionWorker::SessionWorker(ConnectOptions connect, int keepAliveIntervalS, int keepAliveCount, int fetchThreads, int partialIntervalMs)
    : m_connect(std::move(connect))
    , m_keepAliveInterval(keepAliveIntervalS)
    , m_keepAliveCount(keepAliveCount)
    , m_fetchThreads(fetchThreads)
    , m_partialIntervalMs(partialIntervalMs)
    , m_relay(std::make_shared<Relay>())
{
    m_relay->worker = this;
}

SessionWorker::~SessionWorker()
{
    disconnectHost();
    std::lock_guard lock(m_relay->mutex);
    m_relay->worker = nullptr;
}

void SessionWorker::connectHost()
{
    if (m_conn)
        return;
    QString error;
    m_conn = openConnection(m_connect, &error);
    if (!m_conn) {
        Q_EMIT connectFailed(error);
        return;
    }
    // Keepalive is a remote-driver feature; local drivers (test:///) do without it.
    if (m_keepAliveInterval > 0)
        virConnectSetKeepAlive(m_conn.get(), m_keepAliveInterval, unsigned(m_keepAliveCount));
    registerCallbacks();
    Q_EMIT connected();
}

// Registers a node-device event callback; libvirt frees the opaque on deregistration, but a
// failed registration leaves it with us.
static int registerDeviceEvent(virConnectPtr conn, int eventId, virConnectNodeDeviceEventGenericCallback cb, const RelayPtr &relay)
{
    auto *opaque = new RelayPtr(relay);
    const int id = virConnectNodeDeviceEventRegisterAny(conn, nullptr, eventId, cb, opaque, freeRelay);
    if (id < 0)
        delete opaque;
    return id;
}

static int registerDomainEvent(virConnectPtr conn, int eventId, virConnectDomainEventGenericCallback cb, const RelayPtr &relay)
{
    auto *opaque = new RelayPtr(relay);
    const int id = virConnectDomainEventRegisterAny(conn, nullptr, eventId, cb, opaque, freeRelay);
    if (id < 0)
        delete opaque;
    return id;
}

void SessionWorker::registerCallbacks()
{
    const std::pair<int, virConnectDomainEventGenericCallback> domainEvents[] = {
        {VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(SessionWorkerCallbacks::domainLifecycle)},
        {VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, VIR_DOMAIN_EVENT_CALLBACK(SessionWorkerCallbacks::domainDevice)},
        {VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, VIR_DOMAIN_EVENT_CALLBACK(SessionWorkerCallbacks::domainDevice)},
    };
    for (const auto &[id, cb] : domainEvents) {
        const int callback = registerDomainEvent(m_conn.get(), id, cb, m_relay);
        if (callback >= 0) // a driver without domains has no domain events: nothing to follow
            m_domainCallbacks.append(callback);
    }
    m_lifecycleCallback = registerDeviceEvent(m_conn.get(), VIR_NODE_DEVICE_EVENT_ID_LIFECYCLE,
                                              VIR_NODE_DEVICE_EVENT_CALLBACK(SessionWorkerCallbacks::lifecycle), m_relay);
    m_updateCallback = registerDeviceEvent(m_conn.get(), VIR_NODE_DEVICE_EVENT_ID_UPDATE,
                                           VIR_NODE_DEVICE_EVENT_CALLBACK(SessionWorkerCallbacks::update), m_relay);
    m_closeRelay = std::make_unique<RelayPtr>(m_relay);
    m_closeCallback = virConnectRegisterCloseCallback(m_conn.get(), SessionWorkerCallbacks::closed, m_closeRelay.get(), nullptr) == 0;
    if (!m_closeCallback)
        m_closeRelay.reset();
}

void SessionWorker::unregisterCallbacks()
{
    if (!m_conn)
        return;
    if (m_lifecycleCallback >= 0)
        virConnectNodeDeviceEventDeregisterAny(m_conn.get(), m_lifecycleCallback);
    if (m_updateCallback >= 0)
        virConnectNodeDeviceEventDeregisterAny(m_conn.get(), m_updateCallback);
    for (int callback : std::as_const(m_domainCallbacks))
        virConnectDomainEventDeregisterAny(m_conn.get(), callback);
    m_domainCallbacks.clear();
    if (m_closeCallback)
        virConnectUnregisterCloseCallback(m_conn.get(), SessionWorkerCallbacks::closed); // no call runs after this returns
    m_closeRelay.reset();
    m_lifecycleCallback = m_updateCallback = -1;
    m_closeCallback = false;
}

void SessionWorker::disconnectHost()
{
    unregisterCallbacks();
    m_conn.reset();
}

void SessionWorker::capture(quint64 requestId, std::shared_ptr<std::atomic_bool> cancel)
{
    if (!m_conn) {
        CaptureResult r;
        r.error = QStringLiteral("not connected to %1").arg(m_connect.uri);
        Q_EMIT captured(requestId, r);
        return;
    }
    CaptureOptions options;
    options.fetchThreads = m_fetchThreads;
    options.cancel = cancel.get();
    options.progress = [this, requestId](int done, int total) { Q_EMIT progress(requestId, done, total); };
    options.partialIntervalMs = m_partialIntervalMs;
    options.partial = [this, requestId](const inventory::HostSnapshot &snapshot, int, int) { Q_EMIT partial(requestId, snapshot); };
    Q_EMIT captured(requestId, captureHost(m_conn.get(), m_connect.uri, options));
}

void SessionWorker::validateDomainXml(const QString &xml)
{
    if (!m_conn) {
        Q_EMIT domainValidated(false, QStringLiteral("not connected to %1").arg(m_connect.uri));
        return;
    }
    // Under a unique scratch name with VIR_DOMAIN_DEFINE_VALIDATE, undefined at once: never
    // replaces a real domain of the same name; leftovers of an interrupted run are purged first.
    const definecheck::Result r = definecheck::check(m_conn.get(), xml, m_connect.readOnly);
    Q_EMIT domainValidated(r.accepted, r.message);
}

void SessionWorker::onDeviceEvent(const QString &name, bool removed)
{
    if (!m_conn)
        return;
    if (removed) {
        Q_EMIT deviceRemoved(name);
        return;
    }
    NodeDeviceHandle dev(virNodeDeviceLookupByName(m_conn.get(), name.toUtf8().constData()));
    if (!dev) { // gone again before we asked
        Q_EMIT deviceRemoved(name);
        return;
    }
    Q_EMIT deviceChanged(fetchDevice(m_conn.get(), name));
}

void SessionWorker::onDomainEvent()
{
    if (!m_conn || m_guestsQueued)
        return;
    m_guestsQueued = true; // the events queued behind this one are served by the same read
    QMetaObject::invokeMethod(this, &SessionWorker::rereadGuests, Qt::QueuedConnection);
}

void SessionWorker::rereadGuests()
{
    m_guestsQueued = false;
    if (!m_conn)
        return;
    QString warning;
    const std::optional<QList<inventory::Guest>> guests = readGuests(m_conn.get(), m_connect.uri, &warning);
    Q_EMIT guestsRead(guests, warning);
}

void SessionWorker::onClosed(int reason)
{
    if (!m_conn)
        return;
    disconnectHost();
    Q_EMIT disconnected(closeReason(reason));
}

} // namespace hosts
