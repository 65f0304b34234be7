#include "cloud/deployedlint.h"

#include "flavors/catalog.h"
#include "rules/checker.h"

namespace cloud {

QList<FlavorVerdict> lintDeployed(const QList<flavors::Flavor> &deployed, rules::NovaRelease release)
{
    const flavors::ExtraSpecCatalog &catalog = flavors::ExtraSpecCatalog::forRelease(release.major());
    QList<FlavorVerdict> out;
    out.reserve(deployed.size());
    for (const flavors::Flavor &f : deployed) {
        FlavorVerdict v{f, rules::checkFlavor(f, catalog, rules::CheckOptions{release}), false};
        v.hasErrors = rules::hasErrors(v.findings);
        out << v;
    }
    return out;
}

} // namespace cloud
