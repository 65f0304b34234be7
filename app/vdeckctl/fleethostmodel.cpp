#include "fleethostmodel.h"

namespace fleethostmodel {

QString NodeModel::limits() const
{
    if (estimate.fits == placementFits)
        return QStringLiteral("both");
    return estimate.fits < placementFits ? QStringLiteral("host") : QStringLiteral("placement");
}

QList<NodeModel> match(const fleet::FleetCapacity &capacity, const QList<std::pair<QString, inventory::HostSnapshot>> &snapshots,
                       const flavors::Flavor &flavor, const domainxml::ComputeProfile &profile, rules::NovaRelease release, QString *error)
{
    QList<NodeModel> out;
    for (const auto &[file, snapshot] : snapshots) {
        const QString hostname = snapshot.identity().hostname;
        const fleet::HostCapacity *node = nullptr;
        for (const fleet::HostCapacity &h : capacity.hosts)
            if (h.name == hostname || h.name == hostname.section(QLatin1Char('.'), 0, 0) || h.name.section(QLatin1Char('.'), 0, 0) == hostname)
                node = &h;
        if (!node) {
            *error = QStringLiteral("%1: host %2 is no compute node of the cloud (no resource provider of that name)").arg(file, hostname);
            return {};
        }
        NodeModel m;
        m.node = node->name;
        m.snapshot = file;
        m.placementFits = node->fits;
        m.estimate = hostfit::estimateCapacity(flavor, snapshot, profile, hostfit::CapacityOptions{release, hostfit::CapacityEstimate::kDefaultCap});
        out.append(m);
    }
    return out;
}

void print(QTextStream &out, const QList<NodeModel> &models, const fleet::FleetCapacity &capacity)
{
    if (models.isEmpty())
        return;
    qint64 total = capacity.total();
    out << "With the host snapshots (what Placement does not know: NUMA, hugepages per node, pinning, devices):\n";
    for (const NodeModel &m : models) {
        total += m.fits() - m.placementFits;
        out << "  " << m.node << ": Placement " << m.placementFits << ", host model " << (m.estimate.capped ? ">= " : "") << m.estimate.fits
            << " (" << m.estimate.limitedBy << ", " << m.snapshot << "): " << m.fits() << " fit, limited by "
            << (m.limits() == QLatin1String("host") ? "the host" : m.limits() == QLatin1String("placement") ? "Placement" : "both") << '\n';
    }
    out << total << " instances fit with the host model applied where a snapshot is given\n";
}

QJsonObject json(const NodeModel &m)
{
    return {{QStringLiteral("snapshot"), m.snapshot},
            {QStringLiteral("fits"), m.estimate.fits},
            {QStringLiteral("capped"), m.estimate.capped},
            {QStringLiteral("limitedBy"), m.estimate.limitedBy},
            {QStringLiteral("code"), m.estimate.shortage.code},
            {QStringLiteral("fitsBoth"), m.fits()},
            {QStringLiteral("limits"), m.limits()}};
}

} // namespace fleethostmodel
