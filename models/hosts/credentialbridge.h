#pragma once

#include "hosts/connection.h"

#include <QObject>

#include <memory>

namespace hosts {

// Turns libvirt's blocking auth callback (it runs on a session's worker thread) into a request
// answered asynchronously on the bridge's thread (a non-modal dialog in the GUI). The worker
// waits; the GUI thread never does. Destroying the bridge (or abortAll()) cancels every pending
// request, so a worker never waits for an answer that cannot come. Nothing is stored.
class CredentialBridge : public QObject
{
    Q_OBJECT
public:
    explicit CredentialBridge(QObject *parent = nullptr);
    ~CredentialBridge() override;

    // A CredentialPrompt for ConnectOptions: call it on any thread except the bridge's own.
    CredentialPrompt prompt(const QString &uri) const;

    // Answers request id (from requested()): ok false cancels the connection attempt.
    void answer(quint64 id, const QList<CredentialRequest> &requests, bool ok);
    void abortAll();
    int pending() const;

Q_SIGNALS:
    // Emitted on the bridge's thread; answer(id, ...) exactly once.
    void requested(quint64 id, const QString &uri, const QList<hosts::CredentialRequest> &requests);

public:
    struct State;

private:
    std::shared_ptr<State> m_state;
};

} // namespace hosts

Q_DECLARE_METATYPE(hosts::CredentialRequest)
