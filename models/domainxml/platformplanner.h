#pragma once

#include "domainxml/computeprofile.h"
#include "domainxml/guestplan.h"
#include "flavors/flavor.h"
#include "inventory/hostsnapshot.h"
#include "rules/finding.h"
#include "rules/release.h"

namespace domainxml {

// The parts of the document Nova writes for every guest, by release (plan.arch, plan.uuid and
// plan.name must be set): <sysinfo> and <os><smbios> (_configure_guest_by_virt_type), the clock's
// timers (_set_kvm_timers), <rng> (_add_rng_device), the serial console's <log>
// (_create_pty_device), the balloon (_guest_add_memory_balloon, LibvirtConfigMemoryBalloon),
// <iothreads> (33+), <metadata><nova:instance> (_get_guest_config_meta), the boot menu and UEFI
// firmware. Appends the findings of the firmware choice.
void planPlatform(const flavors::Flavor &flavor, const inventory::HostSnapshot &host, const ComputeProfile &profile,
                  rules::NovaRelease release, GuestPlan &plan, QList<rules::Finding> &findings);

// nova.version.version_string_with_package() of a release: "31.0.0"; master "34.0.0.dev".
QString novaVersion(rules::NovaRelease release);

} // namespace domainxml
