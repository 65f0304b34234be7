#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace probe {

// The address part of one Nova [pci]device_spec (or passthrough_whitelist) entry:
// "address": "0000:01:00.1" or a glob like "*:01:00.*", or {"domain","bus","slot","function"}.
// Entries that match by vendor/product id only carry no address and match nothing here.
struct DeviceSpecAddress
{
    QString pattern; // "dddd:bb:ss.f" with * wildcards per field
    bool matches(const QString &pciAddress) const;
};

// Parses every value of the option (each a JSON object or a list of them); ignores others.
QList<DeviceSpecAddress> parseDeviceSpecs(const QStringList &values);

} // namespace probe
