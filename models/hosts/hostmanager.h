#pragma once

#include "core/appmode.h"
#include "core/settings.h"
#include "hosts/hostregistry.h"
#include "hosts/hostsession.h"

#include <QObject>

#include <map>
#include <optional>
#include <memory>

namespace hosts {

class CredentialBridge;

// Opens, follows and closes hosts for the GUI: one HostSession per connected host (read-only in
// auditor mode or when the saved host says so), snapshot files loaded and saved off the GUI
// thread, saved hosts kept in Settings. Writes what it learns into the HostRegistry (the one
// owner of host state) and reports progress and errors as signals; it never touches a widget.
class HostManager : public QObject
{
    Q_OBJECT
public:
    HostManager(HostRegistry *registry, Settings *settings, AppMode mode, QObject *parent = nullptr);
    ~HostManager() override;

    HostRegistry *registry() const { return m_registry; }
    CredentialBridge *credentials() const { return m_credentials; }
    AppMode mode() const { return m_mode; }

    void loadSavedHosts();                                  // rows for Settings' saved hosts
    void connectSavedHosts();                               // each saved host not open yet
    std::optional<SavedHost> savedHost(const QString &id) const;
    // A saved host renamed or changed (its URI too): the row follows; a host that was open is
    // reopened at its new URI; the compute profile follows a new name. Returns the new id.
    QString editSavedHost(const QString &id, const SavedHost &host);
    // A removed saved host back (the undo of remove()): saved again, and connected when `open`.
    void restoreSavedHost(const SavedHost &host, bool open);
    QString connectHost(const SavedHost &host, bool save);  // returns the host id
    void reconnect(const QString &id);
    void disconnectHost(const QString &id);
    void cancel(const QString &id);                         // cancels connecting or a capture
    bool remove(const QString &id);                         // closes it and forgets it if saved
    void openSnapshotFile(const QString &path, const QString &displayName = {}); // asynchronous
    void saveSnapshot(const QString &id, const QString &path); // asynchronous, atomic
    // Saves like saveSnapshot(), but first probes the host over ssh when its URI reaches it over
    // ssh (qemu+ssh, qemu+libssh): the facts join the saved file and the host's row. Host-key
    // and passphrase questions go through credentials(). A failed probe still saves (and says so).
    void captureSnapshot(const QString &id, const QString &path);
    void attachFacts(const QString &id, const QString &path);  // `vdeckctl probe --json` output
    HostSession *session(const QString &id) const;

    static QString snapshotId(const QString &path) { return QStringLiteral("file:") + path; }

Q_SIGNALS:
    void progress(const QString &id, const QString &text, int done, int total); // total 0: busy
    void progressFinished(const QString &id);
    // While a host is read: the devices so far (HostSession::devicesArrived); not in the registry.
    // Complete snapshots: HostRegistry::snapshotChanged.
    void devicesArrived(const QString &id, const inventory::HostSnapshot &partial);
    void snapshotOpened(const QString &id);
    void snapshotSaved(const QString &path);
    void errorOccurred(const QString &message);

private:
    void startSession(const QString &id, const QString &uri, bool readOnly);
    void wireSession(const QString &id, HostSession *session);
    void storeSavedHosts();
    void addHostFacts(const QString &id, const hostfacts::HostFacts &facts);

    HostRegistry *m_registry;
    Settings *m_settings;
    AppMode m_mode;
    CredentialBridge *m_credentials;
    std::map<QString, std::unique_ptr<HostSession>> m_sessions;
    QList<SavedHost> m_saved;
};

} // namespace hosts
