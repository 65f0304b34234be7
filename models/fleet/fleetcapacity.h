#pragma once

#include "fleet/providers.h"
#include "fleet/resourcerequest.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace fleet {

// Why a compute node (or one of its nested providers) cannot take one more instance.
struct Reason
{
    enum class Kind { Disabled, RootTrait, NoInventory, Short, UnitLimit, TraitMissing, TraitForbidden, GroupPolicy, Aggregate };
    Kind kind;
    QString provider;      // name of the provider the reason is about
    QString resourceClass; // for NoInventory, Short, UnitLimit
    QString trait;         // for the trait kinds
    QString group;         // the request group's suffix ("" for the unsuffixed one)
    qint64 needed = 0;
    qint64 free = 0;
    std::optional<Inventory> inventory; // for Short and UnitLimit: total, reserved, ratio, units
    qint64 used = 0;
    QString aggregates;   // for Aggregate: what member_of asks for ("availability zone east: east-1")
    QString text() const;                 // one line for the CLI and the GUI
    QString code() const;                 // stable, for JSON: "disabled", "short", ...
    friend bool operator==(const Reason &, const Reason &) = default;
};

// One compute node: how many more instances of the request fit now, and what runs out first.
struct HostCapacity
{
    QString rootUuid;
    QString name;
    int fits = 0;
    bool capped = false;        // fits reached the cap; at least that many
    QString limitedBy;          // the resource class that stops the next instance ("" if a trait does)
    QString limitedOn;          // the provider it runs out on
    QList<Reason> reasons;      // why not one more (all of them, when fits is 0)
    // false when the count comes from Placement's allocation candidates alone: a node that is
    // not a candidate has fits 0 and no reasons (whyNot on the whole fleet gives them)
    bool reasonsKnown = true;
    friend bool operator==(const HostCapacity &, const HostCapacity &) = default;
};

struct FleetCapacity
{
    QList<HostCapacity> hosts;  // every compute node, by name
    qint64 total() const;
    int candidates() const;     // hosts that fit at least one
};

// How many instances of `request` each compute node of `fleet` can still take, as Placement
// would hand out allocation candidates one after the other: the unsuffixed group takes each
// resource class from one provider of the tree, a suffixed group all of its resources from
// one provider, group_policy=isolate puts suffixed groups on different providers; inventories'
// min_unit, max_unit and step_size apply. `cap` bounds the count per host. With `onlyRoots`, the
// other compute nodes are not placed on: fits 0, reasonsKnown false (Placement said they are no
// candidates).
FleetCapacity fleetCapacity(const Fleet &fleet, const ResourceRequest &request, int cap = 10000, const QSet<QString> *onlyRoots = nullptr);

// Every reason the node is not a candidate for one instance now (empty: it is one).
QList<Reason> whyNot(const Fleet &fleet, const ResourceRequest &request, const QString &rootUuid);

} // namespace fleet
