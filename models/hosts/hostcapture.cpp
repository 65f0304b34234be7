#include "hosts/hostcapture.h"

#include "hosts/eventloop.h"
#include "hosts/guestcapture.h"
#include "hosts/libvirthandles.h"
#include "inventory/nodedeviceparser.h"

#include <QElapsedTimer>
#include <QList>
#include <QThreadPool>

#include <libvirt/virterror.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <optional>
#include <vector>

namespace hosts {

using namespace inventory;

namespace {

HostIdentity readFacts(virConnectPtr conn, const QString &uri)
{
    HostIdentity f;
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

// Collects fetched devices and hands out partial snapshots at most every interval (stretched
// when building the partial graph takes long). Thread-safe; one partial is built at a time.
class PartialDelivery
{
public:
    PartialDelivery(const CaptureOptions &options, HostSnapshot prototype)
        : m_options(options)
        , m_prototype(std::move(prototype))
        , m_nextAt(options.partialIntervalMs / 2) // the first partial: a handful, not one device
    {
        m_clock.start();
    }

    bool wanted() const { return bool(m_options.partial); }

    // Called with the lock held by the fetch thread that finished a device; returns the devices
    // to publish when this thread should build a partial (outside the lock), else nothing.
    std::optional<QList<Device>> add(const Device &device, int done, int total)
    {
        m_arrived.append(device);
        if (m_building || done == total || m_clock.elapsed() < m_nextAt)
            return std::nullopt;
        m_building = true;
        return m_arrived;
    }

    void publish(QList<Device> devices, std::mutex &lock)
    {
        const int done = int(devices.size());
        QElapsedTimer built;
        built.start();
        const HostSnapshot partial = m_prototype.withGraph(DeviceGraph(std::move(devices)));
        m_options.partial(partial, done, m_total);
        std::lock_guard guard(lock);
        m_nextAt = m_clock.elapsed() + std::max<qint64>(m_options.partialIntervalMs, 4 * built.elapsed());
        m_building = false;
    }

    void setTotal(int total) { m_total = total; }

private:
    const CaptureOptions &m_options;
    const HostSnapshot m_prototype;
    QElapsedTimer m_clock;
    qint64 m_nextAt;
    bool m_building = false;
    int m_total = 0;
    QList<Device> m_arrived;
};

// Fetches every device's XML with parallelFetchesFor() RPCs in flight on the one connection. A
// device that cannot be read on a connection that is no longer alive stops the fetch: the host
// went away, and what was read so far is not the host (lost tells how far it got and why).
struct LostConnection
{
    int devicesRead = -1; // -1: not lost
    QString error;
};

QList<Device> fetchDevices(virConnectPtr conn, virNodeDevicePtr *devs, int count, const CaptureOptions &options, PartialDelivery &partial,
                          LostConnection *lostAt)
{
    QList<Device> out(count);
    Device *slots = out.data(); // each thread writes only its own slots; no QList calls in threads
    std::atomic_int next{0};
    std::atomic_bool lost{false};
    int done = 0;
    std::mutex progressMutex;
    partial.setTotal(count);
    auto work = [&] {
        for (int i = next++; i < count; i = next++) {
            if ((options.cancel && options.cancel->load()) || lost.load())
                return;
            slots[i] = deviceFromHandle(devs[i]);
            std::optional<QList<Device>> publish;
            {
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
                if (partial.wanted())
                    publish = partial.add(slots[i], n, count);
            }
            if (publish)
                partial.publish(std::move(*publish), progressMutex);
        }
    };
    // libvirt's calls block until the reply is there, so a request in flight is a thread waiting
    // for it: this one and those of the capture's own pool, bounded by the requests wanted
    // (parallelFetchesFor: at most 200 unless asked for more). Not the global pool, whose short
    // tasks (graph rebuilds, file loads, capacity) would wait behind the blocked fetches.
    const int threads = parallelFetchesFor(count, options.fetchThreads);
    QThreadPool pool;
    pool.setObjectName(QStringLiteral("device XML fetches"));
    pool.setMaxThreadCount(std::max(1, threads - 1));
    for (int t = 1; t < threads; ++t)
        pool.start(work);
    work();
    pool.waitForDone();
    return out;
}

// Parents before children, so partial results grow a tree from its root: the system device,
// then PCI functions by address (a bridge's secondary bus and a PF's VFs come after it), then
// the rest (netdevs, vDPA, mdevs, ...).
void sortParentsFirst(virNodeDevicePtr *devs, int count)
{
    auto rank = [](const char *name) {
        if (std::strcmp(name, "computer") == 0)
            return 0;
        return std::strncmp(name, "pci_", 4) == 0 ? 1 : 2;
    };
    std::sort(devs, devs + count, [&](virNodeDevicePtr a, virNodeDevicePtr b) {
        const char *na = virNodeDeviceGetName(a);
        const char *nb = virNodeDeviceGetName(b);
        const int ra = rank(na), rb = rank(nb);
        return ra != rb ? ra < rb : std::strcmp(na, nb) < 0;
    });
}

} // namespace

int parallelFetchesFor(int devices, int requested)
{
    const int wanted = requested > 0 ? std::min(requested, maxParallelFetches) : std::clamp(devices / 8, 8, 200);
    return std::max(1, std::min(wanted, devices));
}

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
    const HostIdentity facts = readFacts(conn, uri);
    LibvirtString capsXml(virConnectGetCapabilities(conn));
    if (capsXml.isNull()) {
        result.error = QStringLiteral("cannot read the host capabilities of %1: %2").arg(uri, lastLibvirtError());
        return result;
    }
    // Not every driver has domain capabilities (the test driver has); absence is not an error.
    LibvirtString domCapsXml(virConnectGetDomainCapabilities(conn, nullptr, nullptr, nullptr, nullptr, 0));
    const HostCapabilities caps = parseCapabilities(capsXml.toString());
    const QList<FreePages> freePages = readFreePages(conn, caps);
    const std::optional<NodeInfo> nodeInfo = readNodeInfo(conn);

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
    sortParentsFirst(devs, count);
    PartialDelivery partial(options, HostSnapshot(facts, QDateTime::currentDateTimeUtc(), capsXml.toString(), domCapsXml.toString(),
                                                  freePages, DeviceGraph())
                                         .withNodeInfo(nodeInfo));
    LostConnection lost;
    QList<Device> devices = count > 0 ? fetchDevices(conn, devs, count, options, partial, &lost) : QList<Device>();
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
    QString guestWarning;
    const std::optional<QList<Guest>> guests = readGuests(conn, uri, &guestWarning);
    if (result.warning.isEmpty())
        result.warning = guestWarning;
    result.snapshot = HostSnapshot(facts, QDateTime::currentDateTimeUtc(), capsXml.toString(), domCapsXml.toString(), freePages,
                                   DeviceGraph(std::move(devices)))
                          .withNodeInfo(nodeInfo)
                          .withGuests(guests);
    return result;
}

CaptureResult captureUri(const ConnectOptions &connect, const CaptureOptions &options)
{
    CaptureResult result;
    // Keepalive needs libvirt's event loop; local drivers (test:///) refuse it, which is fine.
    ensureLibvirtEventLoop();
    const ConnectionHandle conn = openConnection(connect, &result.error);
    if (!conn)
        return result;
    if (options.keepAliveIntervalS > 0)
        virConnectSetKeepAlive(conn.get(), options.keepAliveIntervalS, unsigned(options.keepAliveCount));
    return captureHost(conn.get(), connect.uri, options);
}

} // namespace hosts
