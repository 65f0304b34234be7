#include "fleet/fleetcapacity.h"

#include "core/findingtext.h"

#include <QHash>

#include <algorithm>

namespace fleet {

namespace {

QString k(const char *s) { return QString::fromLatin1(s); }

QString ratio(double r)
{
    return QString::number(r, 'g', 6);
}

// Places instances of a request on one compute node's tree, one at a time, as Placement builds one
// allocation request after the other. The tree's free resources are a table of providers x the
// request's resource classes, made once per node: a placement looks up nothing by name.
class Placer
{
public:
    Placer(const QList<const Provider *> &tree, const ResourceRequest &request, bool everyReason)
        : m_tree(tree), m_request(request), m_everyReason(everyReason), m_isolate(request.groupPolicy == k("isolate"))
    {
        for (const RequestGroup &g : request.groups) {
            GroupPlan plan{&g, {}, sorted(g.required), sorted(g.forbidden)};
            for (auto it = g.resources.cbegin(); it != g.resources.cend(); ++it) {
                qsizetype c = m_classes.indexOf(it.key());
                if (c < 0) {
                    c = m_classes.size();
                    m_classes.append(it.key());
                }
                plan.resources.append({int(c), it.value()});
            }
            m_groups.append(plan);
        }
        m_rootRequired = sorted(request.rootRequired);
        const qsizetype n = tree.size() * m_classes.size();
        m_inventory.resize(n, nullptr);
        m_free.resize(n, 0);
        m_take.resize(n, 0);
        m_usedBySuffixed.resize(tree.size(), false);
        for (qsizetype i = 0; i < tree.size(); ++i) {
            const Provider *p = tree.at(i);
            m_traits.append(QSet<QString>(p->traits.cbegin(), p->traits.cend()));
            for (qsizetype c = 0; c < m_classes.size(); ++c) {
                const auto inv = p->inventories.constFind(m_classes.at(c));
                if (inv == p->inventories.cend())
                    continue;
                m_inventory[cell(i, c)] = &*inv;
                m_free[cell(i, c)] = inv->capacity() - p->usages.value(m_classes.at(c));
            }
        }
    }

    bool place(QList<Reason> *reasons)
    {
        m_reasons = reasons;
        bool ok = rootTraits(m_tree.first());
        if (!ok && !m_everyReason)
            return false;
        std::fill(m_take.begin(), m_take.end(), 0);
        std::fill(m_usedBySuffixed.begin(), m_usedBySuffixed.end(), false);
        for (const GroupPlan &g : std::as_const(m_groups)) {
            const bool groupOk = g.group->suffix.isEmpty() ? unsuffixed(g) : suffixed(g);
            ok = ok && groupOk;
            if (!ok && !m_everyReason)
                return false;
        }
        if (!ok)
            return false;
        for (qsizetype i = 0; i < m_free.size(); ++i)
            m_free[i] -= m_take.at(i);
        return true;
    }

private:
    struct GroupPlan
    {
        const RequestGroup *group;
        QList<std::pair<int, qint64>> resources; // class index, amount; in the group's (name) order
        QStringList required;                    // sorted
        QStringList forbidden;                   // sorted
    };

    static QStringList sorted(const QSet<QString> &set)
    {
        QStringList out(set.cbegin(), set.cend());
        out.sort();
        return out;
    }
    qsizetype cell(qsizetype provider, qsizetype rc) const { return provider * m_classes.size() + rc; }
    void add(Reason r)
    {
        if (m_reasons)
            m_reasons->append(std::move(r));
    }
    qint64 freeLeft(qsizetype provider, int rc) const { return m_free.at(cell(provider, rc)) - m_take.at(cell(provider, rc)); }

    bool rootTraits(const Provider *root)
    {
        bool ok = true;
        for (const QString &t : m_request.rootForbidden) {
            if (m_traits.first().contains(t)) {
                add({t == k("COMPUTE_STATUS_DISABLED") ? Reason::Kind::Disabled : Reason::Kind::RootTrait, root->name, {}, t, {}, 0, 0, std::nullopt, 0, {}});
                ok = false;
            }
        }
        for (const QString &t : std::as_const(m_rootRequired)) {
            if (!m_traits.first().contains(t)) {
                add({Reason::Kind::RootTrait, root->name, {}, t, {}, 1, 0, std::nullopt, 0, {}});
                ok = false;
            }
        }
        // member_of: Nova's host aggregates are on the compute node's provider, and Placement
        // counts a nested provider as a member through its root.
        for (const QStringList &list : m_request.memberOf) {
            if (std::none_of(list.cbegin(), list.cend(), [root](const QString &uuid) { return root->aggregates.contains(uuid); })) {
                QStringList names;
                for (const QString &uuid : list)
                    names << m_request.aggregateNames.value(uuid, uuid);
                Reason r{Reason::Kind::Aggregate, root->name, {}, {}, {}, 0, 0, std::nullopt, 0, {}};
                r.aggregates = m_request.zone.isEmpty() ? names.join(QStringLiteral(", "))
                                                        : FindingText::tr("availability zone %1: %2").arg(m_request.zone, names.join(QStringLiteral(", ")));
                add(r);
                ok = false;
            }
        }
        return ok;
    }

    // Why provider `i` cannot give `amount` of class `rc`; nothing when it can.
    std::optional<Reason> shortage(qsizetype i, int rc, qint64 amount, const QString &group) const
    {
        const Provider *p = m_tree.at(i);
        const Inventory *inv = m_inventory.at(cell(i, rc));
        const QString &name = m_classes.at(rc);
        if (!inv)
            return Reason{Reason::Kind::NoInventory, p->name, name, {}, group, amount, 0, std::nullopt, 0, {}};
        const qint64 left = freeLeft(i, rc);
        if (!inv->allows(amount))
            return Reason{Reason::Kind::UnitLimit, p->name, name, {}, group, amount, left, *inv, p->usages.value(name), {}};
        if (left < amount)
            return Reason{Reason::Kind::Short, p->name, name, {}, group, amount, left, *inv, inv->capacity() - left, {}};
        return std::nullopt;
    }
    bool fits(qsizetype i, int rc, qint64 amount) const
    {
        const Inventory *inv = m_inventory.at(cell(i, rc));
        return inv && inv->allows(amount) && freeLeft(i, rc) >= amount;
    }

    // The group's traits against the union of the traits of `providers`.
    bool traitsOf(const GroupPlan &g, const QList<qsizetype> &providers, const QString &where)
    {
        const auto anyHas = [&](const QString &t) {
            return std::any_of(providers.cbegin(), providers.cend(), [&](qsizetype i) { return m_traits.at(i).contains(t); });
        };
        bool ok = true;
        for (const QString &t : g.required) {
            if (!anyHas(t)) {
                add({Reason::Kind::TraitMissing, where, {}, t, g.group->suffix, 0, 0, std::nullopt, 0, {}});
                ok = false;
            }
        }
        for (const QString &t : g.forbidden) {
            if (anyHas(t)) {
                add({Reason::Kind::TraitForbidden, where, {}, t, g.group->suffix, 0, 0, std::nullopt, 0, {}});
                ok = false;
            }
        }
        return ok;
    }

    // Each resource class from one provider of the tree, the one with the most left.
    bool unsuffixed(const GroupPlan &g)
    {
        bool ok = true;
        QList<qsizetype> used;
        for (const auto &[rc, amount] : g.resources) {
            qsizetype best = -1;
            std::optional<Reason> bestReason;
            for (qsizetype i = 0; i < m_tree.size(); ++i) {
                if (fits(i, rc, amount)) {
                    if (best < 0 || freeLeft(i, rc) > freeLeft(best, rc))
                        best = i;
                    continue;
                }
                if (!m_reasons)
                    continue; // nobody reads why
                const std::optional<Reason> why = shortage(i, rc, amount, g.group->suffix);
                if (why->kind != Reason::Kind::NoInventory && (!bestReason || bestReason->kind == Reason::Kind::NoInventory || why->free > bestReason->free))
                    bestReason = why;
            }
            if (best >= 0) {
                m_take[cell(best, rc)] += amount;
                if (!used.contains(best))
                    used.append(best);
                continue;
            }
            ok = false;
            add(bestReason.value_or(Reason{Reason::Kind::NoInventory, m_tree.first()->name, m_classes.at(rc), {}, g.group->suffix, amount, 0, std::nullopt, 0, {}}));
        }
        if (used.isEmpty())
            used.append(0);
        return traitsOf(g, used, m_tree.first()->name) && ok;
    }

    // Every resource of the group from one provider that has the group's traits.
    bool suffixed(const GroupPlan &g)
    {
        qsizetype best = -1;
        QList<Reason> why;
        for (qsizetype i = 0; i < m_tree.size(); ++i) {
            const Provider *p = m_tree.at(i);
            const bool hasAll = std::all_of(g.resources.cbegin(), g.resources.cend(), [&](const auto &r) { return m_inventory.at(cell(i, r.first)) != nullptr; });
            if (!hasAll)
                continue; // not a provider of this group's resources at all
            QList<Reason> mine;
            for (const auto &[rc, amount] : g.resources) {
                if (const std::optional<Reason> r = shortage(i, rc, amount, g.group->suffix))
                    mine.append(*r);
            }
            QList<Reason> *saved = m_reasons;
            QList<Reason> traitReasons;
            m_reasons = &traitReasons;
            traitsOf(g, {i}, p->name);
            m_reasons = saved;
            mine.append(traitReasons);
            if (mine.isEmpty() && m_isolate && m_usedBySuffixed.at(i))
                mine.append({Reason::Kind::GroupPolicy, p->name, {}, {}, g.group->suffix, 0, 0, std::nullopt, 0, {}});
            if (mine.isEmpty()) {
                if (best < 0 || (!g.resources.isEmpty() && freeLeft(i, g.resources.first().first) > freeLeft(best, g.resources.first().first)))
                    best = i;
            } else {
                why.append(mine);
            }
        }
        if (best >= 0) {
            for (const auto &[rc, amount] : g.resources)
                m_take[cell(best, rc)] += amount;
            m_usedBySuffixed[best] = true;
            return true;
        }
        if (why.isEmpty()) {
            for (const auto &[rc, amount] : g.resources)
                why.append({Reason::Kind::NoInventory, m_tree.first()->name, m_classes.at(rc), {}, g.group->suffix, amount, 0, std::nullopt, 0, {}});
        }
        for (const Reason &r : std::as_const(why))
            add(r);
        return false;
    }

    const QList<const Provider *> &m_tree;
    const ResourceRequest &m_request;
    bool m_everyReason;
    bool m_isolate;
    QStringList m_classes;                // the request's resource classes
    QList<GroupPlan> m_groups;
    QStringList m_rootRequired;
    QList<QSet<QString>> m_traits;        // per provider of the tree
    QList<const Inventory *> m_inventory; // provider x class; null: no inventory
    QList<qint64> m_free;                 // provider x class: free before this instance
    QList<qint64> m_take;                 // provider x class: what this instance takes
    QList<bool> m_usedBySuffixed;         // per provider: serves a suffixed group of this instance
    QList<Reason> *m_reasons = nullptr;
};

} // namespace

qint64 Provider::capacity(const QString &resourceClass) const
{
    const auto it = inventories.constFind(resourceClass);
    return it == inventories.cend() ? 0 : it->capacity();
}

QString Reason::code() const
{
    switch (kind) {
    case Kind::Disabled: return k("disabled");
    case Kind::RootTrait: return k("root-trait");
    case Kind::NoInventory: return k("no-inventory");
    case Kind::Short: return k("short");
    case Kind::UnitLimit: return k("unit-limit");
    case Kind::TraitMissing: return k("trait-missing");
    case Kind::TraitForbidden: return k("trait-forbidden");
    case Kind::GroupPolicy: return k("group-policy");
    case Kind::Aggregate: return k("aggregate");
    }
    return {};
}

QString Reason::text() const
{
    const QString inGroup = group.isEmpty() ? QString() : FindingText::tr(" (request group %1)").arg(group);
    switch (kind) {
    case Kind::Disabled:
        return FindingText::tr("%1 is disabled: its nova-compute service is disabled (trait COMPUTE_STATUS_DISABLED)").arg(provider);
    case Kind::RootTrait:
        return needed ? FindingText::tr("%1 lacks the trait %2 that the request requires of the compute node").arg(provider, trait)
                      : FindingText::tr("%1 has the trait %2 that the request forbids").arg(provider, trait);
    case Kind::NoInventory:
        return FindingText::tr("%1 has no %2 inventory, nor has any of its nested providers%3").arg(provider, resourceClass, inGroup);
    case Kind::Short:
        return FindingText::tr("%1 on %2: needs %3, %4 free (total %5, reserved %6, allocation ratio %7, used %8)%9")
            .arg(resourceClass, provider)
            .arg(needed)
            .arg(free)
            .arg(inventory ? inventory->total : 0)
            .arg(inventory ? inventory->reserved : 0)
            .arg(ratio(inventory ? inventory->allocationRatio : 1.0))
            .arg(used)
            .arg(inGroup);
    case Kind::UnitLimit:
        return FindingText::tr("%1 on %2: one allocation of %3 is outside min_unit %4, max_unit %5, step_size %6%7")
            .arg(resourceClass, provider)
            .arg(needed)
            .arg(inventory ? inventory->minUnit : 1)
            .arg(inventory ? inventory->maxUnit : 0)
            .arg(inventory ? inventory->stepSize : 1)
            .arg(inGroup);
    case Kind::TraitMissing:
        return FindingText::tr("required trait %1 is on none of the providers that would serve the request on %2%3").arg(trait, provider, inGroup);
    case Kind::TraitForbidden:
        return FindingText::tr("forbidden trait %1 is on %2%3").arg(trait, provider, inGroup);
    case Kind::GroupPolicy:
        return FindingText::tr("%1 already serves another request group and group_policy=isolate%2").arg(provider, inGroup);
    case Kind::Aggregate:
        return FindingText::tr("%1 is in none of the host aggregates the request asks for (member_of, %2)").arg(provider, aggregates);
    }
    return {};
}

qint64 FleetCapacity::total() const
{
    qint64 n = 0;
    for (const HostCapacity &h : hosts)
        n += h.fits;
    return n;
}

int FleetCapacity::candidates() const
{
    return int(std::count_if(hosts.cbegin(), hosts.cend(), [](const HostCapacity &h) { return h.fits > 0; }));
}

FleetCapacity fleetCapacity(const Fleet &fleet, const ResourceRequest &request, int cap, const QSet<QString> *onlyRoots)
{
    FleetCapacity out;
    for (const Provider *root : fleet.roots()) {
        HostCapacity h;
        h.rootUuid = root->uuid;
        h.name = root->name;
        if (onlyRoots && !onlyRoots->contains(root->uuid)) {
            h.reasonsKnown = false;
            out.hosts.append(h);
            continue;
        }
        const QList<const Provider *> tree = fleet.tree(root->uuid);
        Placer placer(tree, request, false);
        // Instances are placed without asking why; the one that does not fit is placed again
        // on the same free resources, asking why.
        while (h.fits < cap && placer.place(nullptr))
            ++h.fits;
        h.capped = h.fits >= cap;
        if (!h.capped) {
            QList<Reason> reasons;
            placer.place(&reasons);
            h.reasons = reasons;
        }
        if (!h.capped && h.fits == 0) {
            QList<Reason> every;
            Placer(tree, request, true).place(&every);
            h.reasons = every;
        }
        for (const Reason &r : std::as_const(h.reasons)) {
            if (r.kind == Reason::Kind::Short || r.kind == Reason::Kind::NoInventory || r.kind == Reason::Kind::UnitLimit) {
                h.limitedBy = r.resourceClass;
                h.limitedOn = r.provider;
                break;
            }
        }
        out.hosts.append(h);
    }
    return out;
}

QList<Reason> whyNot(const Fleet &fleet, const ResourceRequest &request, const QString &rootUuid)
{
    const QList<const Provider *> tree = fleet.tree(rootUuid);
    if (tree.isEmpty())
        return {};
    QList<Reason> reasons;
    Placer(tree, request, true).place(&reasons);
    return reasons;
}

} // namespace fleet
