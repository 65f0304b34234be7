#include "hosts/guestcapture.h"

#include "hosts/libvirthandles.h"

#include <vector>

namespace hosts {

std::optional<QList<inventory::Guest>> readGuests(virConnectPtr conn, const QString &uri, QString *warning)
{
    virDomainPtr *domains = nullptr;
    const int count = virConnectListAllDomains(conn, &domains, 0);
    if (count < 0) {
        *warning = QStringLiteral("cannot list the guests of %1, so no device shows its guest: %2").arg(uri, lastLibvirtError());
        return std::nullopt;
    }
    std::vector<DomainHandle> owned;
    for (int i = 0; i < count; ++i)
        owned.emplace_back(domains[i]);
    free(domains);
    QList<inventory::Guest> guests;
    for (const DomainHandle &dom : owned) {
        LibvirtString xml(virDomainGetXMLDesc(dom.get(), 0));
        if (xml.isNull())
            continue; // undefined since it was listed
        QString error;
        inventory::Guest g = inventory::parseGuest(xml.toString(), &error);
        if (!error.isEmpty()) {
            const char *name = virDomainGetName(dom.get());
            *warning = QStringLiteral("cannot read the XML of guest %1 on %2: %3").arg(QString::fromUtf8(name ? name : "?"), uri, error);
            continue;
        }
        g.active = virDomainIsActive(dom.get()) == 1;
        guests.append(std::move(g));
    }
    return guests;
}

std::optional<inventory::NodeInfo> readNodeInfo(virConnectPtr conn)
{
    virNodeInfo info;
    if (virNodeGetInfo(conn, &info) < 0)
        return std::nullopt;
    inventory::NodeInfo n;
    n.model = QString::fromUtf8(info.model);
    n.cpus = int(info.cpus);
    n.mhz = int(info.mhz);
    n.nodes = int(info.nodes);
    n.sockets = int(info.sockets);
    n.cores = int(info.cores);
    n.threads = int(info.threads);
    n.memoryKiB = info.memory;
    return n;
}

} // namespace hosts
