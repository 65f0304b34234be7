#include "probe/hostprobe.h"

#include "probe/dumpformat.h"
#include "probe/factparsers.h"

namespace probe {

HostProbe::HostProbe(SshTarget target, HostProbeOptions options)
    : m_options(std::move(options))
    , m_connection(std::move(target))
{
}

std::optional<HostFacts> HostProbe::run(SshPrompt &prompt)
{
    if (!isValidRootPrefix(m_options.rootPrefix, &m_error))
        return std::nullopt;
    if (!m_connection.open(prompt)) {
        m_error = m_connection.error();
        return std::nullopt;
    }
    HostFactsParts parts;
    parts.host = m_connection.target().display();
    parts.probedAt = QDateTime::currentDateTimeUtc();
    for (Probe p : m_options.probes)
        parts.probes.append(runOne(p, &parts));
    return HostFacts(std::move(parts));
}

ProbeStatus HostProbe::runOne(Probe probe, HostFactsParts *parts)
{
    ProbeStatus status;
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
