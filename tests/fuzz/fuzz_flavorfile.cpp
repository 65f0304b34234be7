// Every flavor importer: the native library, `openstack flavor show -f json`, Nova API JSON, and
// the older `k='v', ...` properties string.
#include "fuzztargets.h"

#include "flavors/fileerror.h"
#include "flavors/flavorfiles.h"
#include "flavors/importformats.h"
#include "flavors/nativeformat.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    flavors::FileError error;
    const std::optional<flavors::FlavorLibrary> library = flavors::parseFlavorDocument(bytes, QStringLiteral("fuzz.json"), &error);
    if (library) {
        // A library that loads must survive its own native round trip.
        flavors::FileError again;
        if (!flavors::parseFlavorDocument(flavors::writeNative(*library), QStringLiteral("again.json"), &again))
            __builtin_trap();
    }
    flavors::PropertyList properties;
    (void)flavors::parsePropertiesString(QString::fromUtf8(bytes), &properties);
    return 0;
}
