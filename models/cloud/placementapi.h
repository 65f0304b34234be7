#pragma once

#include "cloud/cloudclient.h"
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
// newest microversion Placement offers (1.14 at least: parents and roots).
// progress(providers read, providers in all) after each provider.
struct FleetReadOptions
{
    std::function<void(int done, int total)> progress = {};
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
};
std::optional<AllocationCandidates> readAllocationCandidates(CloudClient &client, const fleet::ResourceRequest &request, CloudError *error);

} // namespace cloud
