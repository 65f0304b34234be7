#pragma once

#include "flavors/flavor.h"
#include "pci/alias.h"
#include "pci/novaconf.h"
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

// What the controllers' nova.conf adds to a boot's request: [pci] alias (nova-api turns a flavor's
// pci_passthrough:alias into PCI requests with it) and [filter_scheduler] pci_in_placement (27+:
// the scheduler asks Placement for them). Aliases have to be the same on every controller.
struct PciAliasConfig
{
    QList<pci::PciAlias> aliases;
    bool pciInPlacement = false;
    QString error;  // the aliases do not parse (Nova then refuses every alias)
    QString origin; // where they come from, for messages ("nova.conf", "the PCI page's nova.conf")
    bool known = false; // false: no nova.conf given; a flavor's aliases are not in the request

    // pci_in_placement is read from 27.0.0 (nova/objects/request_spec.py
    // generate_request_groups_from_pci_requests); earlier releases never ask Placement for PCI.
    static PciAliasConfig fromNovaConf(const pci::NovaConf &conf, rules::NovaRelease release, const QString &origin);
    const pci::PciAlias *alias(const QString &name) const;
};

// One of Nova's host aggregates (GET /os-aggregates): Nova mirrors its hosts onto the compute
// nodes' providers in Placement as a Placement aggregate of the same UUID.
struct HostAggregate
{
    QString uuid;
    QString name;
    QMap<QString, QString> metadata; // "availability_zone", "filter_tenant_id", ...
};

// The availability zone a boot names, with the cloud's host aggregates. Nova's request filter
// map_az_to_placement_aggregate (nova/scheduler/request_filter.py) asks Placement for the
// aggregates whose availability_zone is the zone (member_of=in:...): from 28.0.0 always; 24 to 27
// unless [scheduler] query_placement_for_availability_zone is false (23: unless it is true);
// otherwise AvailabilityZoneFilter checks the zone on the hosts.
struct ZoneRequest
{
    QString zone;                     // empty: the boot names none
    QList<HostAggregate> aggregates;  // every host aggregate of the cloud
    std::optional<bool> queryPlacement; // [scheduler] query_placement_for_availability_zone, when a nova.conf says

    // The option as a controller's nova.conf sets it; nullopt when it does not.
    static std::optional<bool> queryPlacementIn(const pci::NovaConf &conf);
};

// What Nova's scheduler asks Placement for one instance of a flavor (with its image
// properties): nova/scheduler/utils.py ResourceRequest.from_request_spec plus the request
// filters that need no configuration (nova/scheduler/request_filter.py: compute_status_filter,
// packed_virtqueue_filter, ephemeral_encryption_filter), for the release; with a PciAliasConfig
// that has pci_in_placement on, one request group per device a flavor's alias asks for
// (RequestSpec.generate_request_groups_from_pci_requests); with a ZoneRequest, the zone's
// aggregates. Not included: request groups of Neutron ports (their QoS minimum bandwidth and
// packet rate come from Neutron), tenant isolation and the image-type and image-metadata
// prefilters.
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
    // One per PCI request group (same order as their groups): "e810vf #1 of 2".
    QMap<QString, QString> pciGroups; // suffix -> what it asks for
    // The flavor names aliases and nova.conf is known, but pci_in_placement is off (or the release
    // is before 27): PciPassthroughFilter checks them on the hosts, Placement does not.
    QStringList pciOutsidePlacement;
    // What Nova raises before it asks Placement (the boot fails): an alias nova.conf does not
    // define (PciRequestAliasNotDefined, HTTP 400), an alias with several specs while PCI is in
    // Placement (ValueError), aliases that do not parse. Empty when the request is asked.
    QString error;
    // The flavor names aliases but no nova.conf is known: they are not in the request.
    bool pciUnknown = false;
    QString pciOrigin;
    // member_of of the unsuffixed group: each list ORed, the lists ANDed (an aggregate's UUID
    // satisfies it when the provider or its root is in it).
    QList<QStringList> memberOf;
    QString zone;            // the availability zone memberOf asks for
    QMap<QString, QString> aggregateNames; // uuid -> name, for messages
    // The zone is named but not asked of Placement: AvailabilityZoneFilter checks it on the hosts,
    // or no host aggregate has it (hosts in no zone's aggregate are in the default zone).
    QString zoneNote;

    const RequestGroup *group(const QString &suffix) const;
    QMap<QString, qint64> mergedResources() const;
    // The query string as Nova's to_querystring() writes it (sorted, URL-encoded); `limit`
    // as [scheduler] max_placement_results, none for "every candidate".
    QString queryString(std::optional<int> limit = std::nullopt) const;
};

// What a reader of the counts must know about the request, one sentence each, the same in the CLI
// ("note: ...") and the GUI: the PCPU query's VCPU fallback, PCI aliases asked of Placement, or
// left to the hosts' PciPassthroughFilter, or unknown.
QStringList requestNotes(const ResourceRequest &request);

// The request for `flavor` on `release`; `shape` is stage B's result for it (CPU policies); `pci`
// the controllers' aliases, when known.
ResourceRequest resourceRequest(const flavors::Flavor &flavor, rules::NovaRelease release, const rules::StageBResult &stageB,
                                const PciAliasConfig &pci = {}, const ZoneRequest &zone = {});

} // namespace fleet
