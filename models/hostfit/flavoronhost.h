#pragma once

#include "domainxml/builder.h"
#include "hostfit/hostcheck.h"

namespace hostfit {

// "This flavor on that host", everything vDeck says about it: the domain document Nova would write
// there, the host's verdict (requirements and capacity) and the one list of findings that
// vdeckctl lint --snapshot, vdeckctl xml, the GUI and reports all show.
struct FlavorOnHost
{
    domainxml::BuildResult domain;   // its findings are the flavor's plus the build's
    HostVerdict verdict;
    QList<rules::Finding> findings;  // findingsOnHost(domain, verdict)
};

struct FlavorOnHostOptions
{
    domainxml::BuildOptions build;   // release, busy devices, normal-port binding, the flavor's findings
    int capacityCap = CapacityEstimate::kDefaultCap;
};

FlavorOnHost assessOnHost(const flavors::Flavor &flavor, const inventory::HostSnapshot &host, const domainxml::ComputeProfile &profile,
                          const FlavorOnHostOptions &options = {});

// The one list from the two checks (the GUI has them from two places: the XML preview of the target
// host and the capacity run of every host): rules::mergeFindings of the build's findings (the
// flavor's, then stage C/D of the build) and the verdict's, duplicates and superseded findings
// dropped (the build's stage-C host errors when the verdict names the resource that runs out),
// the error Nova reports marked.
QList<rules::Finding> findingsOnHost(const QList<rules::Finding> &buildFindings, const QList<rules::Finding> &verdictFindings);

} // namespace hostfit
