#include "hosts/hostcapture.h"

#include "hosts/libvirthandles.h"
#include "inventory/nodedeviceparser.h"

#include <QList>

#include <libvirt/virterror.h>

#include <mutex>
#include <thread>
#include <vector>

namespace hosts {

using namespace inventory;

namespace {

HostFacts readFacts(virConnectPtr conn, const QString &uri)
{
    HostFacts f;
    f.uri = uri;
    f.hostname = LibvirtString(virConnectGetHostname(conn)).toString();
    unsigned long v = 0;
    if (virConnectGetLibVersion(conn, &v) == 0)
        f.libvirtVersion = versionString(v);
    if (const char *type = virConnectGetType(conn))
        f.hypervisorType = QString::fromUtf8(type);
    if (virConnectGetVersion(conn, &v) == 0)
        f.hypervisorVersion = versionString(v);
    return f;
}

QList<FreePages> readFreePages(virConnectPtr conn, const HostCapabilities &caps)
{
    QList<FreePages> out;
    if (caps.cells.isEmpty() || caps.pageSizesKiB.isEmpty())
        return out;
    std::vector<unsigned int> sizes;
    for (quint64 s : caps.pageSizesKiB)
        sizes.push_back(unsigned(s));
    for (const NumaCell &cell : caps.cells) {
        std::vector<unsigned long long> counts(sizes.size());
        if (virNodeGetFreePages(conn, unsigned(sizes.size()), sizes.data(), cell.id, 1, counts.data(), 0) < 0)
            continue; // not every driver reports free pages
        for (size_t i = 0; i < sizes.size(); ++i)
            out.append(FreePages{cell.id, sizes[i], counts[i]});
    }
    return out;
}

Device deviceFromHandle(virNodeDevicePtr dev)
{
    const QString name = QString::fromUtf8(virNodeDeviceGetName(dev));
    LibvirtString xml(virNodeDeviceGetXMLDesc(dev, 0));
    if (xml.isNull()) {
        Device broken;
        broken.name = name;
        broken.broken = true;
        broken.error = QStringLiteral("cannot read the device XML: ") + lastLibvirtError();
        return broken;
    }
    Device d = parseNodeDevice(xml.toString());
    if (d.name.isEmpty())
        d.name = name;
    return d;
}

// Fetches every device's XML with up to `threads` RPCs in flight on the one connection. A device
// that cannot be read on a connection that is no longer alive stops the fetch: the host went
// away, and what was read so far is not the host (lost tells how far it got and why).
struct LostConnection
{
    int devicesRead = -1; // -1: not lost
    QString error;
};

QList<Device> fetchDevices(virConnectPtr conn, virNodeDevicePtr *devs, int count, const CaptureOptions &options, LostConnection *lostAt)
{
    QList<Device> out(count);
    Device *slots = out.data(); // each thread writes only its own slots; no QList calls in threads
    std::atomic_int next{0};
    std::atomic_bool lost{false};
    int done = 0;
    std::mutex progressMutex;
    auto work = [&] {
        for (int i = next++; i < count; i = next++) {
            if ((options.cancel && options.cancel->load()) || lost.load())
                return;
            slots[i] = deviceFromHandle(devs[i]);
            // Counted and reported under one lock, so reports arrive in order: N of M only grows.
            std::lock_guard lock(progressMutex);
            if (slots[i].broken && virConnectIsAlive(conn) != 1) {
                if (!lost.exchange(true))
                    *lostAt = LostConnection{done, slots[i].error};
                return;
            }
            const int n = ++done;
            if (options.progress)
                options.progress(n, count);
        }
    };
    const int threads = std::max(1, std::min(options.fetchThreads, count));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    return out;
}

} // namespace

Device fetchDevice(virConnectPtr conn, const QString &name)
{
    NodeDeviceHandle dev(virNodeDeviceLookupByName(conn, name.toUtf8().constData()));
    if (!dev) {
        Device broken;
        broken.name = name;
        broken.broken = true;
        broken.error = QStringLiteral("cannot look the device up: ") + lastLibvirtError();
        return broken;
    }
    return deviceFromHandle(dev.get());
}

CaptureResult captureHost(virConnectPtr conn, const QString &uri, const CaptureOptions &options)
{
    CaptureResult result;
    const HostFacts facts = readFacts(conn, uri);
    LibvirtString capsXml(virConnectGetCapabilities(conn));
    if (capsXml.isNull()) {
        result.error = QStringLiteral("cannot read the host capabilities of %1: %2").arg(uri, lastLibvirtError());
        return result;
    }
    // Not every driver has domain capabilities (the test driver has); absence is not an error.
    LibvirtString domCapsXml(virConnectGetDomainCapabilities(conn, nullptr, nullptr, nullptr, nullptr, 0));
    const HostCapabilities caps = parseCapabilities(capsXml.toString());
    const QList<FreePages> freePages = readFreePages(conn, caps);

    virNodeDevicePtr *devs = nullptr;
    int count = virConnectListAllNodeDevices(conn, &devs, 0);
    if (count < 0 && virGetLastErrorCode() == VIR_ERR_NO_SUPPORT) {
        // A daemon without the node-device driver: a host with no devices to show, and why.
        result.warning = QStringLiteral("%1 lists no node devices: %2").arg(uri, lastLibvirtError());
        count = 0;
    } else if (count < 0) {
        result.error = QStringLiteral("cannot list the node devices of %1: %2").arg(uri, lastLibvirtError());
        return result;
    }
    std::vector<NodeDeviceHandle> owned;
    for (int i = 0; i < count; ++i)
        owned.emplace_back(devs[i]);
    LostConnection lost;
    QList<Device> devices = count > 0 ? fetchDevices(conn, devs, count, options, &lost) : QList<Device>();
    free(devs);
    if (lost.devicesRead >= 0) {
        // Never a partial host shown as complete: the devices not read would look absent.
        result.error = QStringLiteral("lost the connection to %1 while reading its devices (%2 of %3 read): %4")
                           .arg(uri)
                           .arg(lost.devicesRead)
                           .arg(count)
                           .arg(lost.error);
        return result;
    }
    if (options.cancel && options.cancel->load()) {
        result.cancelled = true;
        result.error = QStringLiteral("cancelled");
        return result;
    }
    result.snapshot = HostSnapshot(facts, QDateTime::currentDateTimeUtc(), capsXml.toString(), domCapsXml.toString(), freePages,
                                   DeviceGraph(std::move(devices)));
    return result;
}

CaptureResult captureUri(const ConnectOptions &connect, const CaptureOptions &options)
{
    CaptureResult result;
    const ConnectionHandle conn = openConnection(connect, &result.error);
    if (!conn)
        return result;
    return captureHost(conn.get(), connect.uri, options);
}

} // namespace hosts
