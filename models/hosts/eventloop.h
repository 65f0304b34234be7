#pragma once

namespace hosts {

// libvirt's default event loop (virEventRegisterDefaultImpl) on one process-wide thread running
// virEventRunDefaultImpl. Keepalive, close callbacks and node-device events need it; it must run
// before a connection that uses them is opened. Idempotent and thread-safe.
void ensureLibvirtEventLoop();

} // namespace hosts
