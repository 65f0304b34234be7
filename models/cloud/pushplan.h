#pragma once

#include "cloud/flavordiff.h"
#include "flavors/flavor.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cloud {

// One API call of a push.
struct PushStep
{
    enum class Op { Delete, Create, SetExtraSpecs, UnsetExtraSpec, SetDescription, AddAccess, RemoveAccess };
    Op op = Op::Create;
    QString flavor;             // its name
    flavors::Flavor target;     // Create: the flavor as the library has it
    flavors::PropertyList specs; // SetExtraSpecs
    QString key;                // UnsetExtraSpec; the project of Add/RemoveAccess
    QString description;        // SetDescription

    QString describe() const;   // "create m1.small (1 vCPU, 2048 MiB, 20 GB, public)"
    QJsonObject toJson() const;
};

// What the operator allows beyond the safe changes, flavor by flavor.
struct PushOptions
{
    QStringList replace; // flavors whose vCPUs/RAM/disk/swap/public changed: delete and create again
    QStringList remove;  // flavors only in the cloud: delete them
};

// The calls that make the cloud hold the library's flavors. Nothing is deleted unless the
// flavor is named in options. A core change (Nova cannot change vCPUs, RAM, disks or the
// public flag of a flavor) is `blocked` unless the flavor is in options.replace: then the
// flavor is deleted and created again (running instances keep their own copy of the flavor).
struct PushPlan
{
    QList<PushStep> steps;
    QStringList blocked;   // "m1.large: vcpus 4 -> 8: Nova cannot change it; --replace m1.large deletes and creates it again"
    QStringList untouched; // flavors only in the cloud, kept
    QJsonObject toJson() const;
};

PushPlan planPush(const QList<FlavorDiff> &diff, const QList<flavors::Flavor> &library, const PushOptions &options);
// The plan from a library and what the cloud holds now (diffFlavors, then planPush).
PushPlan planPush(const QList<flavors::Flavor> &library, const QList<flavors::Flavor> &deployed, const PushOptions &options);

// Flavor name -> id in the cloud, for FlavorWriter::apply().
QHash<QString, QString> cloudIds(const QList<flavors::Flavor> &deployed);

} // namespace cloud
