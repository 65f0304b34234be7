#include "fleetprint.h"

#include <QJsonArray>

namespace fleetprint {

namespace {

QString usageLine(const fleet::Provider &p)
{
    QStringList parts;
    for (auto it = p.inventories.cbegin(); it != p.inventories.cend(); ++it)
        parts.append(QStringLiteral("%1 %2/%3").arg(it.key()).arg(p.usages.value(it.key())).arg(it->capacity()));
    return parts.join(QStringLiteral(", "));
}

QString customTraits(const fleet::Provider &p)
{
    QStringList custom;
    for (const QString &t : p.traits) {
        if (t.startsWith(QLatin1String("CUSTOM_")) || t == QLatin1String("COMPUTE_STATUS_DISABLED"))
            custom.append(t);
    }
    return custom.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(custom.join(QLatin1Char(' ')));
}

void printTree(QTextStream &out, const fleet::Fleet &fleet, const fleet::Provider &p, int depth)
{
    out << QString(depth * 2, QLatin1Char(' ')) << p.name << "  " << usageLine(p) << customTraits(p) << '\n';
    for (const fleet::Provider *c : fleet.children(p.uuid))
        printTree(out, fleet, *c, depth + 1);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

void printProviders(QTextStream &out, const fleet::Fleet &fleet, bool tree)
{
    const QList<const fleet::Provider *> roots = fleet.roots();
    out << roots.size() << " compute nodes, " << fleet.providers().size() << " resource providers (used/capacity)\n";
    for (const fleet::Provider *root : roots) {
        if (tree) {
            printTree(out, fleet, *root, 0);
        } else {
            const qsizetype nested = fleet.tree(root->uuid).size() - 1;
            out << root->name << "  " << usageLine(*root) << customTraits(*root)
                << (nested ? QStringLiteral("  +%1 nested").arg(nested) : QString()) << '\n';
        }
    }
}

QJsonObject providersJson(const fleet::Fleet &fleet)
{
    QJsonArray list;
    for (const fleet::Provider &p : fleet.providers()) {
        QJsonObject inventories;
        for (auto it = p.inventories.cbegin(); it != p.inventories.cend(); ++it) {
            inventories.insert(it.key(), QJsonObject{{QStringLiteral("total"), it->total},
                                                     {QStringLiteral("reserved"), it->reserved},
                                                     {QStringLiteral("min_unit"), it->minUnit},
                                                     {QStringLiteral("max_unit"), it->maxUnit},
                                                     {QStringLiteral("step_size"), it->stepSize},
                                                     {QStringLiteral("allocation_ratio"), it->allocationRatio},
                                                     {QStringLiteral("capacity"), it->capacity()},
                                                     {QStringLiteral("used"), p.usages.value(it.key())}});
        }
        list.append(QJsonObject{{QStringLiteral("uuid"), p.uuid},
                                {QStringLiteral("name"), p.name},
                                {QStringLiteral("parent"), p.parentUuid.isEmpty() ? QJsonValue() : QJsonValue(p.parentUuid)},
                                {QStringLiteral("root"), p.rootUuid},
                                {QStringLiteral("generation"), p.generation},
                                {QStringLiteral("inventories"), inventories},
                                {QStringLiteral("traits"), strings(p.traits)},
                                {QStringLiteral("aggregates"), strings(p.aggregates)}});
    }
    return {{QStringLiteral("computeNodes"), fleet.roots().size()}, {QStringLiteral("providers"), list}};
}

QJsonObject requestJson(const fleet::ResourceRequest &request)
{
    QJsonArray groups;
    for (const fleet::RequestGroup &g : request.groups) {
        QJsonObject resources;
        for (auto it = g.resources.cbegin(); it != g.resources.cend(); ++it)
            resources.insert(it.key(), it.value());
        QStringList required(g.required.cbegin(), g.required.cend());
        QStringList forbidden(g.forbidden.cbegin(), g.forbidden.cend());
        required.sort();
        forbidden.sort();
        groups.append(QJsonObject{{QStringLiteral("suffix"), g.suffix}, {QStringLiteral("resources"), resources},
                                  {QStringLiteral("required"), strings(required)}, {QStringLiteral("forbidden"), strings(forbidden)}});
    }
    QJsonObject pciGroups;
    for (auto it = request.pciGroups.cbegin(); it != request.pciGroups.cend(); ++it)
        pciGroups.insert(it.key(), it.value());
    return {{QStringLiteral("groups"), groups},
            {QStringLiteral("groupPolicy"), request.groupPolicy ? QJsonValue(*request.groupPolicy) : QJsonValue()},
            {QStringLiteral("query"), request.queryString()},
            {QStringLiteral("pcpuFallback"), request.pinningTranslated},
            {QStringLiteral("pciGroups"), pciGroups},
            {QStringLiteral("notes"), strings(fleet::requestNotes(request))},
            {QStringLiteral("error"), request.error.isEmpty() ? QJsonValue() : QJsonValue(request.error)}};
}

QJsonObject reasonJson(const fleet::Reason &r)
{
    QJsonObject o{{QStringLiteral("code"), r.code()}, {QStringLiteral("provider"), r.provider}, {QStringLiteral("text"), r.text()}};
    if (!r.resourceClass.isEmpty()) {
        o.insert(QStringLiteral("resourceClass"), r.resourceClass);
        o.insert(QStringLiteral("needed"), r.needed);
        o.insert(QStringLiteral("free"), r.free);
    }
    if (!r.trait.isEmpty())
        o.insert(QStringLiteral("trait"), r.trait);
    if (!r.group.isEmpty())
        o.insert(QStringLiteral("group"), r.group);
    return o;
}

std::optional<ControllerConf> readNovaConf(const QString &path, rules::NovaRelease release, QString *error)
{
    if (path.isEmpty())
        return ControllerConf{};
    const std::optional<pci::NovaConf> conf = pci::NovaConf::load(path, error);
    if (!conf)
        return std::nullopt;
    return ControllerConf{fleet::PciAliasConfig::fromNovaConf(*conf, release, path), fleet::ZoneRequest::queryPlacementIn(*conf)};
}

void printRequestNotes(QTextStream &out, const fleet::ResourceRequest &request)
{
    for (const QString &note : fleet::requestNotes(request))
        out << "note: " << note << '\n';
}

void printCapacity(QTextStream &out, const fleet::FleetCapacity &capacity)
{
    out << capacity.total() << " instances fit on " << capacity.candidates() << " of " << capacity.hosts.size() << " compute nodes\n";
    for (const fleet::HostCapacity &h : capacity.hosts) {
        out << "  " << h.name << ": " << h.fits << (h.capped ? "+" : "");
        if (h.fits > 0 && !h.limitedBy.isEmpty())
            out << " (then " << h.limitedBy << " runs out on " << h.limitedOn << ")";
        if (h.fits == 0 && !h.reasonsKnown)
            out << " (not a candidate; `vdeckctl cloud why --host " << h.name << "` says why)";
        out << '\n';
        if (h.fits == 0) {
            for (const fleet::Reason &r : h.reasons)
                out << "      " << r.text() << '\n';
        }
    }
}

QJsonObject capacityJson(const fleet::FleetCapacity &capacity)
{
    QJsonArray hosts;
    for (const fleet::HostCapacity &h : capacity.hosts) {
        QJsonArray reasons;
        for (const fleet::Reason &r : h.reasons)
            reasons.append(reasonJson(r));
        hosts.append(QJsonObject{{QStringLiteral("host"), h.name},
                                 {QStringLiteral("uuid"), h.rootUuid},
                                 {QStringLiteral("fits"), h.fits},
                                 {QStringLiteral("capped"), h.capped},
                                 {QStringLiteral("limitedBy"), h.limitedBy},
                                 {QStringLiteral("limitedOn"), h.limitedOn},
                                 {QStringLiteral("reasonsKnown"), h.reasonsKnown},
                                 {QStringLiteral("reasons"), reasons}});
    }
    return {{QStringLiteral("total"), capacity.total()}, {QStringLiteral("candidates"), capacity.candidates()}, {QStringLiteral("hosts"), hosts}};
}

} // namespace fleetprint
