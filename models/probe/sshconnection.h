#pragma once

#include "probe/hostkeyverifier.h"
#include "probe/probeallowlist.h"
#include "probe/sshauthenticator.h"
#include "probe/sshhandles.h"
#include "probe/sshprompt.h"
#include "probe/sshtarget.h"

#include <QByteArray>
#include <QString>

namespace probe {

struct ProbeOutput
{
    bool ok = false;        // the script ran and its output was read to the end (or the cap)
    bool timedOut = false;
    bool truncated = false; // the output cap was reached; the rest was not read
    QByteArray out;
    QString error;
};

// One libssh session: connect, verify the host key with HostKeyVerifier, log in with
// SshAuthenticator, then run allowlisted scripts one channel at a time. Blocking: run it on a
// worker thread, never on the GUI thread.
class SshConnection
{
public:
    explicit SshConnection(SshTarget target);

    // Connects, verifies and logs in. On false, error() says why (the host-key message verbatim).
    bool open(SshPrompt &prompt);
    const QString &error() const { return m_error; }
    const HostKeyVerdict &hostKeyVerdict() const { return m_verdict; }
    const SshAuthResult &authResult() const { return m_auth; }
    const SshTarget &target() const { return m_target; }
    // False once the session is gone (sshd killed, network down, never opened).
    bool isConnected() const;

    ProbeOutput run(const AllowedCommand &command, const ProbeLimits &limits);

private:
    bool configure();
    bool verifyHostKey(SshPrompt &prompt);
    void readUntilDone(ssh_channel channel, const ProbeLimits &limits, ProbeOutput *result);

    SshTarget m_target;
    SshSessionPtr m_session;
    HostKeyVerdict m_verdict;
    SshAuthResult m_auth;
    QString m_error;
};

} // namespace probe
