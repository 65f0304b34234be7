#include "hostfit/capacityestimate.h"
#include "core/findingtext.h"

#include "hostfit/hostrequirements.h"
#include "hostfit/hostusage.h"

namespace hostfit {

CapacityEstimate estimateCapacity(const flavors::Flavor &flavor, const inventory::HostSnapshot &host,
                                  const domainxml::ComputeProfile &profile, const CapacityOptions &options)
{
    CapacityEstimate e;
    for (const rules::Finding &f : checkHostRequirements(flavor, host, profile, options.release)) {
        if (f.severity == rules::Severity::Error) {
            e.shortage = Shortage{f.code, f.message, f.message, f.fix, f.keys};
            e.limitedBy = f.message;
            return e;
        }
    }
    QString error;
    std::optional<HostUsage> usage = HostUsage::of(host, profile, &error);
    if (!usage) {
        e.shortage = Shortage{QStringLiteral("host.profile-invalid"), error, error, {}, {}};
        e.limitedBy = error;
        return e;
    }
    const InstanceDemand demand = options.demand ? *options.demand : InstanceDemand::of(flavor, options.release);
    while (e.fits < options.cap) {
        const std::optional<InstancePlacement> p = usage->place(demand);
        if (!p) {
            e.shortage = diagnoseShortage(demand, *usage);
            e.limitedBy = e.shortage.resource;
            return e;
        }
        usage->consume(*p);
        ++e.fits;
    }
    e.capped = true;
    e.limitedBy = FindingText::tr("vDeck stops counting at %1 instances").arg(options.cap);
    return e;
}

} // namespace hostfit
