#pragma once

#include "hosts/connection.h"
#include "hosts/hostcapture.h"
#include "inventory/hostsnapshot.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <variant>

Q_DECLARE_METATYPE(hosts::CaptureResult)
Q_DECLARE_METATYPE(inventory::Device)
Q_DECLARE_METATYPE(inventory::HostSnapshot)

namespace hosts {

class SessionWorker;

// One host: one libvirt connection on its own worker thread. Lives on (and reports to) the
// thread that made it. Captures the whole host once per refresh() (device XMLs fetched in
// parallel, progress N of M, cancellable) and then follows node-device lifecycle/update events
// one device at a time (a burst of events is applied at once, off this thread). Keepalive and a close callback notice a lost host (state Disconnected
// with the reason); it reconnects with backoff 1, 2, 4 ... 60 s unless the user closed it.
// Results are immutable values; a result for an older request is dropped.
class HostSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Connecting, Connected, Disconnected };
    Q_ENUM(State)
    enum class DeviceChange { Added, Updated, Removed };
    Q_ENUM(DeviceChange)

    struct Options
    {
        ConnectOptions connect;           // URI, read-only (auditor mode), credential prompt
        int fetchThreads = autoParallelFetches; // device XMLs in flight; 0 = automatic
        int partialIntervalMs = 250;      // devicesArrived() at most this often while a capture runs
        // A dead host is noticed after interval x count = 15 s. A ping every second also ends the
        // libssh transport's stalls (a reply waiting in libssh's buffers, docs/PERFORMANCE.md).
        int keepAliveIntervalS = 1;
        int keepAliveCount = 15;
        bool reconnect = true;
        std::function<int(int attempt)> backoffMs = defaultBackoffMs; // injectable for tests
    };

    explicit HostSession(Options options, QObject *parent = nullptr);
    ~HostSession() override;

    static int defaultBackoffMs(int attempt); // 1, 2, 4 ... 60 s

    void open();
    void refresh();                 // a new full capture; an older one still running becomes stale
    void cancel();                  // cancels the running capture; its result is dropped
    void close();                   // by the user: no reconnect
    void validateDomainXml(const QString &xml); // define + undefine a scratch domain (a write)
    // What libvirt's node-device events do (devices added or replaced, names removed), for
    // producers other than the session's own callbacks: a batched fetch, tests, benchmarks.
    // Applied with the next burst of events; nothing happens before the first capture.
    void applyDeviceEvents(const QList<inventory::Device> &upserts, const QStringList &removed);

    State state() const { return m_state; }
    QString stateReason() const { return m_reason; }
    const inventory::HostSnapshot &snapshot() const { return m_snapshot; }
    QString uri() const { return m_options.connect.uri; }
    bool isReadOnly() const { return m_options.connect.readOnly; }

Q_SIGNALS:
    void stateChanged(hosts::HostSession::State state, const QString &reason);
    void reconnectScheduled(int delayMs); // after Disconnected: the next attempt starts in delayMs
    void progress(int done, int total);
    void snapshotChanged(const inventory::HostSnapshot &snapshot); // after a capture or an event
    // While a capture runs: the devices fetched so far (facts and capabilities included), each
    // graph a superset of the previous one's, so a view can show them before snapshotChanged()
    // delivers the whole host (which is not the last partial: it may differ, e.g. orphans).
    void devicesArrived(const inventory::HostSnapshot &partial);
    void deviceChanged(const QString &name, hosts::HostSession::DeviceChange change);
    void captureFailed(const QString &message);
    void warning(const QString &message);
    void domainValidated(bool ok, const QString &message);

private:
    void setState(State state, const QString &reason);
    void onConnected();
    void onLost(const QString &reason);
    void onCaptured(quint64 requestId, const CaptureResult &result);
    void onDeviceChanged(const inventory::Device &device);
    void onDeviceRemoved(const QString &name);
    void applyPendingEvents();
    void onGuestsRead(const std::optional<QList<inventory::Guest>> &guests, const QString &problem);
    template<typename F>
    void onWorker(F fn);

    Options m_options;
    QThread m_thread;
    SessionWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    QTimer m_reconnectTimer;
    State m_state = State::Closed;
    QString m_reason;
    bool m_userClosed = false;
    int m_attempt = 0;
    quint64 m_request = 0;
    bool m_captureRunning = false;
    // Device events seen while a capture runs, re-applied on top of its result (the capture may
    // have read the device before the change).
    QList<std::variant<inventory::Device, QString>> m_eventsDuringCapture;
    // Events not applied yet: a burst (256 VFs created at once) becomes one graph rebuild and
    // one snapshotChanged when the event loop next turns.
    // The graph is rebuilt on the thread pool (20,000 devices take tens of milliseconds), one
    // rebuild at a time; a result is dropped when a capture replaced the snapshot meanwhile.
    QList<std::variant<inventory::Device, QString>> m_pendingEvents;
    QTimer m_applyTimer;
    bool m_applying = false;
    quint64 m_generation = 0; // of m_snapshot's base: bumped by every capture
    std::shared_ptr<std::atomic_bool> m_cancel;
    inventory::HostSnapshot m_snapshot;
};

} // namespace hosts
