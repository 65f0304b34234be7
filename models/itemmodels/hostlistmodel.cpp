#include "itemmodels/hostlistmodel.h"

#include <QIcon>

using hosts::HostEntry;
using hosts::HostRegistry;

HostListModel::HostListModel(const HostRegistry *registry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &HostListModel::tick);
    connect(registry, &HostRegistry::aboutToAdd, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(registry, &HostRegistry::added, this, [this] { endInsertRows(); });
    connect(registry, &HostRegistry::aboutToRemove, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(registry, &HostRegistry::removed, this, [this] { endRemoveRows(); });
    connect(registry, &HostRegistry::changed, this, [this](int row, const QString &, HostRegistry::Change change) {
        entryChanged(row, change);
    });
}

int HostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_registry->count();
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
    const HostEntry &e = m_registry->at(index.row());
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

void HostListModel::entryChanged(int row, hosts::HostRegistry::Change change)
{
    switch (change) {
    case hosts::HostRegistry::Change::Shown:
        changed(row);
        break;
    case hosts::HostRegistry::Change::Retry:
        changed(row, StateColumn, StateColumn);
        if (!m_countdown.isActive())
            m_countdown.start();
        break;
    case hosts::HostRegistry::Change::Devices: // nothing this model shows
        break;
    }
}

void HostListModel::changed(int row, int firstColumn, int lastColumn)
{
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
}

void HostListModel::tick()
{
    bool running = false;
    for (int row = 0; row < m_registry->count(); ++row) {
        const HostEntry &e = m_registry->at(row);
        if (e.state == HostEntry::State::Disconnected && !e.retryAt.isForever()) {
            changed(row, StateColumn, StateColumn);
            running = running || !e.retryAt.hasExpired();
        }
    }
    if (!running)
        m_countdown.stop();
}
