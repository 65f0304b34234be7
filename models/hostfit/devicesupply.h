#pragma once

#include "hostfit/hostusage.h"

#include <QMap>
#include <QString>

namespace hostfit {

// How many devices of one kind an instance asks for and how many the host still has, counted
// with domainxml's allocator (the same picks the domain XML uses) on a host without NUMA
// constraints. `what` names the resource: "vDPA devices (PF ens1f0np0)", "free VFs of PF
// ens1f1np1 for physnet physnet1", "mdev type nvidia-231 instances on pci_0000_ca_00_0",
// "devices of PCI alias 'a40' (10de:2235)".
struct DeviceSupply
{
    QString code;            // host.device-unavailable, host.mdev-unavailable
    QString what;
    int wanted = 0;          // per instance
    int free = 0;            // on the whole host, now
    QMap<int, int> freeByNode; // NUMA node (-1: unknown) -> free
    bool enough() const { return free >= wanted; }
    QString byNodeText() const; // "node 0: 4, node 1: 0"
};

QList<DeviceSupply> deviceSupply(const InstanceDemand &demand, const HostUsage &usage);

} // namespace hostfit
