#include "cloud/pushplan.h"

#include <QJsonArray>

namespace cloud {
namespace {

void addCreate(PushPlan &plan, const flavors::Flavor &f)
{
    PushStep create;
    create.op = PushStep::Op::Create;
    create.flavor = f.name;
    create.target = f;
    plan.steps << create;
    if (!f.extraSpecs.isEmpty()) {
        PushStep specs;
        specs.op = PushStep::Op::SetExtraSpecs;
        specs.flavor = f.name;
        specs.specs = f.extraSpecs;
        plan.steps << specs;
    }
    if (!f.isPublic) {
        for (const QString &project : f.access) {
            PushStep access;
            access.op = PushStep::Op::AddAccess;
            access.flavor = f.name;
            access.key = project;
            plan.steps << access;
        }
    }
}

void addChanges(PushPlan &plan, const FlavorDiff &d)
{
    if (d.descriptionChanged) {
        PushStep s;
        s.op = PushStep::Op::SetDescription;
        s.flavor = d.name;
        s.description = d.description;
        plan.steps << s;
    }
    if (!d.specsToSet.isEmpty()) {
        PushStep s;
        s.op = PushStep::Op::SetExtraSpecs;
        s.flavor = d.name;
        s.specs = d.specsToSet;
        plan.steps << s;
    }
    // one call per key: an extra spec to unset, a project to add or remove
    const auto perKey = [&](PushStep::Op op, const QStringList &keys) {
        for (const QString &key : keys) {
            PushStep s;
            s.op = op;
            s.flavor = d.name;
            s.key = key;
            plan.steps << s;
        }
    };
    perKey(PushStep::Op::UnsetExtraSpec, d.specsToUnset);
    perKey(PushStep::Op::AddAccess, d.accessToAdd);
    perKey(PushStep::Op::RemoveAccess, d.accessToRemove);
}

PushStep deleteStep(const QString &name)
{
    PushStep s;
    s.op = PushStep::Op::Delete;
    s.flavor = name;
    return s;
}

QString opName(PushStep::Op op)
{
    switch (op) {
    case PushStep::Op::Delete:
        return QStringLiteral("delete");
    case PushStep::Op::Create:
        return QStringLiteral("create");
    case PushStep::Op::SetExtraSpecs:
        return QStringLiteral("set-extra-specs");
    case PushStep::Op::UnsetExtraSpec:
        return QStringLiteral("unset-extra-spec");
    case PushStep::Op::SetDescription:
        return QStringLiteral("set-description");
    case PushStep::Op::AddAccess:
        return QStringLiteral("add-access");
    case PushStep::Op::RemoveAccess:
        return QStringLiteral("remove-access");
    }
    return {};
}

} // namespace

PushPlan planPush(const QList<FlavorDiff> &diff, const QList<flavors::Flavor> &library, const PushOptions &options)
{
    PushPlan plan;
    for (const FlavorDiff &d : diff) {
        const flavors::Flavor *lib = nullptr;
        for (const flavors::Flavor &f : library)
            if (f.name == d.name)
                lib = &f;
        switch (d.kind) {
        case FlavorDiff::Kind::Same:
            break;
        case FlavorDiff::Kind::Added:
            addCreate(plan, *lib);
            break;
        case FlavorDiff::Kind::Removed:
            if (options.remove.contains(d.name))
                plan.steps << deleteStep(d.name);
            else
                plan.untouched << d.name;
            break;
        case FlavorDiff::Kind::Changed:
            if (!d.coreChanged()) {
                addChanges(plan, d);
            } else if (options.replace.contains(d.name)) {
                plan.steps << deleteStep(d.name);
                addCreate(plan, *lib);
            } else {
                plan.blocked << QStringLiteral("%1: %2: Nova cannot change these on an existing flavor; --replace %1 deletes it and creates it again "
                                               "(running instances keep their copy); nothing else of it is pushed")
                                    .arg(d.name, d.coreChanges.join(QStringLiteral(", ")));
            }
            break;
        }
    }
    return plan;
}

QString PushStep::describe() const
{
    switch (op) {
    case Op::Delete:
        return QStringLiteral("delete %1").arg(flavor);
    case Op::Create:
        return QStringLiteral("create %1 (%2 vCPU, %3 MiB, %4 GB, %5)")
            .arg(flavor)
            .arg(target.vcpus)
            .arg(target.ramMb)
            .arg(target.diskGb)
            .arg(target.isPublic ? QStringLiteral("public") : QStringLiteral("private"));
    case Op::SetExtraSpecs: {
        QStringList kv;
        for (const flavors::Property &p : specs.items())
            kv << p.key + QLatin1Char('=') + p.value;
        return QStringLiteral("set extra specs of %1: %2").arg(flavor, kv.join(QStringLiteral(", ")));
    }
    case Op::UnsetExtraSpec:
        return QStringLiteral("unset extra spec %2 of %1").arg(flavor, key);
    case Op::SetDescription:
        return QStringLiteral("set description of %1 to \"%2\"").arg(flavor, description);
    case Op::AddAccess:
        return QStringLiteral("give project %2 access to %1").arg(flavor, key);
    case Op::RemoveAccess:
        return QStringLiteral("take access to %1 from project %2").arg(flavor, key);
    }
    return {};
}

QJsonObject PushStep::toJson() const
{
    return {{QStringLiteral("op"), opName(op)}, {QStringLiteral("flavor"), flavor}, {QStringLiteral("call"), describe()}};
}

QJsonObject PushPlan::toJson() const
{
    QJsonArray s;
    for (const PushStep &step : steps)
        s.append(step.toJson());
    return {{QStringLiteral("steps"), s},
            {QStringLiteral("blocked"), QJsonArray::fromStringList(blocked)},
            {QStringLiteral("untouched"), QJsonArray::fromStringList(untouched)}};
}

PushPlan planPush(const QList<flavors::Flavor> &library, const QList<flavors::Flavor> &deployed, const PushOptions &options)
{
    return planPush(diffFlavors(library, deployed), library, options);
}

QHash<QString, QString> cloudIds(const QList<flavors::Flavor> &deployed)
{
    QHash<QString, QString> ids;
    for (const flavors::Flavor &f : deployed)
        ids.insert(f.name, f.id);
    return ids;
}

} // namespace cloud
