#pragma once

#include "domainxml/computeprofile.h"
#include "domainxml/deviceallocator.h"
#include "domainxml/guestplan.h"
#include "flavors/flavor.h"
#include "inventory/hostsnapshot.h"
#include "pycompat/pyparse.h"
#include "rules/stageb.h"
#include "rules/release.h"

namespace domainxml {

// Interfaces and host devices as nova/virt/libvirt/vif.py and the driver write them: vdpa
// (source dev = chardev, no model), direct (interface type='hostdev'), macvtap (type='direct',
// virtio, multiqueue on kvm), direct-physical / PCI aliases (hostdev type='pci'), vGPU
// (hostdev type='mdev', managed='no'), normal (bridge or vhostuser by `normalBinding`, see
// BuildOptions::normalPortBinding). Fills plan.nics and plan.hostdevs.
void planDevices(const flavors::Flavor &flavor, const rules::StageBResult &stageB, const inventory::HostSnapshot &host,
                 const ComputeProfile &profile, const DeviceAllocation &devices, const QString &normalBinding,
                 rules::NovaRelease release, GuestPlan &plan);

// hardware.get_packed_virtqueue_constraint: the flavor's hw:virtio_packed_ring, else the image's
// hw_virtio_packed_ring; std::nullopt when neither is set. *conflict is set when both are set
// and differ (FlavorImageConflict at the API).
std::optional<bool> packedRing(const flavors::Flavor &flavor, bool *conflict = nullptr);

// vif._get_max_tap_queues: [libvirt]max_queues, else by the host kernel's major version
// (1 for <= 2, 8 for 3, 256 for 4, no cap from 5); 0 = no cap.
int maxTapQueues(const ComputeProfile &profile, const QString &hostVersion);

} // namespace domainxml
