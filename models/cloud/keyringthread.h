#pragma once

#include <QThread>

#include <functional>

class QTimer;

namespace QKeychain {
class Job;
}

namespace cloud {

// The thread every QtKeychain job runs on (cloud::SecretStore), so that the GUI thread never
// waits for the keyring. Needed beyond that because vDeck's threads use Qt's own event dispatcher
// (QT_NO_GLIB, models/hosts/eventloop.h) and GLib's default main context belongs to libvirt's
// event loop, while QtKeychain's Secret Service backend (libsecret) answers on the GLib main
// context that was the thread's default when a job started: this thread makes that a GLib context
// of its own and iterates it every 5 ms while a job is in flight, beside its Qt event loop (where
// QtKeychain starts its jobs, deletes them, and where the KWallet backend's Qt D-Bus replies come
// in). Idle, it sleeps in its Qt event loop.
class KeyringThread : public QThread
{
    Q_OBJECT
public:
    // The application's one keyring thread: made and started at first use (from the main
    // thread), a child of the application object, stopped when that is destroyed.
    static KeyringThread *instance();
    ~KeyringThread() override;

    // Calls make() on this thread and starts the job it returns; the job must delete itself
    // (QKeychain::Job::setAutoDelete(true)). Any thread may post.
    void post(std::function<QKeychain::Job *()> make);

protected:
    void run() override;

private:
    explicit KeyringThread(QObject *parent);
    void startJob(const std::function<QKeychain::Job *()> &make);

    QObject *m_receiver;      // lives in this thread: the target of post(); deleted when run() ends
    int m_inFlight = 0;       // this thread only
    QTimer *m_poll = nullptr; // run()'s: iterates the GLib context while a job is in flight
};

} // namespace cloud
