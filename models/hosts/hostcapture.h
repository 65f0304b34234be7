#pragma once

#include "hosts/connection.h"
#include "inventory/hostsnapshot.h"

#include <libvirt/libvirt.h>

#include <atomic>
#include <functional>

namespace hosts {

// Device XML requests in flight by default: the remote driver multiplexes calls from threads
// sharing one connection, so fetching is bounded by round trips / requests in flight until the
// link or the daemon is saturated (docs/PERFORMANCE.md, "Remote inventory").
inline constexpr int defaultParallelFetches = 100;
inline constexpr int maxParallelFetches = 1000;

struct CaptureOptions
{
    int fetchThreads = defaultParallelFetches; // device XMLs in flight; at most one thread per device
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
// size, and every node device's XML fetched by several threads sharing the connection.
// A device whose XML cannot be read is kept as a broken device.
CaptureResult captureHost(virConnectPtr conn, const QString &uri, const CaptureOptions &options = {});

// Opens the URI, captures the host and closes the connection again.
CaptureResult captureUri(const ConnectOptions &connect, const CaptureOptions &options = {});

// One device, for node-device events: parsed, or broken with libvirt's message.
inventory::Device fetchDevice(virConnectPtr conn, const QString &name);

} // namespace hosts
