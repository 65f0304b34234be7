// Node-device XML from a host, and host capabilities XML.
#include "fuzztargets.h"

#include "inventory/hostcapabilities.h"
#include "inventory/nodedeviceparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString xml = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)inventory::parseNodeDevice(xml);
    (void)inventory::parseCapabilities(xml);
    return 0;
}
