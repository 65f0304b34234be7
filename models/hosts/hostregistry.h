#pragma once

#include "inventory/hostsnapshot.h"

#include <QDeadlineTimer>
#include <QObject>

namespace hosts {

// One host vDeck knows: a saved host, an open connection or an opened snapshot file.
struct HostEntry
{
    enum class State { Snapshot, Closed, Connecting, Connected, Disconnected };

    QString id;                  // stable key (the URI for connections, "file:PATH" for snapshots)
    QString name;
    QString uri;                 // libvirt URI, or the snapshot file for a snapshot
    bool saved = false;          // in the settings' saved hosts
    bool readOnly = false;
    State state = State::Closed;
    QString reason;              // why Disconnected (or Closed)
    QDeadlineTimer retryAt = QDeadlineTimer(QDeadlineTimer::Forever); // next reconnect attempt
    inventory::HostSnapshot snapshot; // null until captured or loaded; holds the ssh facts when probed
};

// The one owner of host state: every host entry with its latest snapshot, as values. HostManager
// writes it (sessions, files, saved hosts); HostListModel presents it; the flavor workbench and
// the pages read it. Entries keep their order of arrival; signals carry that index.
class HostRegistry : public QObject
{
    Q_OBJECT
public:
    // What changed in an entry. Shown: something a list of hosts shows (name, URI, saved,
    // read-only, state, versions, captured or not, capture time); Retry: only the retry
    // countdown; Devices: only the devices or facts of the snapshot (a node-device event).
    enum class Change { Shown, Retry, Devices };
    Q_ENUM(Change)

    explicit HostRegistry(QObject *parent = nullptr);

    int count() const { return int(m_entries.size()); }
    int indexOf(const QString &id) const;
    const HostEntry *entry(const QString &id) const;
    const HostEntry &at(int index) const { return m_entries.at(index); }
    const QList<HostEntry> &entries() const { return m_entries; }
    inventory::HostSnapshot snapshot(const QString &id) const; // null when unknown or not captured

    // Adds or replaces an entry as it is; a new snapshot is announced only by setSnapshot().
    void addOrReplace(const HostEntry &entry);
    bool remove(const QString &id);
    void setState(const QString &id, HostEntry::State state, const QString &reason);
    void setRetry(const QString &id, int delayMs);
    void setSnapshot(const QString &id, const inventory::HostSnapshot &snapshot);
    void setSaved(const QString &id, bool saved);

Q_SIGNALS:
    void aboutToAdd(int index);
    void added(int index, const QString &id);
    void aboutToRemove(int index, const QString &id);
    void removed(int index, const QString &id);
    void changed(int index, const QString &id, hosts::HostRegistry::Change change);
    // Every new snapshot of an entry (also a node-device event's), after the entry holds it.
    void snapshotChanged(const QString &id, const inventory::HostSnapshot &snapshot);

private:
    QList<HostEntry> m_entries;
};

} // namespace hosts
