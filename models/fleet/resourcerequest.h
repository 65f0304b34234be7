#pragma once

#include "flavors/flavor.h"
#include "rules/release.h"
#include "rules/stageb.h"

#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace fleet {

// One request group of GET /allocation_candidates: the unsuffixed one (suffix empty) may take
// each resource class from another provider of the tree; a suffixed one takes all of its
// resources from one provider.
struct RequestGroup
{
    QString suffix;
    QMap<QString, qint64> resources;
    QSet<QString> required;
    QSet<QString> forbidden;
    bool isEmpty() const { return resources.isEmpty() && required.isEmpty() && forbidden.isEmpty(); }
};

// What Nova's scheduler asks Placement for one instance of a flavor (with its image
// properties): nova/scheduler/utils.py ResourceRequest.from_request_spec plus the request
// filters that need no configuration (nova/scheduler/request_filter.py: compute_status_filter,
// packed_virtqueue_filter, ephemeral_encryption_filter), for the release. Not included: request
// groups of ports and PCI aliases in Placement, aggregates (tenant isolation, availability zones)
// and the image-type and image-metadata prefilters, which depend on nova.conf and the image.
struct ResourceRequest
{
    QList<RequestGroup> groups; // unsuffixed first, then by suffix
    std::optional<QString> groupPolicy;
    QSet<QString> rootRequired;
    QSet<QString> rootForbidden;
    // hw:cpu_policy dedicated or mixed became PCPU: Nova's scheduler then also asks the same
    // with VCPU ([workarounds] disable_fallback_pcpu_query=False, the default) and merges the
    // candidates; hosts that pass only that way are judged by NUMATopologyFilter, which needs
    // [compute] cpu_dedicated_set (or the legacy vcpu_pin_set) for pinning.
    bool pinningTranslated = false;

    const RequestGroup *group(const QString &suffix) const;
    QMap<QString, qint64> mergedResources() const;
    // The query string as Nova's to_querystring() writes it (sorted, URL-encoded); `limit`
    // as [scheduler] max_placement_results, none for "every candidate".
    QString queryString(std::optional<int> limit = std::nullopt) const;
};

// The request for `flavor` on `release`; `shape` is stage B's result for it (CPU policies).
ResourceRequest resourceRequest(const flavors::Flavor &flavor, rules::NovaRelease release, const rules::StageBResult &stageB);

} // namespace fleet
