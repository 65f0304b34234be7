#pragma once

#include "inventory/guest.h"
#include "inventory/nodeinfo.h"

#include <QList>
#include <QString>

#include <libvirt/libvirt.h>

#include <optional>

namespace hosts {

// The host's libvirt domains, running and defined, with the devices their XML gives them
// (virConnectListAllDomains, virDomainGetXMLDesc without flags: allowed on read-only
// connections). nullopt and *warning when the connection cannot list domains (a daemon without
// a hypervisor driver); a domain that vanished while being read is left out.
std::optional<QList<inventory::Guest>> readGuests(virConnectPtr conn, const QString &uri, QString *warning);

// virNodeGetInfo; nullopt when the driver does not answer it.
std::optional<inventory::NodeInfo> readNodeInfo(virConnectPtr conn);

} // namespace hosts
