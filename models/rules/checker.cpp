#include "rules/checker.h"

#include "rules/advice.h"
#include "rules/stagea.h"
#include "rules/stageb.h"

namespace rules {

QList<Finding> checkFlavor(const flavors::Flavor &flavor, const flavors::ExtraSpecCatalog &catalog, const CheckOptions &options)
{
    QList<Finding> out = checkStageA(flavor, catalog, options.release);
    if (hasErrors(out)) {
        // At >= 2.86 the specs are never stored, so nothing later runs; the later blockers are
        // stage B's on the keys the API accepts.
        flavors::Flavor accepted = flavor;
        for (const Finding &f : out) {
            if (f.severity == Severity::Error)
                for (const QString &key : f.keys)
                    accepted.extraSpecs.remove(key);
        }
        out.append(checkStageB(accepted, options.release, StageBMode::EveryBlocker).blockers);
        orderFindings(out);
        return out;
    }
    const StageBResult b = checkStageB(flavor, options.release, StageBMode::EveryBlocker);
    if (b.error) {
        out.append(b.blockers);
        orderFindings(out);
        return out;
    }
    out.append(adviseFlavor(flavor, b.shape, options.release));
    orderFindings(out);
    return out;
}

} // namespace rules
