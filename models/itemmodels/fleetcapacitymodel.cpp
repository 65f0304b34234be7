#include "itemmodels/fleetcapacitymodel.h"

int FleetCapacityModel::rowOf(const QString &host) const
{
    for (int i = 0; i < rowCount(); ++i)
        if (rowAt(i).name == host)
            return i;
    return -1;
}

QString FleetCapacityModel::limitText(const fleet::HostCapacity &host)
{
    if (host.fits == 0 && !host.reasonsKnown)
        return tr("not a candidate");
    if (!host.limitedBy.isEmpty())
        return host.limitedBy;
    if (host.capped)
        return tr("(more than counted)");
    if (!host.reasons.isEmpty())
        return host.reasons.first().code();
    return {};
}

void FleetCapacityModel::setHostModels(const QList<hostfit::FleetNodeModel> &models)
{
    if (models.isEmpty() && m_hostModels.isEmpty())
        return;
    m_hostModels = models;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, HostModelColumn), index(rowCount() - 1, HostModelColumn));
}

const hostfit::FleetNodeModel *FleetCapacityModel::hostModel(const QString &node) const
{
    for (const hostfit::FleetNodeModel &m : m_hostModels)
        if (m.node == node)
            return &m;
    return nullptr;
}

QStringList FleetCapacityModel::headers() const
{
    return {tr("Compute node"), tr("Instances that fit"), tr("Host model"), tr("Limited by"), tr("On provider")};
}

QVariant FleetCapacityModel::hostModelCell(const fleet::HostCapacity &row, int role) const
{
    const hostfit::FleetNodeModel *m = hostModel(row.name);
    if (!m)
        return role == SortRole ? QVariant(-1) : QVariant();
    switch (role) {
    case Qt::DisplayRole: {
        if (m->estimate.capped)
            return tr("%1+").arg(m->estimate.fits);
        // What runs out; a requirement the host does not meet is named by its code (the
        // tooltip has its whole message).
        const hostfit::Shortage &s = m->estimate.shortage;
        const QString what = s.resource != s.message ? s.resource : s.code;
        return m->limits() == hostfit::FleetNodeModel::Limit::Host ? tr("%1, limits: %2").arg(m->estimate.fits).arg(what)
                                                                   : QStringLiteral("%1 (%2)").arg(m->estimate.fits).arg(what);
    }
    case SortRole: return m->estimate.fits;
    case Qt::ToolTipRole: {
        QString tip = tr("vDeck's host model of %1 (NUMA placement, hugepages per node, pinning, devices: what Placement does not know):\n%2")
                          .arg(m->source, m->text());
        if (!m->estimate.shortage.message.isEmpty() && m->estimate.shortage.message != m->estimate.limitedBy)
            tip += QLatin1Char('\n') + m->estimate.shortage.message;
        return tip;
    }
    }
    return {};
}

QVariant FleetCapacityModel::cell(const fleet::HostCapacity &row, int, int column, int role) const
{
    if (column == HostModelColumn && role != HostRole)
        return hostModelCell(row, role);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case HostColumn: return row.name;
        case FitsColumn: return row.capped ? tr("%1+").arg(row.fits) : QString::number(row.fits);
        case LimitedByColumn: return limitText(row);
        case LimitedOnColumn: return row.limitedOn;
        }
        return {};
    case SortRole:
        switch (column) {
        case FitsColumn: return row.fits;
        case LimitedByColumn: return limitText(row);
        case LimitedOnColumn: return row.limitedOn;
        default: return row.name;
        }
    case HostRole: return row.name;
    case Qt::TextAlignmentRole:
        return column == FitsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const fleet::Reason &r : row.reasons)
            lines << r.text();
        return lines.join(QLatin1Char('\n'));
    }
    }
    return {};
}
