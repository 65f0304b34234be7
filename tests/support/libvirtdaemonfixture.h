#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real libvirt daemon with the QEMU and node-device drivers, private to one test: its sockets,
// runtime, state, log and config directories live in a temporary directory (the daemon runs in
// its own mount namespace with those directories bound over /etc/libvirt, /var/lib/libvirt,
// /run/libvirt ..., and /etc/mdevctl.d, where mdevctl keeps persistent mdevs),
// QEMU runs as root so /dev/kvm permissions do not matter. Stopped by the destructor, and killed
// with the test process if that dies.
class LibvirtDaemonFixture
{
public:
    LibvirtDaemonFixture();
    ~LibvirtDaemonFixture();
    LibvirtDaemonFixture(const LibvirtDaemonFixture &) = delete;
    LibvirtDaemonFixture &operator=(const LibvirtDaemonFixture &) = delete;

    // Starts the daemon and waits until it answers (up to timeoutMs). On failure returns false
    // and sets error (with the tail of the daemon's log).
    bool start(QString *error, int timeoutMs = 60000);
    void stop();
    // SIGKILL, as a crash or the OOM killer would: no goodbye to clients; the stale sockets
    // are removed so that start() can bind them again.
    void kill();
    bool isRunning() const;
    qint64 pid() const;

    QString socketPath() const;           // read-write socket
    QString readOnlySocketPath() const;
    QString uri() const;                  // qemu:///system?socket=...
    QString readOnlyUri() const;          // same daemon, read-only socket
    // libvirt's test driver served by this daemon: test+unix:///default?socket=... (state shared
    // by every connection) or a test-driver host file (state private to each connection).
    QString testDriverUri(const QString &hostFile = QStringLiteral("/default")) const;
    QString directory() const;
    QString logTail(int lines = 40) const;

private:
    bool writeConfig(QString *error);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    bool m_daemonIsVirtqemud = false;
};
