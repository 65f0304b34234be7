#include "rules/checker.h"

#include "rules/advice.h"
#include "rules/stagea.h"
#include "rules/stageb.h"

namespace rules {

QList<Finding> checkFlavor(const flavors::Flavor &flavor, const flavors::ExtraSpecCatalog &catalog, const CheckOptions &options)
{
    QList<Finding> out = checkStageA(flavor, catalog, options.release);
    if (hasErrors(out))
        return out; // at >= 2.86 the specs are never stored, so nothing later runs
    const StageBResult b = checkStageB(flavor, options.release);
    if (b.error) {
        out.append(*b.error);
        return out;
    }
    out.append(adviseFlavor(flavor, b.shape, options.release));
    sortBySeverity(out);
    return out;
}

} // namespace rules
