// The value parsers of extra specs: page sizes, CPU lists and masks, and every catalogue
// validator. The first byte picks the parser (and the vCPU count for masks).
#include "fuzztargets.h"

#include "flavors/catalog.h"
#include "rules/cpuspec.h"
#include "rules/pagesize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QString value = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0:
        (void)rules::parsePageSize(value);
        break;
    case 1:
        (void)rules::parseCpuSpec(value);
        break;
    case 2:
        (void)rules::applyCpuMask(value, 1 + data[0] / 4);
        break;
    default: {
        // "key=value" against the catalogue.
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? value : value.left(eq);
        (void)flavors::ExtraSpecCatalog::bundled().validate(key, eq < 0 ? QString() : value.mid(eq + 1));
        break;
    }
    }
    return 0;
}
