#include "fleet/fleetcapacity.h"

#include "core/findingtext.h"

#include <QHash>

#include <algorithm>

namespace fleet {

namespace {

QString k(const char *s) { return QString::fromLatin1(s); }

using FreeMap = QHash<QString, QMap<QString, qint64>>; // provider uuid -> resource class -> free

FreeMap freeOf(const QList<const Provider *> &tree)
{
    FreeMap out;
    for (const Provider *p : tree) {
        QMap<QString, qint64> &f = out[p->uuid];
        for (auto it = p->inventories.cbegin(); it != p->inventories.cend(); ++it)
            f.insert(it.key(), p->free(it.key()));
    }
    return out;
}

QString ratio(double r)
{
    return QString::number(r, 'g', 6);
}

// One attempt to place one instance on a tree, as Placement builds one allocation request.
class Placer
{
public:
    Placer(const QList<const Provider *> &tree, const ResourceRequest &request, FreeMap &free, bool everyReason)
        : m_tree(tree), m_request(request), m_free(free), m_everyReason(everyReason) {}

    bool place(QList<Reason> *reasons)
    {
        m_reasons = reasons;
        const Provider *root = m_tree.first();
        bool ok = rootTraits(root);
        if (!ok && !m_everyReason)
            return false;
        QHash<QString, QMap<QString, qint64>> take; // what this instance takes, per provider
        QSet<QString> usedBySuffixed;
        for (const RequestGroup &g : m_request.groups) {
            const bool groupOk = g.suffix.isEmpty() ? unsuffixed(g, take) : suffixed(g, take, usedBySuffixed);
            ok = ok && groupOk;
            if (!ok && !m_everyReason)
                return false;
        }
        if (!ok)
            return false;
        for (auto p = take.cbegin(); p != take.cend(); ++p) {
            for (auto r = p->cbegin(); r != p->cend(); ++r)
                m_free[p.key()][r.key()] -= r.value();
        }
        return true;
    }

private:
    void add(Reason r)
    {
        if (m_reasons)
            m_reasons->append(std::move(r));
    }
    qint64 freeLeft(const Provider *p, const QString &rc, const QHash<QString, QMap<QString, qint64>> &take) const
    {
        return m_free.value(p->uuid).value(rc) - take.value(p->uuid).value(rc);
    }

    bool rootTraits(const Provider *root)
    {
        bool ok = true;
        for (const QString &t : m_request.rootForbidden) {
            if (root->traits.contains(t)) {
                add({t == k("COMPUTE_STATUS_DISABLED") ? Reason::Kind::Disabled : Reason::Kind::RootTrait, root->name, {}, t, {}, 0, 0, std::nullopt, 0});
                ok = false;
            }
        }
        QStringList required(m_request.rootRequired.cbegin(), m_request.rootRequired.cend());
        required.sort();
        for (const QString &t : std::as_const(required)) {
            if (!root->traits.contains(t)) {
                add({Reason::Kind::RootTrait, root->name, {}, t, {}, 1, 0, std::nullopt, 0});
                ok = false;
            }
        }
        return ok;
    }

    // Why `p` cannot give `amount` of `rc`; nothing when it can.
    std::optional<Reason> shortage(const Provider *p, const QString &rc, qint64 amount, const QString &group,
                                   const QHash<QString, QMap<QString, qint64>> &take) const
    {
        const auto inv = p->inventories.constFind(rc);
        if (inv == p->inventories.cend())
            return Reason{Reason::Kind::NoInventory, p->name, rc, {}, group, amount, 0, std::nullopt, 0};
        const qint64 left = freeLeft(p, rc, take);
        if (!inv->allows(amount))
            return Reason{Reason::Kind::UnitLimit, p->name, rc, {}, group, amount, left, *inv, p->usages.value(rc)};
        if (left < amount)
            return Reason{Reason::Kind::Short, p->name, rc, {}, group, amount, left, *inv, p->capacity(rc) - left};
        return std::nullopt;
    }

    bool traitsOf(const RequestGroup &g, const QSet<const Provider *> &providers, const QString &where)
    {
        QSet<QString> traits;
        for (const Provider *p : providers)
            traits.unite(QSet<QString>(p->traits.cbegin(), p->traits.cend()));
        bool ok = true;
        QStringList required(g.required.cbegin(), g.required.cend());
        required.sort();
        for (const QString &t : std::as_const(required)) {
            if (!traits.contains(t)) {
                add({Reason::Kind::TraitMissing, where, {}, t, g.suffix, 0, 0, std::nullopt, 0});
                ok = false;
            }
        }
        QStringList forbidden(g.forbidden.cbegin(), g.forbidden.cend());
        forbidden.sort();
        for (const QString &t : std::as_const(forbidden)) {
            if (traits.contains(t)) {
                add({Reason::Kind::TraitForbidden, where, {}, t, g.suffix, 0, 0, std::nullopt, 0});
                ok = false;
            }
        }
        return ok;
    }

    // Each resource class from one provider of the tree, the one with the most left.
    bool unsuffixed(const RequestGroup &g, QHash<QString, QMap<QString, qint64>> &take)
    {
        bool ok = true;
        QSet<const Provider *> used;
        for (auto it = g.resources.cbegin(); it != g.resources.cend(); ++it) {
            const Provider *best = nullptr;
            std::optional<Reason> bestReason;
            for (const Provider *p : m_tree) {
                const std::optional<Reason> why = shortage(p, it.key(), it.value(), g.suffix, take);
                if (!why) {
                    if (!best || freeLeft(p, it.key(), take) > freeLeft(best, it.key(), take))
                        best = p;
                } else if (why->kind != Reason::Kind::NoInventory && (!bestReason || bestReason->kind == Reason::Kind::NoInventory || why->free > bestReason->free)) {
                    bestReason = why;
                }
            }
            if (best) {
                take[best->uuid][it.key()] += it.value();
                used.insert(best);
                continue;
            }
            ok = false;
            add(bestReason.value_or(Reason{Reason::Kind::NoInventory, m_tree.first()->name, it.key(), {}, g.suffix, it.value(), 0, std::nullopt, 0}));
        }
        if (used.isEmpty())
            used.insert(m_tree.first());
        return traitsOf(g, used, m_tree.first()->name) && ok;
    }

    // Every resource of the group from one provider that has the group's traits.
    bool suffixed(const RequestGroup &g, QHash<QString, QMap<QString, qint64>> &take, QSet<QString> &usedBySuffixed)
    {
        const bool isolate = m_request.groupPolicy == k("isolate");
        const Provider *best = nullptr;
        QList<Reason> why;
        for (const Provider *p : m_tree) {
            QList<Reason> mine;
            for (auto it = g.resources.cbegin(); it != g.resources.cend(); ++it) {
                if (const std::optional<Reason> r = shortage(p, it.key(), it.value(), g.suffix, take))
                    mine.append(*r);
            }
            const bool hasAll = std::none_of(mine.cbegin(), mine.cend(), [](const Reason &r) { return r.kind == Reason::Kind::NoInventory; });
            if (!hasAll)
                continue; // not a provider of this group's resources at all
            QList<Reason> *saved = m_reasons;
            QList<Reason> traitReasons;
            m_reasons = &traitReasons;
            traitsOf(g, {p}, p->name);
            m_reasons = saved;
            mine.append(traitReasons);
            if (mine.isEmpty() && isolate && usedBySuffixed.contains(p->uuid))
                mine.append({Reason::Kind::GroupPolicy, p->name, {}, {}, g.suffix, 0, 0, std::nullopt, 0});
            if (mine.isEmpty()) {
                const QString rc = g.resources.isEmpty() ? QString() : g.resources.firstKey();
                if (!best || (!rc.isEmpty() && freeLeft(p, rc, take) > freeLeft(best, rc, take)))
                    best = p;
            } else {
                why.append(mine);
            }
        }
        if (best) {
            for (auto it = g.resources.cbegin(); it != g.resources.cend(); ++it)
                take[best->uuid][it.key()] += it.value();
            usedBySuffixed.insert(best->uuid);
            return true;
        }
        if (why.isEmpty()) {
            for (auto it = g.resources.cbegin(); it != g.resources.cend(); ++it)
                why.append({Reason::Kind::NoInventory, m_tree.first()->name, it.key(), {}, g.suffix, it.value(), 0, std::nullopt, 0});
        }
        for (const Reason &r : std::as_const(why))
            add(r);
        return false;
    }

    const QList<const Provider *> &m_tree;
    const ResourceRequest &m_request;
    FreeMap &m_free;
    bool m_everyReason;
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

FleetCapacity fleetCapacity(const Fleet &fleet, const ResourceRequest &request, int cap)
{
    FleetCapacity out;
    for (const Provider *root : fleet.roots()) {
        const QList<const Provider *> tree = fleet.tree(root->uuid);
        FreeMap free = freeOf(tree);
        HostCapacity h;
        h.rootUuid = root->uuid;
        h.name = root->name;
        Placer placer(tree, request, free, false);
        while (h.fits < cap) {
            QList<Reason> reasons;
            if (!placer.place(&reasons)) {
                h.reasons = reasons;
                break;
            }
            ++h.fits;
        }
        h.capped = h.fits >= cap;
        if (!h.capped && h.fits == 0) {
            FreeMap fresh = freeOf(tree);
            QList<Reason> every;
            Placer(tree, request, fresh, true).place(&every);
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
    FreeMap free = freeOf(tree);
    QList<Reason> reasons;
    Placer(tree, request, free, true).place(&reasons);
    return reasons;
}

} // namespace fleet
