#pragma once

#include "cloud/cloudclient.h"
#include "fleet/fleetcapacity.h"
#include "fleet/providers.h"
#include "fleet/resourcerequest.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace cloud {

// Placement's version document: the newest microversion it serves ("1.39").
std::optional<QString> readPlacementVersion(CloudClient &client, CloudError *error);

// Every resource provider with its inventories, usages, traits and aggregates, read with the
// newest microversion Placement offers: one list, then four reads per provider, inFlight at
// once (Placement answers about 200 a second on two cores; more in flight only queue there).
// onProvider(provider, providers read, providers in all) as each provider is complete.
struct FleetReadOptions
{
    int inFlight = 8;
    std::function<void(const fleet::Provider &provider, int done, int total)> onProvider = {};
};
std::optional<fleet::Fleet> readFleet(CloudClient &client, const FleetReadOptions &options, CloudError *error);

// Placement's own answer to GET /allocation_candidates for the request (no limit): the compute
// nodes (root providers) that are candidates, and each provider's capacity and use of each
// resource class as provider_summaries gives them.
struct AllocationCandidates
{
    int allocationRequests = 0;
    QSet<QString> roots;
    QHash<QString, QHash<QString, std::pair<qint64, qint64>>> summaries; // provider -> rc -> (capacity, used)
    QHash<QString, QStringList> traits; // provider -> its traits (1.17+)
};
std::optional<AllocationCandidates> readAllocationCandidates(CloudClient &client, const QString &version, const fleet::ResourceRequest &request, CloudError *error);
std::optional<AllocationCandidates> readAllocationCandidates(CloudClient &client, const fleet::ResourceRequest &request, CloudError *error);

// Capacity of a flavor across the fleet from three requests, not a walk: the version, the list
// of providers (names and trees) and one GET /allocation_candidates, whose provider_summaries
// (1.27+: every inventory of every provider in a candidate's tree, with capacity, use and traits)
// give each candidate compute node's free resources. Nodes that are not candidates count 0 and
// carry no reasons (readFleet and fleet::whyNot give those).
struct CandidateCapacity
{
    QString placementVersion;
    AllocationCandidates candidates;
    fleet::FleetCapacity capacity;
};
std::optional<CandidateCapacity> readCandidateCapacity(CloudClient &client, const fleet::ResourceRequest &request, CloudError *error);

} // namespace cloud
