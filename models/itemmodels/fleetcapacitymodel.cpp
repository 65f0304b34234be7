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

QStringList FleetCapacityModel::headers() const
{
    return {tr("Compute node"), tr("Instances that fit"), tr("Limited by"), tr("On provider")};
}

QVariant FleetCapacityModel::cell(const fleet::HostCapacity &row, int, int column, int role) const
{
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
