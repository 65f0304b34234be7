#include "hostfit/fleetnode.h"

#include "core/findingtext.h"

namespace hostfit {

FleetNodeModel::Limit FleetNodeModel::limits() const
{
    if (estimate.fits == placementFits)
        return Limit::Both;
    return estimate.fits < placementFits ? Limit::Host : Limit::Placement;
}

QString FleetNodeModel::limitsKey() const
{
    switch (limits()) {
    case Limit::Host: return QStringLiteral("host");
    case Limit::Placement: return QStringLiteral("placement");
    case Limit::Both: break;
    }
    return QStringLiteral("both");
}

QString FleetNodeModel::limitsText() const
{
    switch (limits()) {
    case Limit::Host: return FindingText::tr("the host");
    case Limit::Placement: return FindingText::tr("Placement");
    case Limit::Both: break;
    }
    return FindingText::tr("both");
}

QString FleetNodeModel::text() const
{
    const QString model = (estimate.capped ? QStringLiteral(">= ") : QString()) + QString::number(estimate.fits);
    return FindingText::tr("%1: Placement %2, host model %3 (%4, %5): %6 fit, limited by %7")
        .arg(node)
        .arg(placementFits)
        .arg(model, estimate.limitedBy, source)
        .arg(fits())
        .arg(limitsText());
}

const fleet::HostCapacity *fleetNodeOf(const fleet::FleetCapacity &capacity, const QString &hostname)
{
    const QString label = hostname.section(QLatin1Char('.'), 0, 0);
    const fleet::HostCapacity *byLabel = nullptr;
    for (const fleet::HostCapacity &h : capacity.hosts) {
        if (h.name == hostname)
            return &h;
        if (!byLabel && (h.name == label || h.name.section(QLatin1Char('.'), 0, 0) == hostname))
            byLabel = &h;
    }
    return byLabel;
}

qint64 totalWithHostModel(const fleet::FleetCapacity &capacity, const QList<FleetNodeModel> &models)
{
    qint64 total = capacity.total();
    for (const FleetNodeModel &m : models)
        total += m.fits() - m.placementFits;
    return total;
}

} // namespace hostfit
