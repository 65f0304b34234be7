#include "hosts/credentialbridge.h"

#include <QMetaObject>
#include <QThread>

#include <condition_variable>
#include <map>
#include <mutex>

namespace hosts {

struct CredentialBridge::State
{
    struct Pending
    {
        bool done = false;
        bool ok = false;
        QList<CredentialRequest> requests;
    };

    std::mutex mutex;
    std::condition_variable answered;
    CredentialBridge *bridge = nullptr; // null once the bridge is gone
    quint64 nextId = 0;
    std::map<quint64, Pending> pending;

    // Runs on a worker thread: posts the request and waits for its answer.
    bool ask(const QString &uri, QList<CredentialRequest> &requests)
    {
        std::unique_lock lock(mutex);
        if (!bridge || QThread::currentThread() == bridge->thread())
            return false; // nobody to ask, or asked on the thread that must answer
        const quint64 id = ++nextId;
        pending[id].requests = requests;
        CredentialBridge *b = bridge;
        QMetaObject::invokeMethod(
            b, [b, id, uri, requests] { Q_EMIT b->requested(id, uri, requests); }, Qt::QueuedConnection);
        answered.wait(lock, [this, id] { return pending[id].done; });
        const Pending result = pending[id];
        pending.erase(id);
        if (result.ok && result.requests.size() == requests.size())
            requests = result.requests;
        return result.ok && result.requests.size() == requests.size();
    }

    void finish(quint64 id, const QList<CredentialRequest> &requests, bool ok)
    {
        std::lock_guard lock(mutex);
        auto it = pending.find(id);
        if (it == pending.end() || it->second.done)
            return;
        it->second.done = true;
        it->second.ok = ok;
        it->second.requests = requests;
        answered.notify_all();
    }

    void abortAll()
    {
        std::lock_guard lock(mutex);
        for (auto &p : pending)
            p.second.done = true; // ok stays false
        answered.notify_all();
    }
};

CredentialBridge::CredentialBridge(QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    qRegisterMetaType<QList<hosts::CredentialRequest>>();
    m_state->bridge = this;
}

CredentialBridge::~CredentialBridge()
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->bridge = nullptr;
    }
    m_state->abortAll();
}

CredentialPrompt CredentialBridge::prompt(const QString &uri) const
{
    return [state = m_state, uri](QList<CredentialRequest> &requests) { return state->ask(uri, requests); };
}

void CredentialBridge::answer(quint64 id, const QList<CredentialRequest> &requests, bool ok)
{
    m_state->finish(id, requests, ok);
}

void CredentialBridge::abortAll()
{
    m_state->abortAll();
}

int CredentialBridge::pending() const
{
    std::lock_guard lock(m_state->mutex);
    int n = 0;
    for (const auto &p : m_state->pending)
        n += p.second.done ? 0 : 1;
    return n;
}

} // namespace hosts
