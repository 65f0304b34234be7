#include "cloud/placementapi.h"

#include "cloud/computerelease.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cloud {

namespace {

const QString kPlacement = QStringLiteral("placement");
// Nested providers (1.14), granular groups with string suffixes (1.33), mappings (1.34),
// root_required (1.35), consumer types (1.38), any-traits (1.39).
const QString kNeeded = QStringLiteral("1.36");

CloudError malformed(CloudClient &client, const CloudReply &reply, const QString &what)
{
    return CloudError{CloudError::Kind::Malformed, client.config().name, kPlacement, QString::fromLatin1(reply.method) + QLatin1Char(' ') + reply.url,
                      reply.status, what};
}

std::optional<QJsonObject> get(CloudClient &client, const QString &path, const QString &version, CloudError *error)
{
    const CloudReply reply = client.call(kPlacement, "GET", path, QJsonValue::Undefined, version);
    if (!reply.ok()) {
        *error = *reply.error;
        return std::nullopt;
    }
    if (!reply.json.isObject()) {
        *error = malformed(client, reply, QStringLiteral("the reply is not a JSON object"));
        return std::nullopt;
    }
    return reply.json.toObject();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    out.sort();
    return out;
}

fleet::Inventory inventoryOf(const QJsonObject &o)
{
    fleet::Inventory inv;
    inv.total = o.value(QStringLiteral("total")).toInteger();
    inv.reserved = o.value(QStringLiteral("reserved")).toInteger();
    inv.minUnit = o.value(QStringLiteral("min_unit")).toInteger(1);
    inv.maxUnit = o.value(QStringLiteral("max_unit")).toInteger(inv.total);
    inv.stepSize = o.value(QStringLiteral("step_size")).toInteger(1);
    inv.allocationRatio = o.value(QStringLiteral("allocation_ratio")).toDouble(1.0);
    return inv;
}

} // namespace

std::optional<QString> readPlacementVersion(CloudClient &client, CloudError *error)
{
    const std::optional<QJsonObject> root = get(client, QString(), QString(), error);
    if (!root)
        return std::nullopt;
    const QJsonArray versions = root->value(QStringLiteral("versions")).toArray();
    const QString max = versions.isEmpty() ? QString() : versions.first().toObject().value(QStringLiteral("max_version")).toString();
    const std::optional<Microversion> mv = Microversion::parse(max);
    const std::optional<Microversion> needed = Microversion::parse(kNeeded);
    if (!mv) {
        *error = CloudError{CloudError::Kind::Malformed, client.config().name, kPlacement, QStringLiteral("GET /"), 200,
                            QStringLiteral("the version document has no \"versions\": [{\"max_version\": \"1.x\"}] (is this Placement's endpoint?)")};
        return std::nullopt;
    }
    if (*mv < *needed) {
        *error = CloudError{CloudError::Kind::Malformed, client.config().name, kPlacement, QStringLiteral("GET /"), 200,
                            QStringLiteral("Placement serves microversions up to %1; vDeck needs %2 (Placement of OpenStack Victoria or later)").arg(max, kNeeded)};
        return std::nullopt;
    }
    return max;
}

std::optional<fleet::Fleet> readFleet(CloudClient &client, const FleetReadOptions &options, CloudError *error)
{
    const std::optional<QString> version = readPlacementVersion(client, error);
    if (!version)
        return std::nullopt;
    const std::optional<QJsonObject> list = get(client, QStringLiteral("/resource_providers"), *version, error);
    if (!list)
        return std::nullopt;
    const QJsonArray rps = list->value(QStringLiteral("resource_providers")).toArray();
    QList<fleet::Provider> providers;
    providers.reserve(rps.size());
    for (const QJsonValue &v : rps) {
        const QJsonObject o = v.toObject();
        fleet::Provider p;
        p.uuid = o.value(QStringLiteral("uuid")).toString();
        p.name = o.value(QStringLiteral("name")).toString();
        p.parentUuid = o.value(QStringLiteral("parent_provider_uuid")).toString();
        p.rootUuid = o.value(QStringLiteral("root_provider_uuid")).toString();
        p.generation = o.value(QStringLiteral("generation")).toInteger();
        const QString base = QStringLiteral("/resource_providers/") + p.uuid;
        const std::optional<QJsonObject> inv = get(client, base + QStringLiteral("/inventories"), *version, error);
        const std::optional<QJsonObject> usages = inv ? get(client, base + QStringLiteral("/usages"), *version, error) : std::nullopt;
        const std::optional<QJsonObject> traits = usages ? get(client, base + QStringLiteral("/traits"), *version, error) : std::nullopt;
        const std::optional<QJsonObject> aggs = traits ? get(client, base + QStringLiteral("/aggregates"), *version, error) : std::nullopt;
        if (!aggs)
            return std::nullopt;
        const QJsonObject inventories = inv->value(QStringLiteral("inventories")).toObject();
        for (auto it = inventories.begin(); it != inventories.end(); ++it)
            p.inventories.insert(it.key(), inventoryOf(it.value().toObject()));
        const QJsonObject used = usages->value(QStringLiteral("usages")).toObject();
        for (auto it = used.begin(); it != used.end(); ++it)
            p.usages.insert(it.key(), it.value().toInteger());
        p.traits = strings(traits->value(QStringLiteral("traits")));
        p.aggregates = strings(aggs->value(QStringLiteral("aggregates")));
        providers.append(p);
        if (options.progress)
            options.progress(int(providers.size()), int(rps.size()));
    }
    return fleet::Fleet(std::move(providers));
}

std::optional<AllocationCandidates> readAllocationCandidates(CloudClient &client, const fleet::ResourceRequest &request, CloudError *error)
{
    const std::optional<QString> version = readPlacementVersion(client, error);
    if (!version)
        return std::nullopt;
    const std::optional<QJsonObject> answer = get(client, QStringLiteral("/allocation_candidates?") + request.queryString(), *version, error);
    if (!answer)
        return std::nullopt;
    AllocationCandidates out;
    out.allocationRequests = int(answer->value(QStringLiteral("allocation_requests")).toArray().size());
    const QJsonObject summaries = answer->value(QStringLiteral("provider_summaries")).toObject();
    for (const QJsonValue &ar : answer->value(QStringLiteral("allocation_requests")).toArray()) {
        const QJsonObject allocations = ar.toObject().value(QStringLiteral("allocations")).toObject();
        for (auto it = allocations.begin(); it != allocations.end(); ++it)
            out.roots.insert(summaries.value(it.key()).toObject().value(QStringLiteral("root_provider_uuid")).toString());
    }
    for (auto it = summaries.begin(); it != summaries.end(); ++it) {
        const QJsonObject resources = it.value().toObject().value(QStringLiteral("resources")).toObject();
        for (auto r = resources.begin(); r != resources.end(); ++r) {
            const QJsonObject o = r.value().toObject();
            out.summaries[it.key()].insert(r.key(), {o.value(QStringLiteral("capacity")).toInteger(), o.value(QStringLiteral("used")).toInteger()});
        }
    }
    return out;
}

} // namespace cloud
