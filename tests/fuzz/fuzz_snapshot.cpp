// The .vdeckhost loader.
#include "fuzztargets.h"

#include "inventory/snapshotfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    inventory::HostSnapshot snapshot;
    QString error;
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    if (inventory::snapshotfile::fromJson(json, QStringLiteral("fuzz.vdeckhost"), &snapshot, &error)) {
        // What loads must save and load back.
        inventory::HostSnapshot again;
        if (!inventory::snapshotfile::fromJson(inventory::snapshotfile::toJson(snapshot), QStringLiteral("again"), &again, &error))
            __builtin_trap();
    }
    return 0;
}
