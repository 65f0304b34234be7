#include "inventory/hostsnapshot.h"

namespace inventory {

HostSnapshot::HostSnapshot(HostIdentity identity, QDateTime capturedAt, QString capabilitiesXml, QString domainCapabilitiesXml,
                           QList<FreePages> freePages, DeviceGraph graph)
    : m_identity(std::move(identity))
    , m_capturedAt(std::move(capturedAt))
    , m_capabilitiesXml(std::move(capabilitiesXml))
    , m_domainCapabilitiesXml(std::move(domainCapabilitiesXml))
    , m_capabilities(parseCapabilities(m_capabilitiesXml))
    , m_freePages(std::move(freePages))
    , m_graph(std::move(graph))
{
}

quint64 HostSnapshot::freePagesOf(int cell, quint64 sizeKiB) const
{
    for (const FreePages &f : m_freePages) {
        if (f.cell == cell && f.sizeKiB == sizeKiB)
            return f.free;
    }
    return 0;
}

HostSnapshot HostSnapshot::withGraph(DeviceGraph graph) const
{
    HostSnapshot copy = *this;
    copy.m_graph = std::move(graph);
    return copy;
}

HostSnapshot HostSnapshot::withHostFacts(std::optional<hostfacts::HostFacts> facts) const
{
    HostSnapshot copy = *this;
    copy.m_hostFacts = std::move(facts);
    return copy;
}

bool HostSnapshot::operator==(const HostSnapshot &other) const
{
    return m_identity == other.m_identity && m_capturedAt == other.m_capturedAt && m_capabilitiesXml == other.m_capabilitiesXml
        && m_domainCapabilitiesXml == other.m_domainCapabilitiesXml && m_freePages == other.m_freePages && m_graph == other.m_graph
        && m_hostFacts == other.m_hostFacts;
}

} // namespace inventory
