#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real Secret Service for one test process, the desktop's own kind: a private D-Bus session bus
// (dbus-daemon with a configuration that activates no service, so nothing starts behind the
// test's back) and gnome-keyring-daemon's secrets component on it, whose login keyring it creates
// and unlocks with a throwaway password (on stdin, as a session login does). HOME, XDG_DATA_HOME,
// XDG_CONFIG_HOME, XDG_CACHE_HOME and XDG_RUNTIME_DIR are directories of the fixture, set in this
// process's environment by applyEnvironment() (with QTKEYCHAIN_BACKEND=libsecret, whatever
// desktop the developer runs). Both daemons are children of this process, stopped by PID in
// stop() (and killed should the test die).
class SecretServiceFixture
{
public:
    SecretServiceFixture();
    ~SecretServiceFixture();
    SecretServiceFixture(const SecretServiceFixture &) = delete;
    SecretServiceFixture &operator=(const SecretServiceFixture &) = delete;

    // Makes the directories and points this process at them and at the bus (before the first
    // keyring call: GLib keeps the session bus it connected to first).
    void applyEnvironment();
    // The bus alone: a session without a Secret Service.
    bool startBus(QString *error);
    // gnome-keyring-daemon --unlock --components=secrets on the bus; true once its login
    // collection is the default one.
    bool startKeyring(QString *error, int timeoutMs = 30000);
    void stop();

    QString directory() const { return m_dir.path(); }
    QString home() const { return m_dir.path() + QStringLiteral("/home"); }
    QString configHome() const { return home() + QStringLiteral("/.config"); }
    QString dataHome() const { return home() + QStringLiteral("/.local/share"); }
    QString busAddress() const { return m_busAddress; }
    qint64 busPid() const;
    qint64 keyringPid() const;
    QString keyringLog() const;

private:
    QProcessEnvironment environment() const;
    QString busCall(const QStringList &arguments) const; // dbus-send --print-reply; its output

    QTemporaryDir m_dir;
    QString m_busAddress;
    std::unique_ptr<QProcess> m_bus;
    std::unique_ptr<QProcess> m_keyring;
};
