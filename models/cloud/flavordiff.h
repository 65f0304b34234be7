#pragma once

#include "flavors/flavor.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cloud {

// How one flavor (matched by name) differs between a library and a cloud.
struct FlavorDiff
{
    enum class Kind { Same, Added, Removed, Changed }; // Added: only in the library; Removed: only in the cloud
    QString name;
    Kind kind = Kind::Same;
    QString cloudId;            // the flavor's id in the cloud (empty for Added)
    QStringList coreChanges;    // "vcpus 4 -> 8": fields Nova cannot change on an existing flavor
    bool descriptionChanged = false;
    QString description;        // the library's
    flavors::PropertyList specsToSet; // added or changed in the library (library values)
    QStringList specsToUnset;         // in the cloud, not in the library
    QStringList accessToAdd;
    QStringList accessToRemove;

    bool coreChanged() const { return !coreChanges.isEmpty(); }
    QStringList describe() const; // one line per difference, for text output
    QJsonObject toJson() const;
};

QString kindName(FlavorDiff::Kind kind); // "same", "added", "removed", "changed"

// Library vs cloud, every flavor of either (library order, then the cloud's own).
QList<FlavorDiff> diffFlavors(const QList<flavors::Flavor> &library, const QList<flavors::Flavor> &cloud);

} // namespace cloud
