#pragma once

#include "inventory/hostsnapshot.h"

#include <QAbstractTableModel>
#include <QDeadlineTimer>
#include <QTimer>

#include <functional>

// One row of the hosts list: a saved host, an open connection or an opened snapshot file.
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

// The saved and open hosts: name, URI, state (with the reason and a retry countdown while
// disconnected), libvirt and QEMU versions. Holds values only; HostManager changes it.
class HostListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, UriColumn, StateColumn, LibvirtColumn, HypervisorColumn, ColumnCount };
    enum Role { HostIdRole = Qt::UserRole + 1, StateRole, HasSnapshotRole };

    explicit HostListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &id) const;
    const HostEntry *entry(const QString &id) const;
    QList<HostEntry> entries() const { return m_entries; }

    void addOrReplace(const HostEntry &entry);
    bool remove(const QString &id);
    void setState(const QString &id, HostEntry::State state, const QString &reason);
    void setRetry(const QString &id, int delayMs);
    // Emits dataChanged only when what the model shows changes (captured or not, versions, capture
    // time), not for a node-device event.
    void setSnapshot(const QString &id, const inventory::HostSnapshot &snapshot);
    void setSaved(const QString &id, bool saved);

    static QString stateText(const HostEntry &entry);

private:
    void changed(int row, int firstColumn = 0, int lastColumn = ColumnCount - 1);
    void tick();

    QList<HostEntry> m_entries;
    QTimer m_countdown; // refreshes the retry countdown once a second while one runs
};
