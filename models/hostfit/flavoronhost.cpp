#include "hostfit/flavoronhost.h"

#include "flavors/catalog.h"
#include "hostfit/instancedemand.h"
#include "rules/checker.h"

#include <algorithm>

namespace hostfit {

FlavorOnHost assessOnHost(const flavors::Flavor &flavor, const inventory::HostSnapshot &host, const domainxml::ComputeProfile &profile,
                          const FlavorOnHostOptions &options)
{
    domainxml::BuildOptions build = options.build;
    if (!build.flavorFindings) // checked once, for the build and for the demand
        build.flavorFindings = rules::checkFlavor(flavor, flavors::ExtraSpecCatalog::forRelease(build.release.major()),
                                                  rules::CheckOptions{build.release});
    FlavorOnHost out;
    out.domain = domainxml::build(flavor, host, profile, build);
    const InstanceDemand demand = InstanceDemand::of(flavor, build.release, *build.flavorFindings);
    out.verdict = checkHost(flavor, host, profile, CapacityOptions{build.release, options.capacityCap, &demand});
    out.findings = findingsOnHost(out.domain.findings, out.verdict.findings);
    return out;
}

QList<rules::Finding> findingsOnHost(const QList<rules::Finding> &buildFindings, const QList<rules::Finding> &verdictFindings)
{
    // The build knows only that the instance does not fit (host.numa-no-fit, no free device); the
    // capacity check of the verdict says which resource runs out: its scheduler error replaces them.
    const bool verdictSaysWhy = std::any_of(verdictFindings.cbegin(), verdictFindings.cend(), [](const rules::Finding &f) {
        return f.severity == rules::Severity::Error && f.stage == rules::Stage::C;
    });
    QList<rules::Finding> build;
    for (const rules::Finding &f : buildFindings) {
        if (!(verdictSaysWhy && f.stage == rules::Stage::C && f.code.startsWith(QLatin1String("host."))))
            build.append(f);
    }
    return rules::mergeFindings(build, verdictFindings);
}

} // namespace hostfit
