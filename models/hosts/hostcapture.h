#pragma once

#include "hosts/connection.h"
#include "inventory/hostsnapshot.h"

#include <libvirt/libvirt.h>

#include <atomic>
#include <functional>

namespace hosts {

struct CaptureOptions
{
    int fetchThreads = 20;                 // device XMLs in flight (the remote driver multiplexes them)
    std::function<void(int done, int total)> progress; // from fetch threads, one at a time, done increasing
    const std::atomic_bool *cancel = nullptr;
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
