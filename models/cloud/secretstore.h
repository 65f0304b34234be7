#pragma once

#include "cloud/cloudconfig.h"

#include <QObject>
#include <QString>

#include <functional>

namespace cloud {

// How a keyring job ended.
struct SecretResult
{
    enum class Status {
        Done,     // read: `secret` holds it; write and remove: done
        NotFound, // the keyring has no entry of that key
        Failed,   // no keyring (no Secret Service on the session bus), locked, refused: `error` says why
    };
    Status status = Status::Failed;
    QString secret;
    QString error; // the keyring's own words, never the secret
};

// Secrets remembered in the desktop keyring through QtKeychain (the freedesktop Secret Service,
// e.g. gnome-keyring or KeePassXC; KWallet on KDE): service "vdeck", one entry per cloud, its key
// made by keyFor(). Never a file of vDeck's own: QtKeychain's insecure fallback (plaintext in
// QSettings) is off, so a keyring that cannot be used is an error, not a file.
//
// Jobs run on cloud::KeyringThread, one at a time in order, so the GUI thread never waits (the
// keyring may be slow to answer, or ask to be unlocked). Call from the main thread with a context
// object of the main thread: done() gets the result as runThen() gives it (models/core/runthen.h),
// later, from the main thread's event loop, never inside the call, and not at all once context
// is gone.
class SecretStore
{
public:
    using Done = std::function<void(const SecretResult &)>;

    static QString service(); // "vdeck"
    // "cloud NAME, USERNAME at AUTH_URL" (the user id where clouds.yaml names no user name): a
    // cloud renamed, moved to another Keystone or used as another user needs its secret again.
    static QString keyFor(const CloudConfig &config);

    static void read(const QString &key, QObject *context, Done done);
    static void write(const QString &key, const QString &secret, QObject *context, Done done);
    static void remove(const QString &key, QObject *context, Done done);
};

} // namespace cloud
