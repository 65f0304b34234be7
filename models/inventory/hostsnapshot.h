#pragma once

#include "hostfacts/hostfacts.h"
#include "inventory/devicegraph.h"
#include "inventory/guest.h"
#include "inventory/hostcapabilities.h"
#include "inventory/nodeinfo.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace inventory {

// Who the host is, as libvirt says: names and versions.
struct HostIdentity
{
    QString hostname;
    QString uri;               // the URI it was captured from
    QString libvirtVersion;    // "11.3.0" (the daemon's)
    QString hypervisorType;    // "QEMU", "Test"
    QString hypervisorVersion; // "9.2.0"
    QString hostVersion;       // the host's kernel/OS when known
    bool operator==(const HostIdentity &) const = default;
};

// Free pages of one size on one NUMA cell (virNodeGetFreePages).
struct FreePages
{
    int cell = -1;
    quint64 sizeKiB = 0;
    quint64 free = 0;
    bool operator==(const FreePages &) const = default;
};

// Everything captured from one host at one time: an immutable value that crosses threads and
// goes to disk as a .vdeckhost file. Parsed parts are derived from the raw XML it keeps. The
// host facts libvirt does not report (hugepages per node, kernel command line, memlock,
// nova.conf, ...) join it when the host was probed over ssh.
class HostSnapshot
{
public:
    HostSnapshot() = default;
    HostSnapshot(HostIdentity identity, QDateTime capturedAt, QString capabilitiesXml, QString domainCapabilitiesXml,
                 QList<FreePages> freePages, DeviceGraph graph);

    const HostIdentity &identity() const { return m_identity; }
    const QDateTime &capturedAt() const { return m_capturedAt; }
    const QString &capabilitiesXml() const { return m_capabilitiesXml; }
    const QString &domainCapabilitiesXml() const { return m_domainCapabilitiesXml; }
    const HostCapabilities &capabilities() const { return m_capabilities; }
    const QList<FreePages> &freePages() const { return m_freePages; }
    quint64 freePagesOf(int cell, quint64 sizeKiB) const;
    const DeviceGraph &graph() const { return m_graph; }
    // What the ssh probe read (hostfacts::HostFacts), when the host was probed.
    const std::optional<hostfacts::HostFacts> &hostFacts() const { return m_hostFacts; }
    bool isNull() const { return m_capturedAt.isNull(); }
    // virNodeGetInfo, when it was read. When the capabilities list no NUMA cells (libvirt's test
    // driver on a custom file), capabilities() has the cells it implies (cellsFromNodeInfo).
    const std::optional<NodeInfo> &nodeInfo() const { return m_nodeInfo; }
    // The host's libvirt domains and the devices they are given; nullopt when not read (older
    // files, a snapshot made without a connection).
    const std::optional<QList<Guest>> &guests() const { return m_guests; }
    QList<GuestUse> guestsUsing(const QString &device) const { return m_guestsByDevice.value(device); }
    const QHash<QString, QList<GuestUse>> &guestsByDevice() const { return m_guestsByDevice; }

    HostSnapshot withGraph(DeviceGraph graph) const; // for incremental node-device events
    HostSnapshot withHostFacts(std::optional<hostfacts::HostFacts> facts) const;
    HostSnapshot withNodeInfo(std::optional<NodeInfo> info) const;
    HostSnapshot withGuests(std::optional<QList<Guest>> guests) const; // for domain lifecycle events

    bool operator==(const HostSnapshot &other) const;

private:
    HostIdentity m_identity;
    QDateTime m_capturedAt;
    QString m_capabilitiesXml;
    QString m_domainCapabilitiesXml;
    HostCapabilities m_capabilities;
    QList<FreePages> m_freePages;
    DeviceGraph m_graph;
    std::optional<hostfacts::HostFacts> m_hostFacts;
    std::optional<NodeInfo> m_nodeInfo;
    std::optional<QList<Guest>> m_guests;
    QHash<QString, QList<GuestUse>> m_guestsByDevice; // from m_guests and m_graph
};

} // namespace inventory
