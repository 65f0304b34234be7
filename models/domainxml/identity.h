#pragma once

#include <QString>

// Stable identifiers for previews: the same flavor always gets the same domain UUID, name, MACs
// and new mdev UUIDs, so a diff after an edit shows only what the edit changed.
namespace domainxml {

QString stableUuid(const QString &flavorName, const QString &purpose);   // UUID v5
QString stableMac(const QString &flavorName, int portIndex);             // fa:16:3e:xx:xx:xx (Neutron's prefix)
QString stableInstanceName(const QString &flavorName);                   // instance-0000abcd

} // namespace domainxml
