#pragma once

#include "hostfit/hostusage.h"

#include <QString>
#include <QStringList>

namespace hostfit {

// Why one more instance does not fit on a host in its current use, in the order the scheduler
// finds out: placement (VCPU, PCPU, MEMORY_MB), devices anywhere on the host, the NUMA fit
// (per host node: pages of the size, memory, dedicated and shared CPUs, thread policy), then
// devices on the nodes the instance fits on. `resource` is what runs out, in an operator's words
// ("1 GiB pages on NUMA node 1", "pCPUs in cpu_dedicated_set", "mdev type nvidia-231 instances
// on pci_0000_ca_00_0"); `message` gives the numbers.
struct Shortage
{
    QString code;        // host.pcpu-exhausted, host.vcpu-exhausted, host.memory-exhausted,
                         // host.hugepages-exhausted, host.device-unavailable, host.mdev-unavailable,
                         // host.devices-not-numa-local, host.numa-no-fit, host.flavor-rejected
    QString resource;
    QString message;
    QString fix;
    QStringList keys;
};

Shortage diagnoseShortage(const InstanceDemand &demand, const HostUsage &usage);

} // namespace hostfit
