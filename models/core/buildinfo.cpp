#include "core/buildinfo.h"
#include "core/version.h"

#include <libssh/libssh.h>
#include <libvirt/libvirt.h>

namespace buildinfo {

QString version()
{
    return QStringLiteral(VDECK_VERSION_STRING);
}

QString qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString libvirtVersion()
{
    unsigned long v = 0;
    if (virGetVersion(&v, nullptr, nullptr) != 0)
        return QStringLiteral("unknown");
    return QStringLiteral("%1.%2.%3").arg(v / 1000000).arg((v / 1000) % 1000).arg(v % 1000);
}

QString libsshVersion()
{
    return QString::fromLatin1(ssh_version(0));
}

} // namespace buildinfo
