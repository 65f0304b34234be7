#pragma once

#include "pci/novaconf.h"
#include "pci/pcidevice.h"
#include "pci/pcirelease.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pci {

// What the operator chose for one device picked in the tree.
struct SpecChoice
{
    bool allVfsOfPf = false;   // a VF: name its PF's address (Nova then matches every VF of it)
    QString physicalNetwork;   // for Neutron SR-IOV ports; such devices stay out of Placement
    QString resourceClass;     // PCI in Placement
    QString traits;            // comma separated
    bool trusted = false;
    bool remoteManaged = false;
    QString managed;           // "", "yes", "no" (31+)
    QString liveMigratable;    // "", "yes", "no" (31+)
    bool oneTimeUse = false;   // 32+, needs report_in_placement
};

// A [pci]device_spec entry for the device as Nova of the release reads it: vendor_id and
// product_id of the device, its address (or its PF's), and the tags the release knows.
QJsonObject composeDeviceSpec(const NovaPciDevice &device, const SpecChoice &choice, const PciRelease &release);

// A [pci]alias entry that requests the device: its ids and dev_type (type-VDPA cannot be
// requested through an alias: such devices are Neutron vdpa ports), NUMA policy, and with PCI in
// Placement (27+) its resource class and traits.
QJsonObject composeAlias(const QString &name, const NovaPciDevice &device, const QString &numaPolicy, const SpecChoice &choice,
                         const PciRelease &release);

// [devices] and [mdev_<type>]: the mdev types and the parents (PCI addresses) each is enabled on.
struct MdevChoice
{
    QString type;              // "nvidia-231"
    QStringList addresses;
    QString mdevClass;         // "VGPU" or CUSTOM_* (24+)
    int maxInstances = -1;     // 29+; -1: not written
};

struct Snippets
{
    QString compute;           // nova.conf of the compute nodes: [pci] device_spec, [devices], [mdev_*]
    QString controller;        // nova.conf of the API and scheduler nodes: [pci] alias (and the
                               // compute nodes too, for resize and migration)
};

Snippets composeSnippets(const QList<QJsonObject> &specs, const QList<QJsonObject> &aliases, const QList<MdevChoice> &mdevs,
                         bool reportInPlacement, const PciRelease &release);

// The entries already in a nova.conf (e.g. the host's probed one), to edit and re-compose:
// device_spec, else passthrough_whitelist, whatever the release (the snippets name the option the
// release reads).
struct ConfEntries
{
    QList<QJsonObject> specs;
    QList<QJsonObject> aliases;
    QList<MdevChoice> mdevs;
    bool reportInPlacement = false;
    QStringList errors;        // "origin: message" for values that are not JSON objects
};
ConfEntries importEntries(const NovaConf &conf, const PciRelease &release);

} // namespace pci
