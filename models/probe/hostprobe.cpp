#include "probe/hostprobe.h"

#include "probe/dumpformat.h"
#include "probe/factparsers.h"

namespace probe {

HostProbe::HostProbe(SshTarget target, HostProbeOptions options)
    : m_options(std::move(options))
    , m_connection(std::move(target))
{
}

std::optional<hostfacts::HostFacts> HostProbe::run(SshPrompt &prompt)
{
    if (!isValidRootPrefix(m_options.rootPrefix, &m_error))
        return std::nullopt;
    if (!m_connection.open(prompt)) {
        m_error = m_connection.error();
        return std::nullopt;
    }
    hostfacts::HostFactsParts parts;
    parts.host = m_connection.target().display();
    parts.probedAt = QDateTime::currentDateTimeUtc();
    for (Probe p : m_options.probes) {
        parts.probes.append(runOne(p, &parts));
        if (!m_connection.isConnected()) {
            const hostfacts::ProbeStatus &last = parts.probes.constLast();
            m_error = QStringLiteral("lost the connection to %1 during the %2 probe%3")
                          .arg(m_connection.target().display(), last.probe, last.error.isEmpty() ? QString() : QStringLiteral(": ") + last.error);
            return std::nullopt;
        }
    }
    return hostfacts::HostFacts(std::move(parts));
}

hostfacts::ProbeStatus HostProbe::runOne(Probe probe, hostfacts::HostFactsParts *parts)
{
    hostfacts::ProbeStatus status;
    status.probe = probeName(probe);
    const std::optional<AllowedCommand> command = AllowedCommand::allowed(probe, m_options.rootPrefix, &status.error);
    if (!command)
        return status;
    ProbeLimits limits = defaultLimits(probe);
    if (m_options.timeoutMs > 0)
        limits.timeoutMs = m_options.timeoutMs;
    const ProbeOutput output = m_connection.run(*command, limits);
    status.ok = output.ok;
    status.timedOut = output.timedOut;
    status.truncated = output.truncated;
    status.error = output.error;
    if (output.ok || !output.out.isEmpty())
        parsers::apply(probe, parseDump(output.out), parts);
    return status;
}

} // namespace probe
