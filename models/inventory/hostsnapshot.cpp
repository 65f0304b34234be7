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
    if (copy.m_guests)
        copy.m_guestsByDevice = inventory::guestsByDevice(*copy.m_guests, copy.m_graph);
    return copy;
}

HostSnapshot HostSnapshot::withNodeInfo(std::optional<NodeInfo> info) const
{
    if (info == m_nodeInfo)
        return *this;
    HostSnapshot copy = *this;
    copy.m_nodeInfo = std::move(info);
    copy.m_capabilities = parseCapabilities(copy.m_capabilitiesXml);
    if (copy.m_capabilities.cells.isEmpty() && copy.m_nodeInfo && copy.m_nodeInfo->isValid()) {
        copy.m_capabilities.cells = cellsFromNodeInfo(*copy.m_nodeInfo);
        copy.m_capabilities.cellsFromNodeInfo = true;
    }
    if (copy.m_capabilities.sockets <= 0 && copy.m_nodeInfo && copy.m_nodeInfo->sockets > 0) {
        // virNodeGetInfo counts sockets per NUMA node, as the capabilities' <topology> does.
        copy.m_capabilities.sockets = copy.m_nodeInfo->sockets;
        copy.m_capabilities.cores = copy.m_nodeInfo->cores;
        copy.m_capabilities.threads = copy.m_nodeInfo->threads;
    }
    return copy;
}

HostSnapshot HostSnapshot::withGuests(std::optional<QList<Guest>> guests) const
{
    HostSnapshot copy = *this;
    copy.m_guests = std::move(guests);
    copy.m_guestsByDevice = copy.m_guests ? inventory::guestsByDevice(*copy.m_guests, copy.m_graph) : QHash<QString, QList<GuestUse>>();
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
        && m_hostFacts == other.m_hostFacts && m_nodeInfo == other.m_nodeInfo && m_guests == other.m_guests;
}

} // namespace inventory
