#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real OpenSSH server on 127.0.0.1 and a free port, with throwaway host and user keys,
// private to one test (UsePAM no; keys only). Stopped by PID in the destructor and killed
// with the test process if that dies. The current user may log in with userKeyPath().
class SshdFixture
{
public:
    SshdFixture();
    ~SshdFixture();
    SshdFixture(const SshdFixture &) = delete;
    SshdFixture &operator=(const SshdFixture &) = delete;

    bool start(QString *error, int timeoutMs = 15000);
    void stop();
    // Starts sshd again (after stop() or a kill) on the same port with the same host key.
    bool restart(QString *error);
    // Replaces the host key with a new one and restarts on the same port (a "changed key").
    bool restartWithNewHostKey(QString *error);
    bool isRunning() const;
    qint64 pid() const;

    quint16 port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString userName() const;
    QString hostKeyPath() const;           // private host key
    QString hostPublicKey() const;         // "ssh-ed25519 AAAA..."
    QString knownHostsLine() const;        // "[127.0.0.1]:PORT ssh-ed25519 AAAA..."
    QString writeKnownHostsFile() const;   // a known_hosts file with knownHostsLine(); its path
    QString userKeyPath() const;           // private user key, no passphrase
    QString directory() const { return m_dir.path(); }
    QString logTail(int lines = 30) const;

private:
    bool makeKey(const QString &path, QString *error);
    bool writeConfig(QString *error);
    bool launch(QString *error, int timeoutMs);

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};
