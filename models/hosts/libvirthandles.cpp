#include "hosts/libvirthandles.h"

#include <libvirt/virterror.h>

#include <mutex>

namespace hosts {

namespace {
void quiet(void *, virErrorPtr)
{
}
}

QString lastLibvirtError(const QString &fallback)
{
    const virError *e = virGetLastError();
    return e && e->message ? QString::fromUtf8(e->message) : fallback;
}

void initializeLibvirt()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // libvirt logs warnings and errors to stderr by default (an unresolvable hostname, a call
        // a read-only connection may not make); vDeck
        // reports errors itself. A user's LIBVIRT_LOG_OUTPUTS still wins.
        if (qEnvironmentVariableIsEmpty("LIBVIRT_LOG_OUTPUTS"))
            qputenv("LIBVIRT_LOG_OUTPUTS", "4:file:/dev/null");
        virInitialize();
        virSetErrorFunc(nullptr, quiet);
    });
}

QString versionString(unsigned long long packed)
{
    return QStringLiteral("%1.%2.%3").arg(packed / 1000000).arg((packed / 1000) % 1000).arg(packed % 1000);
}

} // namespace hosts
