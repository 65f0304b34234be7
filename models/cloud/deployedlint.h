#pragma once

#include "flavors/flavor.h"
#include "rules/finding.h"
#include "rules/release.h"

#include <QList>

namespace cloud {

// A deployed flavor's findings for the release the cloud runs: the same rules::checkFlavor as
// `vdeckctl lint` with that release's own extra-spec catalogue. A flavor Nova would refuse to
// boot today (stage B or D) is an error, however long it has been stored.
struct FlavorVerdict
{
    flavors::Flavor flavor;
    QList<rules::Finding> findings;
    bool hasErrors = false;
};

QList<FlavorVerdict> lintDeployed(const QList<flavors::Flavor> &deployed, rules::NovaRelease release);

} // namespace cloud
