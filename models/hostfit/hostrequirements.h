#pragma once

#include "domainxml/computeprofile.h"
#include "flavors/flavor.h"
#include "inventory/hostsnapshot.h"
#include "rules/finding.h"
#include "rules/release.h"
#include "versions/minimums.h"

namespace hostfit {

// Host-aware checks that depend on the host's software, not on free resources: libvirt and QEMU
// below nova-compute's minimum for the release (host.nova-minimum), vIOMMU on this host (machine
// type after [libvirt]hw_machine_type, q35 offered by the host's QEMU, the model vs libvirt,
// what `auto` becomes: host.viommu-*), and libvirt/QEMU/kernel minimums for vDPA
// (host.vdpa-minimum). Each message names the minimum and its source (versions/minimums.h).
// Errors mean the host cannot run the flavor (stage C: the host is not a candidate; D: spawn
// fails).
QList<rules::Finding> checkHostRequirements(const flavors::Flavor &flavor, const inventory::HostSnapshot &host,
                                            const domainxml::ComputeProfile &profile, rules::NovaRelease release);

// The version minimums checkHostRequirements applies for a release, for documentation
// (`vdeckctl capacity --help`): nova-compute's (known from Nova 31 on), vIOMMU virtio, vDPA.
QList<versions::Minimum> appliedMinimums(rules::NovaRelease release);

} // namespace hostfit
