#pragma once

#include "domainxml/computeprofile.h"
#include "domainxml/guestplan.h"
#include "flavors/flavor.h"
#include "inventory/hostsnapshot.h"
#include "rules/finding.h"
#include "rules/release.h"

#include <QSet>

#include <optional>

namespace domainxml {

struct BuildOptions
{
    rules::NovaRelease release = rules::NovaRelease(rules::NovaRelease::kDefault);
    QSet<QString> busyDevices; // node-device names / mdev UUIDs already assigned to guests
    // rules::checkFlavor's findings for this flavor and release when the caller has them (the
    // flavor workbench checks a flavor once per edit); else build() checks it.
    std::optional<QList<rules::Finding>> flavorFindings;
    // How Neutron binds ports of vnic type normal on this host (the mechanism driver and agent
    // that runs there): ovn, ovs (openvswitch firewall), ovs-hybrid (iptables_hybrid) or ovs-dpdk.
    QString normalPortBinding = QStringLiteral("ovn");
};

// An error Nova raises before it writes the document (API, scheduler, driver checks); an error of
// libvirt's (novaException libvirtError: the define of the document Nova wrote fails) is not one.
bool novaStopsBeforeWriting(const QList<rules::Finding> &findings);

// The values BuildOptions::normalPortBinding accepts.
QStringList normalPortBindings();

struct BuildResult
{
    QString xml;                    // empty when Nova stops before writing it (novaStopsBeforeWriting)
    GuestPlan plan;                 // valid when xml is set
    QList<rules::Finding> findings; // stage A/B from rules::checkFlavor, then C/D from the build
    bool ok() const { return !xml.isEmpty(); }
};

// The libvirt domain document Nova's libvirt driver would define for an instance of `flavor`
// (with its image properties and ports) on `host` configured as `profile`; or, when stage A, B,
// C (no NUMA fit, no free device) or D (driver-only checks) fails, only the findings. The
// document is written when only libvirt would refuse it (its errors are in the findings). Pure and
// deterministic: the same inputs give the same bytes.
BuildResult build(const flavors::Flavor &flavor, const inventory::HostSnapshot &host, const ComputeProfile &profile,
                  const BuildOptions &options = {});

} // namespace domainxml
