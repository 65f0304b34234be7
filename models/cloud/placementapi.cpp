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

namespace {

fleet::Provider listed(const QJsonObject &o)
{
    fleet::Provider p;
    p.uuid = o.value(QStringLiteral("uuid")).toString();
    p.name = o.value(QStringLiteral("name")).toString();
    p.parentUuid = o.value(QStringLiteral("parent_provider_uuid")).toString();
    p.rootUuid = o.value(QStringLiteral("root_provider_uuid")).toString();
    p.generation = o.value(QStringLiteral("generation")).toInteger();
    return p;
}

QList<fleet::Provider> providersOf(const QJsonObject &list)
{
    QList<fleet::Provider> out;
    for (const QJsonValue &v : list.value(QStringLiteral("resource_providers")).toArray())
        out.append(listed(v.toObject()));
    return out;
}

std::optional<QList<fleet::Provider>> listProviders(CloudClient &client, const QString &version, CloudError *error)
{
    const std::optional<QJsonObject> list = get(client, QStringLiteral("/resource_providers"), version, error);
    if (!list)
        return std::nullopt;
    return providersOf(*list);
}

AllocationCandidates candidatesOf(const QJsonObject &answer);

} // namespace

std::optional<fleet::Fleet> readFleet(CloudClient &client, const FleetReadOptions &options, CloudError *error)
{
    const std::optional<QString> version = readPlacementVersion(client, error);
    if (!version)
        return std::nullopt;
    std::optional<QList<fleet::Provider>> providers = listProviders(client, *version, error);
    if (!providers)
        return std::nullopt;
    static const QStringList kParts{QStringLiteral("/inventories"), QStringLiteral("/usages"), QStringLiteral("/traits"), QStringLiteral("/aggregates")};
    QStringList paths;
    paths.reserve(providers->size() * kParts.size());
    for (const fleet::Provider &p : std::as_const(*providers))
        for (const QString &part : kParts)
            paths.append(QStringLiteral("/resource_providers/") + p.uuid + part);
    QList<int> answered(providers->size(), 0);
    int complete = 0;
    std::optional<CloudError> first;
    client.getAll(kPlacement, paths, *version, options.inFlight, [&](qsizetype index, const CloudReply &reply) {
        if (first)
            return;
        if (!reply.ok()) {
            first = *reply.error;
            return;
        }
        if (!reply.json.isObject()) {
            first = malformed(client, reply, QStringLiteral("the reply is not a JSON object"));
            return;
        }
        fleet::Provider &p = (*providers)[index / kParts.size()];
        const QJsonObject o = reply.json.toObject();
        switch (index % kParts.size()) {
        case 0: {
            const QJsonObject inventories = o.value(QStringLiteral("inventories")).toObject();
            for (auto it = inventories.begin(); it != inventories.end(); ++it)
                p.inventories.insert(it.key(), inventoryOf(it.value().toObject()));
            break;
        }
        case 1: {
            const QJsonObject used = o.value(QStringLiteral("usages")).toObject();
            for (auto it = used.begin(); it != used.end(); ++it)
                p.usages.insert(it.key(), it.value().toInteger());
            break;
        }
        case 2: p.traits = strings(o.value(QStringLiteral("traits"))); break;
        default: p.aggregates = strings(o.value(QStringLiteral("aggregates"))); break;
        }
        if (++answered[index / kParts.size()] == kParts.size()) {
            ++complete;
            if (options.onProvider)
                options.onProvider(p, complete, int(providers->size()));
        }
    });
    if (first) {
        *error = *first;
        return std::nullopt;
    }
    return fleet::Fleet(std::move(*providers));
}

std::optional<AllocationCandidates> readAllocationCandidates(CloudClient &client, const fleet::ResourceRequest &request, CloudError *error)
{
    const std::optional<QString> version = readPlacementVersion(client, error);
    if (!version)
        return std::nullopt;
    return readAllocationCandidates(client, *version, request, error);
}

std::optional<AllocationCandidates> readAllocationCandidates(CloudClient &client, const QString &version, const fleet::ResourceRequest &request, CloudError *error)
{
    const std::optional<QJsonObject> answer = get(client, QStringLiteral("/allocation_candidates?") + request.queryString(), version, error);
    if (!answer)
        return std::nullopt;
    return candidatesOf(*answer);
}

namespace {

AllocationCandidates candidatesOf(const QJsonObject &answer)
{
    AllocationCandidates out;
    out.allocationRequests = int(answer.value(QStringLiteral("allocation_requests")).toArray().size());
    const QJsonObject summaries = answer.value(QStringLiteral("provider_summaries")).toObject();
    for (const QJsonValue &ar : answer.value(QStringLiteral("allocation_requests")).toArray()) {
        const QJsonObject allocations = ar.toObject().value(QStringLiteral("allocations")).toObject();
        for (auto it = allocations.begin(); it != allocations.end(); ++it)
            out.roots.insert(summaries.value(it.key()).toObject().value(QStringLiteral("root_provider_uuid")).toString());
    }
    for (auto it = summaries.begin(); it != summaries.end(); ++it) {
        const QJsonObject summary = it.value().toObject();
        const QJsonObject resources = summary.value(QStringLiteral("resources")).toObject();
        for (auto r = resources.begin(); r != resources.end(); ++r) {
            const QJsonObject o = r.value().toObject();
            out.summaries[it.key()].insert(r.key(), {o.value(QStringLiteral("capacity")).toInteger(), o.value(QStringLiteral("used")).toInteger()});
        }
        out.traits.insert(it.key(), strings(summary.value(QStringLiteral("traits"))));
    }
    return out;
}

} // namespace

std::optional<CandidateCapacity> readCandidateCapacity(CloudClient &client, const fleet::ResourceRequest &request, CloudError *error)
{
    CandidateCapacity out;
    const std::optional<QString> version = readPlacementVersion(client, error);
    if (!version)
        return std::nullopt;
    out.placementVersion = *version;
    // The provider list (every compute node's name) and the candidates do not depend on each
    // other: both in flight at once.
    const QStringList paths{QStringLiteral("/resource_providers"), QStringLiteral("/allocation_candidates?") + request.queryString()};
    std::optional<QList<fleet::Provider>> providers;
    std::optional<AllocationCandidates> candidates;
    std::optional<CloudError> failed;
    client.getAll(kPlacement, paths, *version, 2, [&](qsizetype i, const CloudReply &reply) {
        if (failed)
            return;
        if (!reply.ok() || !reply.json.isObject()) {
            failed = reply.ok() ? malformed(client, reply, QStringLiteral("the reply is not a JSON object")) : *reply.error;
            return;
        }
        if (i == 0)
            providers = providersOf(reply.json.toObject());
        else
            candidates = candidatesOf(reply.json.toObject());
    });
    if (failed || !providers || !candidates) { // no reply at all: the read was cancelled
        *error = failed.value_or(CloudError{CloudError::Kind::Unreachable, client.config().name, kPlacement, paths.join(QStringLiteral(", ")), 0,
                                            QStringLiteral("no answer: the read was cancelled")});
        return std::nullopt;
    }
    // Each provider of a candidate's tree as its summary describes it: capacity as the total
    // (reserved and the ratio are already in it), use, traits.
    for (fleet::Provider &p : *providers) {
        const auto summary = candidates->summaries.constFind(p.uuid);
        if (summary == candidates->summaries.constEnd())
            continue;
        for (auto r = summary->cbegin(); r != summary->cend(); ++r) {
            fleet::Inventory inv;
            inv.total = r->first;
            inv.maxUnit = r->first;
            p.inventories.insert(r.key(), inv);
            p.usages.insert(r.key(), r->second);
        }
        p.traits = candidates->traits.value(p.uuid);
    }
    // Only Placement's candidates are counted, and Placement has applied member_of to them: the
    // provider list carries no aggregates to check it again.
    fleet::ResourceRequest counted = request;
    counted.memberOf.clear();
    out.capacity = fleet::fleetCapacity(fleet::Fleet(std::move(*providers)), counted, 10000, &candidates->roots);
    out.candidates = std::move(*candidates);
    return out;
}

} // namespace cloud
