#include "hosts/hostregistry.h"

namespace hosts {

HostRegistry::HostRegistry(QObject *parent)
    : QObject(parent)
{
}

int HostRegistry::indexOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

const HostEntry *HostRegistry::entry(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_entries.at(i);
}

inventory::HostSnapshot HostRegistry::snapshot(const QString &id) const
{
    const HostEntry *e = entry(id);
    return e ? e->snapshot : inventory::HostSnapshot();
}

void HostRegistry::addOrReplace(const HostEntry &entry)
{
    const int i = indexOf(entry.id);
    if (i >= 0) {
        m_entries[i] = entry;
        Q_EMIT changed(i, entry.id, Change::Shown);
        return;
    }
    const int n = int(m_entries.size());
    Q_EMIT aboutToAdd(n);
    m_entries.append(entry);
    Q_EMIT added(n, entry.id);
}

bool HostRegistry::remove(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return false;
    Q_EMIT aboutToRemove(i, id);
    m_entries.removeAt(i);
    Q_EMIT removed(i, id);
    return true;
}

void HostRegistry::setState(const QString &id, HostEntry::State state, const QString &reason)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    HostEntry &e = m_entries[i];
    e.state = state;
    e.reason = reason;
    e.retryAt = QDeadlineTimer(QDeadlineTimer::Forever);
    Q_EMIT changed(i, id, Change::Shown);
}

void HostRegistry::setRetry(const QString &id, int delayMs)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    m_entries[i].retryAt = QDeadlineTimer(delayMs);
    Q_EMIT changed(i, id, Change::Retry);
}

void HostRegistry::setSnapshot(const QString &id, const inventory::HostSnapshot &snapshot)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    HostEntry &e = m_entries[i];
    // A node-device event replaces the snapshot and changes nothing a list of hosts shows: it is
    // announced as Devices, so that lists do not re-read and repaint the row (and the tool bar's
    // host selector does not re-measure its items).
    const bool shown = e.snapshot.isNull() != snapshot.isNull() || e.snapshot.identity() != snapshot.identity()
                       || (e.state == HostEntry::State::Snapshot && e.snapshot.capturedAt() != snapshot.capturedAt());
    e.snapshot = snapshot;
    Q_EMIT changed(i, id, shown ? Change::Shown : Change::Devices);
    Q_EMIT snapshotChanged(id, snapshot);
}

void HostRegistry::setSaved(const QString &id, bool saved)
{
    const int i = indexOf(id);
    if (i >= 0 && m_entries.at(i).saved != saved) {
        m_entries[i].saved = saved;
        Q_EMIT changed(i, id, Change::Shown);
    }
}

} // namespace hosts
