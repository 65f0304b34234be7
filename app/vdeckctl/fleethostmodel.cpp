#include "fleethostmodel.h"

namespace fleethostmodel {

QList<hostfit::FleetNodeModel> match(const fleet::FleetCapacity &capacity, const QList<std::pair<QString, inventory::HostSnapshot>> &snapshots,
                                     const flavors::Flavor &flavor, const domainxml::ComputeProfile &profile, rules::NovaRelease release,
                                     QString *error)
{
    QList<hostfit::FleetNodeModel> out;
    for (const auto &[file, snapshot] : snapshots) {
        const QString hostname = snapshot.identity().hostname;
        const fleet::HostCapacity *node = hostfit::fleetNodeOf(capacity, hostname);
        if (!node) {
            *error = QStringLiteral("%1: host %2 is no compute node of the cloud (no resource provider of that name)").arg(file, hostname);
            return {};
        }
        hostfit::FleetNodeModel m;
        m.node = node->name;
        m.source = file;
        m.placementFits = node->fits;
        m.estimate = hostfit::estimateCapacity(flavor, snapshot, profile, hostfit::CapacityOptions{release, hostfit::CapacityEstimate::kDefaultCap});
        out.append(m);
    }
    return out;
}

void print(QTextStream &out, const QList<hostfit::FleetNodeModel> &models, const fleet::FleetCapacity &capacity)
{
    if (models.isEmpty())
        return;
    out << "With the host snapshots (what Placement does not know: NUMA, hugepages per node, pinning, devices):\n";
    for (const hostfit::FleetNodeModel &m : models)
        out << "  " << m.text() << '\n';
    out << hostfit::totalWithHostModel(capacity, models) << " instances fit with the host model applied where a snapshot is given\n";
}

QJsonObject json(const hostfit::FleetNodeModel &m)
{
    return {{QStringLiteral("snapshot"), m.source},
            {QStringLiteral("fits"), m.estimate.fits},
            {QStringLiteral("capped"), m.estimate.capped},
            {QStringLiteral("limitedBy"), m.estimate.limitedBy},
            {QStringLiteral("code"), m.estimate.shortage.code},
            {QStringLiteral("fitsBoth"), m.fits()},
            {QStringLiteral("limits"), m.limitsKey()}};
}

} // namespace fleethostmodel
