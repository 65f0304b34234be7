#pragma once

#include "hostfacts/hostfacts.h"
#include "probe/probeallowlist.h"
#include "probe/sshconnection.h"
#include "probe/sshprompt.h"
#include "probe/sshtarget.h"

#include <QString>

#include <optional>

namespace probe {

struct HostProbeOptions
{
    QString rootPrefix;                 // a fake sysfs/procfs tree on the host; empty: "/"
    QList<Probe> probes = allProbes();
    int timeoutMs = 0;                  // > 0 overrides every probe's own timeout
};

// Reads hostfacts::HostFacts from a host over ssh: one SshConnection (strict host keys,
// agent/key/prompt authentication), then each allowlisted probe on its own channel with its
// timeout and output cap. A probe that fails, hangs or overflows is recorded in
// HostFacts::probes(); the others still run. A connection lost on the way ends the run with an
// error instead (nothing half-read is returned as facts). Blocking: call from a worker thread.
class HostProbe
{
public:
    HostProbe(SshTarget target, HostProbeOptions options = {});

    // nullopt when the connection, host key or login failed; error() says why.
    std::optional<hostfacts::HostFacts> run(SshPrompt &prompt);
    const QString &error() const { return m_error; }
    // Valid after run(): which known-hosts file vouched for the key, how we logged in.
    const HostKeyVerdict &hostKeyVerdict() const { return m_connection.hostKeyVerdict(); }
    const SshAuthResult &authResult() const { return m_connection.authResult(); }

private:
    hostfacts::ProbeStatus runOne(Probe probe, hostfacts::HostFactsParts *parts);

    HostProbeOptions m_options;
    SshConnection m_connection;
    QString m_error;
};

} // namespace probe
