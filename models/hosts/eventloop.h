#pragma once

namespace hosts {

// libvirt's default event loop (virEventRegisterDefaultImpl) on one process-wide thread running
// virEventRunDefaultImpl. Keepalive, close callbacks and node-device events need it; it must run
// before a connection that uses them is opened. Idempotent and thread-safe.
void ensureLibvirtEventLoop();

// libvirt's default event loop (libvirt >= 6.1) lives on GLib's default main context, which the
// thread of ensureLibvirtEventLoop() iterates. Qt's GLib event dispatcher iterates that same
// context on the main thread, so libvirt's timers and socket callbacks (keepalive pings, RPC I/O,
// node-device events) would sometimes run on the GUI thread, and the GUI thread would wait
// whenever the libvirt thread holds the context (found by LeakSanitizer: a keepalive ping sent
// from the GUI thread's event loop while the connection died). Call first in main(), before the
// Q*Application exists: Qt then uses its own event dispatcher (QT_NO_GLIB) and leaves GLib's
// context to libvirt. ensureLibvirtEventLoop() warns when the main thread's dispatcher is GLib's.
void keepGlibMainContextForLibvirt();

// Whether the main thread's Qt event dispatcher iterates GLib's main context.
bool mainThreadDispatcherUsesGlib();

} // namespace hosts
