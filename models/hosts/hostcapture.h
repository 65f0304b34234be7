#pragma once

#include "hosts/connection.h"
#include "inventory/hostsnapshot.h"

#include <libvirt/libvirt.h>

#include <atomic>
#include <functional>

namespace hosts {

// Device XML requests in flight: the remote driver multiplexes calls from threads sharing one
// connection, so fetching is bounded by devices / requests in flight x RTT until the CPUs of the
// chain (ssh at both ends, the daemon) are saturated (docs/PERFORMANCE.md, "Remote inventory").
// Automatic: one request per 8 devices, from 8 to 200 (a 5,000-device host at 50 ms RTT gained
// up to 200; 100 hosts loading at once must not start 100 x 200 threads for small hosts).
inline constexpr int autoParallelFetches = 0;
inline constexpr int maxParallelFetches = 1000;
int parallelFetchesFor(int devices, int requested = autoParallelFetches);

struct CaptureOptions
{
    int fetchThreads = autoParallelFetches; // device XMLs in flight (threads); 0 = automatic
    std::function<void(int done, int total)> progress; // from fetch threads, one at a time, done increasing
    // Partial results while the devices arrive: a snapshot (facts, capabilities) whose graph has
    // every device fetched so far; each one's graph contains the previous one's devices. Called
    // from a fetch thread, one at a time, at most every partialIntervalMs (longer when building
    // the graph gets expensive), never for the last device (the result follows).
    std::function<void(const inventory::HostSnapshot &partial, int done, int total)> partial;
    int partialIntervalMs = 250;
    const std::atomic_bool *cancel = nullptr;
    // captureUri() only: keepalive on the connection it opens (remote URIs). Besides noticing a
    // dead host, a ping every second ends the libssh transport's stalls (docs/PERFORMANCE.md).
    int keepAliveIntervalS = 1;
    int keepAliveCount = 15;
};

struct CaptureResult
{
    inventory::HostSnapshot snapshot;
    QString error;      // set when the capture failed or was cancelled
    QString warning;    // the capture succeeded but is incomplete (e.g. no node-device driver)
    bool cancelled = false;
    bool ok() const { return error.isEmpty(); }
};

// Reads a whole host through one open connection (blocking; never on the GUI thread):
// versions, hostname, capabilities, domain capabilities where supported, free pages per cell and
// size, virNodeGetInfo, every node device's XML fetched by several threads sharing the
// connection, and the guests with the devices they use (hosts/guestcapture.h).
// A device whose XML cannot be read is kept as a broken device.
CaptureResult captureHost(virConnectPtr conn, const QString &uri, const CaptureOptions &options = {});

// Opens the URI, captures the host and closes the connection again.
CaptureResult captureUri(const ConnectOptions &connect, const CaptureOptions &options = {});

// One device, for node-device events: parsed, or broken with libvirt's message.
inventory::Device fetchDevice(virConnectPtr conn, const QString &name);

} // namespace hosts
