#pragma once

#include "hosts/connection.h"
#include "hosts/hostcapture.h"

#include <QObject>

#include <QList>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace hosts {

struct SessionWorkerCallbacks;

// Lives on a HostSession's worker thread and owns its one libvirt connection; every blocking
// libvirt call of the session happens here. libvirt's callbacks (event-loop thread) reach it
// through a relay that is cut before the worker goes away. Results leave as signals (queued to
// the session's thread).
class SessionWorker : public QObject
{
    Q_OBJECT
public:
    SessionWorker(ConnectOptions connect, int keepAliveIntervalS, int keepAliveCount, int fetchThreads, int partialIntervalMs);
    ~SessionWorker() override;

    // Called on the worker thread (queued from the session).
    void connectHost();
    void disconnectHost();
    void capture(quint64 requestId, std::shared_ptr<std::atomic_bool> cancel);
    void validateDomainXml(const QString &xml);

    struct Relay
    {
        std::mutex mutex;
        SessionWorker *worker = nullptr;
    };

Q_SIGNALS:
    void connected();
    void connectFailed(const QString &reason);
    void disconnected(const QString &reason);
    void progress(quint64 requestId, int done, int total);
    void partial(quint64 requestId, const inventory::HostSnapshot &partial);
    void captured(quint64 requestId, const hosts::CaptureResult &result);
    void deviceChanged(const inventory::Device &device);
    void deviceRemoved(const QString &name);
    // The guests read again after domain events (started, stopped, defined, a device plugged);
    // warning says why they could not be read.
    void guestsRead(const std::optional<QList<inventory::Guest>> &guests, const QString &warning);
    void domainValidated(bool ok, const QString &message);

private:
    friend struct SessionWorkerCallbacks;
    void registerCallbacks();
    void unregisterCallbacks();
    void onDeviceEvent(const QString &name, bool removed);
    void onDomainEvent();
    void rereadGuests();
    void onClosed(int reason);

    ConnectOptions m_connect;
    int m_keepAliveInterval;
    int m_keepAliveCount;
    int m_fetchThreads;
    int m_partialIntervalMs;
    ConnectionHandle m_conn;
    std::shared_ptr<Relay> m_relay;
    int m_lifecycleCallback = -1;
    int m_updateCallback = -1;
    QList<int> m_domainCallbacks;
    bool m_guestsQueued = false; // a burst of domain events reads the guests once
    bool m_closeCallback = false;
    // The close callback's opaque is ours to free: libvirt's local drivers (test:///) accept the
    // registration without storing the free function, so it would never be called.
    std::unique_ptr<std::shared_ptr<Relay>> m_closeRelay;
};

} // namespace hosts
