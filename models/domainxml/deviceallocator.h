#pragma once

#include "domainxml/computeprofile.h"
#include "flavors/flavor.h"
#include "inventory/devicegraph.h"

#include <QHash>
#include <QSet>

namespace domainxml {

// One host device given to the guest.
struct AllocatedDevice
{
    QString node;                  // libvirt node-device name
    inventory::PciAddress address; // VF / PF / PCI device
    QString chardev;               // vDPA: /dev/vhost-vdpa-N
    QString netdev;                // macvtap: the VF's interface
    QString mdevUuid;
    bool toBeCreated = false;      // mdev: Nova would create it on `node` (the parent)
    int numaNode = -1;
};

struct DeviceAllocation
{
    QList<AllocatedDevice> ports;   // one per flavor port, in order (normal ports: empty entry)
    QList<AllocatedDevice> pci;     // pci_passthrough:alias devices
    QList<AllocatedDevice> vgpus;   // resources:VGPU
    QStringList missing;            // what could not be found (stage C: NoValidHost)
};

// Devices already handed out since the snapshot was taken (capacity counting): node names and
// mdev UUIDs in use, and how many new mdevs were created on each parent (each one takes one of
// the type's available instances).
struct DeviceUse
{
    QSet<QString> busy;
    QHash<QString, int> newMdevs; // parent node name -> mdevs created
};

// The devices the host would hand to an instance of this flavor: free VFs (host driver bound,
// no vDPA child) for direct and macvtap ports, vDPA devices for vdpa ports, PFs with no VF in
// use for direct-physical, [pci]alias matches, mdevs of the enabled (or only used) type. With
// guest NUMA cells, devices must be on those host nodes (the 'legacy' PCI NUMA policy).
// Picks are deterministic: lowest PCI address / name first. `busy` names devices (node names or
// mdev UUIDs) known to be assigned already. `mdevUuidSeed` makes new mdev UUIDs stable.
DeviceAllocation allocateDevices(const flavors::Flavor &flavor, const inventory::DeviceGraph &graph,
                                 const ComputeProfile &profile, const QList<int> &hostCells,
                                 const QSet<QString> &busy = {});
DeviceAllocation allocateDevices(const flavors::Flavor &flavor, const inventory::DeviceGraph &graph,
                                 const ComputeProfile &profile, const QList<int> &hostCells, const DeviceUse &use);

// The number of vGPUs the flavor asks for (resources:VGPU, or the first numbered group's).
int requestedVgpus(const flavors::Flavor &flavor);

// pci_passthrough:alias as (alias, count) pairs; empty when unset or malformed.
QList<std::pair<QString, int>> requestedAliases(const flavors::Flavor &flavor);

} // namespace domainxml
