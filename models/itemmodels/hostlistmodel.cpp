#include "itemmodels/hostlistmodel.h"

#include <QIcon>

HostListModel::HostListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &HostListModel::tick);
}

int HostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HostListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HostListModel::stateText(const HostEntry &e)
{
    switch (e.state) {
    case HostEntry::State::Snapshot:
        return tr("snapshot of %1").arg(QLocale().toString(e.snapshot.capturedAt().toLocalTime(), QLocale::ShortFormat));
    case HostEntry::State::Closed:
        return tr("not connected");
    case HostEntry::State::Connecting:
        return tr("connecting…");
    case HostEntry::State::Connected:
        return e.readOnly ? tr("connected (read-only)") : tr("connected");
    case HostEntry::State::Disconnected:
        if (!e.retryAt.isForever() && !e.retryAt.hasExpired()) {
            const qint64 s = (e.retryAt.remainingTime() + 999) / 1000;
            return tr("disconnected: %1 (retry in %n s)", nullptr, int(s)).arg(e.reason);
        }
        return tr("disconnected: %1").arg(e.reason);
    }
    return {};
}

QVariant HostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HostEntry &e = m_entries.at(index.row());
    const inventory::HostIdentity &f = e.snapshot.identity();
    switch (role) {
    case HostIdRole: return e.id;
    case StateRole: return int(e.state);
    case HasSnapshotRole: return !e.snapshot.isNull();
    case Qt::ToolTipRole: return index.column() == StateColumn ? stateText(e) : e.uri;
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        return QIcon(e.state == HostEntry::State::Snapshot ? QStringLiteral(":/icons/host-snapshot.svg")
                     : e.state == HostEntry::State::Connected ? QStringLiteral(":/icons/host-connected.svg")
                                                               : QStringLiteral(":/icons/host-disconnected.svg"));
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case NameColumn: return e.name;
    case UriColumn: return e.uri;
    case StateColumn: return stateText(e);
    case LibvirtColumn: return f.libvirtVersion;
    case HypervisorColumn:
        if (f.hypervisorVersion.isEmpty())
            return QString();
        return f.hypervisorType == QLatin1String("QEMU") ? f.hypervisorVersion
                                                         : QStringLiteral("%1 %2").arg(f.hypervisorType, f.hypervisorVersion);
    default: return {};
    }
}

QVariant HostListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case UriColumn: return tr("URI");
    case StateColumn: return tr("State");
    case LibvirtColumn: return tr("libvirt");
    case HypervisorColumn: return tr("QEMU");
    default: return {};
    }
}

int HostListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

const HostEntry *HostListModel::entry(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_entries.at(row);
}

void HostListModel::addOrReplace(const HostEntry &entry)
{
    const int row = rowOf(entry.id);
    if (row >= 0) {
        m_entries[row] = entry;
        changed(row);
        return;
    }
    const int n = int(m_entries.size());
    beginInsertRows({}, n, n);
    m_entries.append(entry);
    endInsertRows();
}

bool HostListModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    return true;
}

void HostListModel::setState(const QString &id, HostEntry::State state, const QString &reason)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    HostEntry &e = m_entries[row];
    e.state = state;
    e.reason = reason;
    e.retryAt = QDeadlineTimer(QDeadlineTimer::Forever);
    changed(row);
}

void HostListModel::setRetry(const QString &id, int delayMs)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_entries[row].retryAt = QDeadlineTimer(delayMs);
    changed(row, StateColumn, StateColumn);
    if (!m_countdown.isActive())
        m_countdown.start();
}

void HostListModel::setSnapshot(const QString &id, const inventory::HostSnapshot &snapshot)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    HostEntry &e = m_entries[row];
    // A node-device event replaces the snapshot and changes nothing this model shows: no
    // dataChanged then (every view of the row would re-read and repaint it, and the tool bar's
    // host selector would re-measure its items). Those who show the devices follow
    // HostManager::snapshotChanged.
    const bool shown = e.snapshot.isNull() != snapshot.isNull() || e.snapshot.identity() != snapshot.identity()
                       || (e.state == HostEntry::State::Snapshot && e.snapshot.capturedAt() != snapshot.capturedAt());
    e.snapshot = snapshot;
    if (shown)
        changed(row);
}

void HostListModel::setSaved(const QString &id, bool saved)
{
    const int row = rowOf(id);
    if (row >= 0 && m_entries.at(row).saved != saved) {
        m_entries[row].saved = saved;
        changed(row);
    }
}

void HostListModel::changed(int row, int firstColumn, int lastColumn)
{
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
}

void HostListModel::tick()
{
    bool running = false;
    for (int row = 0; row < m_entries.size(); ++row) {
        const HostEntry &e = m_entries.at(row);
        if (e.state == HostEntry::State::Disconnected && !e.retryAt.isForever()) {
            changed(row, StateColumn, StateColumn);
            running = running || !e.retryAt.hasExpired();
        }
    }
    if (!running)
        m_countdown.stop();
}
