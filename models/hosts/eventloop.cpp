#include "hosts/eventloop.h"

#include "hosts/libvirthandles.h"

#include <QAbstractEventDispatcher>
#include <QByteArray>
#include <QCoreApplication>
#include <QThread>

#include <mutex>
#include <thread>

namespace hosts {

void ensureLibvirtEventLoop()
{
    static std::once_flag once;
    std::call_once(once, [] {
        initializeLibvirt();
        virEventRegisterDefaultImpl();
        // Runs for the life of the process: libvirt has no way to stop its default loop, and
        // connections may still be closing when the last session object is gone.
        std::thread([] {
            for (;;)
                virEventRunDefaultImpl();
        }).detach();
        if (mainThreadDispatcherUsesGlib())
            qWarning("vDeck: the main thread's Qt event dispatcher iterates GLib's main context, where libvirt's event loop "
                     "runs; call hosts::keepGlibMainContextForLibvirt() before creating the application");
    });
}

void keepGlibMainContextForLibvirt()
{
    Q_ASSERT(!QCoreApplication::instance());
    qputenv("QT_NO_GLIB", "1");
}

bool mainThreadDispatcherUsesGlib()
{
    const QCoreApplication *app = QCoreApplication::instance();
    const QAbstractEventDispatcher *d = app ? app->thread()->eventDispatcher() : nullptr;
    return d && QByteArray(d->metaObject()->className()).contains("Glib");
}

} // namespace hosts
