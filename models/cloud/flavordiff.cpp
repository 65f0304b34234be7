#include "cloud/flavordiff.h"

#include <QJsonArray>

namespace cloud {
namespace {

const flavors::Flavor *byName(const QList<flavors::Flavor> &list, const QString &name)
{
    for (const flavors::Flavor &f : list)
        if (f.name == name)
            return &f;
    return nullptr;
}

template<typename T>
void compare(QStringList &out, const char *field, const T &cloud, const T &library)
{
    if (cloud != library)
        out << QStringLiteral("%1 %2 -> %3").arg(QLatin1String(field)).arg(cloud).arg(library);
}

FlavorDiff compareFlavor(const flavors::Flavor &lib, const flavors::Flavor &cl)
{
    FlavorDiff d;
    d.name = lib.name;
    d.cloudId = cl.id;
    compare(d.coreChanges, "vcpus", cl.vcpus, lib.vcpus);
    compare(d.coreChanges, "ram", cl.ramMb, lib.ramMb);
    compare(d.coreChanges, "disk", cl.diskGb, lib.diskGb);
    compare(d.coreChanges, "ephemeral", cl.ephemeralGb, lib.ephemeralGb);
    compare(d.coreChanges, "swap", cl.swapMb, lib.swapMb);
    if (cl.isPublic != lib.isPublic)
        d.coreChanges << QStringLiteral("public %1 -> %2").arg(cl.isPublic ? QStringLiteral("yes") : QStringLiteral("no"),
                                                               lib.isPublic ? QStringLiteral("yes") : QStringLiteral("no"));
    d.descriptionChanged = cl.description != lib.description;
    d.description = lib.description;
    for (const flavors::Property &p : lib.extraSpecs.items())
        if (cl.extraSpecs.value(p.key) != p.value)
            d.specsToSet.set(p.key, p.value);
    for (const flavors::Property &p : cl.extraSpecs.items())
        if (!lib.extraSpecs.contains(p.key))
            d.specsToUnset << p.key;
    if (!lib.isPublic) {
        for (const QString &project : lib.access)
            if (!cl.access.contains(project))
                d.accessToAdd << project;
        for (const QString &project : cl.access)
            if (!lib.access.contains(project))
                d.accessToRemove << project;
    }
    const bool changed = d.coreChanged() || d.descriptionChanged || !d.specsToSet.isEmpty() || !d.specsToUnset.isEmpty()
                         || !d.accessToAdd.isEmpty() || !d.accessToRemove.isEmpty();
    d.kind = changed ? FlavorDiff::Kind::Changed : FlavorDiff::Kind::Same;
    return d;
}

} // namespace

QString kindName(FlavorDiff::Kind kind)
{
    switch (kind) {
    case FlavorDiff::Kind::Same:
        return QStringLiteral("same");
    case FlavorDiff::Kind::Added:
        return QStringLiteral("added");
    case FlavorDiff::Kind::Removed:
        return QStringLiteral("removed");
    case FlavorDiff::Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QList<FlavorDiff> diffFlavors(const QList<flavors::Flavor> &library, const QList<flavors::Flavor> &cloud)
{
    QList<FlavorDiff> out;
    for (const flavors::Flavor &lib : library) {
        if (const flavors::Flavor *cl = byName(cloud, lib.name)) {
            out << compareFlavor(lib, *cl);
        } else {
            FlavorDiff d;
            d.name = lib.name;
            d.kind = FlavorDiff::Kind::Added;
            out << d;
        }
    }
    for (const flavors::Flavor &cl : cloud) {
        if (byName(library, cl.name))
            continue;
        FlavorDiff d;
        d.name = cl.name;
        d.kind = FlavorDiff::Kind::Removed;
        d.cloudId = cl.id;
        out << d;
    }
    return out;
}

QStringList FlavorDiff::describe() const
{
    QStringList lines;
    if (kind == Kind::Added)
        return {QStringLiteral("only in the library")};
    if (kind == Kind::Removed)
        return {QStringLiteral("only in the cloud")};
    for (const QString &c : coreChanges)
        lines << c + QStringLiteral(" (Nova cannot change this on an existing flavor)");
    if (descriptionChanged)
        lines << QStringLiteral("description -> \"%1\"").arg(description);
    for (const flavors::Property &p : specsToSet.items())
        lines << QStringLiteral("extra spec %1=%2").arg(p.key, p.value);
    for (const QString &k : specsToUnset)
        lines << QStringLiteral("extra spec %1 removed").arg(k);
    for (const QString &p : accessToAdd)
        lines << QStringLiteral("access + %1").arg(p);
    for (const QString &p : accessToRemove)
        lines << QStringLiteral("access - %1").arg(p);
    return lines;
}

QJsonObject FlavorDiff::toJson() const
{
    QJsonObject specs;
    for (const flavors::Property &p : specsToSet.items())
        specs.insert(p.key, p.value);
    QJsonObject o{{QStringLiteral("flavor"), name},
                  {QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("cloudId"), cloudId},
                  {QStringLiteral("core"), QJsonArray::fromStringList(coreChanges)},
                  {QStringLiteral("specsToSet"), specs},
                  {QStringLiteral("specsToUnset"), QJsonArray::fromStringList(specsToUnset)},
                  {QStringLiteral("accessToAdd"), QJsonArray::fromStringList(accessToAdd)},
                  {QStringLiteral("accessToRemove"), QJsonArray::fromStringList(accessToRemove)}};
    if (descriptionChanged)
        o.insert(QStringLiteral("description"), description);
    return o;
}

} // namespace cloud
