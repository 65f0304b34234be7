#pragma once

#include "inventory/pciaddress.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace inventory {

class DeviceGraph;

// A libvirt domain (a guest) of the host and the host devices its XML assigns to it, as
// docs/formatdomain describes them: PCI functions (<hostdev mode='subsystem' type='pci'> and
// <interface type='hostdev'>, by their <source><address>), vDPA devices (<interface type='vdpa'>,
// <hostdev type='vdpa'>, <disk type='vhostvdpa'>, by <source dev='/dev/vhost-vdpa-N'>) and mdevs
// (<hostdev type='mdev'>, by <source><address uuid>).
struct Guest
{
    QString name;
    QString uuid;
    bool active = false; // running (or paused): it holds its devices now
    QList<PciAddress> pciAddresses;
    QStringList vdpaPaths;
    QStringList mdevUuids;
    bool operator==(const Guest &) const = default;
};

// Reads a domain's XML (virDomainGetXMLDesc). `active` is not in the XML: the caller sets it.
// On malformed XML returns a guest without a name and sets *error ("line L, column C: message").
Guest parseGuest(const QString &domainXml, QString *error);

// One guest using one device, by the device's name in `graph`.
struct GuestUse
{
    QString guest;
    bool active = false;
    bool operator==(const GuestUse &) const = default;
};

// Device name -> the guests whose XML assigns it, active guests first, then by name. A PCI
// address, vDPA chardev or mdev UUID no device of `graph` has is left out.
QHash<QString, QList<GuestUse>> guestsByDevice(const QList<Guest> &guests, const DeviceGraph &graph);

// "vm-1, vm-2 (shut off)": how a device's guests read in a column, a detail row or the CLI.
QString guestsText(const QList<GuestUse> &uses);

} // namespace inventory
