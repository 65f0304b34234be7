#include "cloud/keyringthread.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QLibrary>
#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QTimer>

namespace cloud {
namespace {

// The five GLib calls of this thread, resolved at run time from the GLib that every Secret Service
// client loads (QtKeychain loads libsecret the same way; the build needs no GLib headers). Without
// GLib there is no libsecret either, and QtKeychain uses another backend.
struct GLibMainContext
{
    void *(*create)() = nullptr;                       // g_main_context_new
    void (*push)(void *) = nullptr;                    // g_main_context_push_thread_default
    void (*pop)(void *) = nullptr;                     // g_main_context_pop_thread_default
    void (*unref)(void *) = nullptr;                   // g_main_context_unref
    int (*iteration)(void *, int mayBlock) = nullptr;  // g_main_context_iteration

    static const GLibMainContext &get()
    {
        static const GLibMainContext g = [] {
            GLibMainContext r;
            QLibrary glib(QStringLiteral("glib-2.0"), 0);
            if (!glib.load())
                return r;
            r.create = reinterpret_cast<void *(*)()>(glib.resolve("g_main_context_new"));
            r.push = reinterpret_cast<void (*)(void *)>(glib.resolve("g_main_context_push_thread_default"));
            r.pop = reinterpret_cast<void (*)(void *)>(glib.resolve("g_main_context_pop_thread_default"));
            r.unref = reinterpret_cast<void (*)(void *)>(glib.resolve("g_main_context_unref"));
            r.iteration = reinterpret_cast<int (*)(void *, int)>(glib.resolve("g_main_context_iteration"));
            if (!r.create || !r.push || !r.pop || !r.unref || !r.iteration)
                return GLibMainContext{};
            return r;
        }();
        return g;
    }
    bool usable() const { return create != nullptr; }
};

} // namespace

KeyringThread *KeyringThread::instance()
{
    static QMutex mutex;
    static QPointer<KeyringThread> thread;
    const QMutexLocker lock(&mutex);
    if (!thread) {
        QCoreApplication *app = QCoreApplication::instance();
        Q_ASSERT(app && QThread::currentThread() == app->thread());
        thread = new KeyringThread(app);
        thread->setObjectName(QStringLiteral("vdeck-keyring"));
        thread->start();
    }
    return thread;
}

KeyringThread::KeyringThread(QObject *parent)
    : QThread(parent)
    , m_receiver(new QObject)
{
    m_receiver->moveToThread(this); // posted work waits until run() processes events
}

KeyringThread::~KeyringThread()
{
    quit();
    wait();
}

void KeyringThread::post(std::function<QKeychain::Job *()> make)
{
    QMetaObject::invokeMethod(m_receiver, [this, make = std::move(make)] { startJob(make); }, Qt::QueuedConnection);
}

void KeyringThread::startJob(const std::function<QKeychain::Job *()> &make)
{
    QKeychain::Job *job = make();
    ++m_inFlight;
    connect(job, &QKeychain::Job::finished, m_receiver, [this] {
        if (--m_inFlight == 0)
            m_poll->stop();
    }, Qt::DirectConnection);
    m_poll->start();
    job->start(); // queued by QtKeychain: runs from this thread's event loop
}

void KeyringThread::run()
{
    const GLibMainContext &glib = GLibMainContext::get();
    void *context = glib.usable() ? glib.create() : nullptr;
    if (context)
        glib.push(context);
    QTimer poll;
    poll.setInterval(5);
    connect(&poll, &QTimer::timeout, &poll, [&glib, context] {
        while (context && glib.iteration(context, 0)) {
        }
    });
    m_poll = &poll;
    exec();
    m_poll = nullptr;
    delete m_receiver; // with the posts nobody will run any more
    m_receiver = nullptr;
    // Jobs still in flight (the application quits) are left: their answers would come to this
    // context, which nobody iterates any more.
    if (context) {
        glib.pop(context);
        glib.unref(context);
    }
}

} // namespace cloud
