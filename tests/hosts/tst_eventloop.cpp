// libvirt's event loop runs its callbacks on vDeck's libvirt event thread only: never on the main
// thread, even while the main thread spins Qt's event loop. (libvirt's default loop lives on
// GLib's default main context; with Qt's GLib dispatcher the main thread iterated it too.)
#include "hosts/eventloop.h"
#include "testmain.h"

#include <QAbstractEventDispatcher>
#include <QElapsedTimer>

#include <libvirt/libvirt.h>

#include <atomic>
#include <thread>

namespace {
std::atomic<int> g_onMain{0};
std::atomic<int> g_elsewhere{0};
std::thread::id g_mainThread;

void tick(int, void *)
{
    (std::this_thread::get_id() == g_mainThread ? g_onMain : g_elsewhere)++;
}
} // namespace

class TestEventLoop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mainThreadDispatcherLeavesGlibToLibvirt()
    {
        QVERIFY2(!hosts::mainThreadDispatcherUsesGlib(), QCoreApplication::eventDispatcher()->metaObject()->className());
    }

    void libvirtTimersFireOnlyOnTheLibvirtThread()
    {
        g_mainThread = std::this_thread::get_id();
        hosts::ensureLibvirtEventLoop();
        const int timer = virEventAddTimeout(1, tick, nullptr, nullptr);
        QVERIFY(timer >= 0);
        QElapsedTimer spin;
        spin.start();
        while (spin.elapsed() < 2000) // the main thread's event loop, as busy as it gets
            QCoreApplication::processEvents();
        virEventRemoveTimeout(timer);
        QVERIFY2(g_elsewhere.load() > 100, qPrintable(QString::number(g_elsewhere.load())));
        QCOMPARE(g_onMain.load(), 0);
    }
};

VDECK_TEST_MAIN(TestEventLoop)
#include "tst_eventloop.moc"
