#pragma once

#include <QString>

#include <libvirt/libvirt.h>

#include <memory>

namespace hosts {

// RAII owners of libvirt handles: no path leaks a connection or a device.
struct ConnectionCloser
{
    void operator()(virConnectPtr c) const { virConnectClose(c); }
};
struct NodeDeviceFreer
{
    void operator()(virNodeDevicePtr d) const { virNodeDeviceFree(d); }
};
struct DomainFreer
{
    void operator()(virDomainPtr d) const { virDomainFree(d); }
};
using ConnectionHandle = std::unique_ptr<virConnect, ConnectionCloser>;
using NodeDeviceHandle = std::unique_ptr<virNodeDevice, NodeDeviceFreer>;
using DomainHandle = std::unique_ptr<virDomain, DomainFreer>;

// A malloc'd C string from libvirt, freed on scope exit.
class LibvirtString
{
public:
    explicit LibvirtString(char *s) : m_s(s) {}
    ~LibvirtString() { free(m_s); }
    LibvirtString(const LibvirtString &) = delete;
    LibvirtString &operator=(const LibvirtString &) = delete;
    bool isNull() const { return !m_s; }
    QString toString() const { return m_s ? QString::fromUtf8(m_s) : QString(); }

private:
    char *m_s;
};

// libvirt's last error on this thread, or fallback.
QString lastLibvirtError(const QString &fallback = QStringLiteral("unknown libvirt error"));
// Makes libvirt quiet (errors are reported by us, not printed by libvirt); idempotent.
void initializeLibvirt();
// "11.3.0" from libvirt's packed version number.
QString versionString(unsigned long long packed);

} // namespace hosts
