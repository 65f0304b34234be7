#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hostfacts {
class HostFacts;
}

namespace probe {

// The address part of one Nova [pci]device_spec (or passthrough_whitelist) entry:
// "address": "0000:01:00.1" or a glob like "*:01:00.*", or {"domain","bus","slot","function"}.
// Entries that match by vendor/product id only carry no address and match nothing here.
struct DeviceSpecAddress
{
    QString pattern; // "dddd:bb:ss.f" with * wildcards per field
    QString physicalNetwork; // "physical_network", empty when the entry has none
    bool matches(const QString &pciAddress) const;
};

// Parses every value of the option (each a JSON object or a list of them); ignores others.
QList<DeviceSpecAddress> parseDeviceSpecs(const QStringList &values);

// The physical network nova.conf's [pci]device_spec gives a VF: the first entry naming a
// physical_network whose address matches the VF, or its PF (Nova then matches the PF's VFs).
// Empty when nova.conf was not read or names none.
QString physnetForVf(const hostfacts::HostFacts &facts, const QString &vfAddress, const QString &pfAddress);

} // namespace probe
