#pragma once

#include "pci/devicespec.h"
#include "pci/novaconf.h"
#include "pci/pcirelease.h"

#include <QList>
#include <QMap>
#include <QString>

namespace pci {

// One [pci]alias entry after Nova parsed it (nova/pci/request.py get_alias_from_config): its
// properties as they go into the PCI request ("device_type" becomes "dev_type").
struct AliasSpec
{
    QMap<QString, QString> properties;
    QString origin;
};

// Aliases with one name are ORed; they share numa_policy and dev_type.
struct PciAlias
{
    QString name;
    QString numaPolicy; // "legacy" when not given
    QList<AliasSpec> specs;
};

struct AliasParse
{
    QList<PciAlias> aliases;
    QString error;   // "PciInvalidAlias: Invalid PCI alias definition: ..." (every alias is then unusable)
    QString origin;  // where the entry that failed was written
};

// pciInPlacement: [filter_scheduler]pci_in_placement (read by request.py _validate_aliases, 32+).
AliasParse parseAliases(const QList<ConfValue> &values, const PciRelease &release, bool pciInPlacement);

// What Placement gets for a device a spec claims (nova/compute/pci_placement_translator.py):
// nothing for a spec with physical_network (Neutron's SR-IOV); else the resource class (the
// spec's resource_class normalised, or CUSTOM_PCI_<VENDOR>_<PRODUCT>) and the traits (the
// spec's traits normalised, COMPUTE_MANAGED_PCI_DEVICE, and HW_PCI_ONE_TIME_USE from 32).
struct PlacementInventory
{
    bool reported = false;
    QString resourceClass;
    QStringList traits; // sorted
};
PlacementInventory placementFor(const NovaPciDevice &device, const DeviceSpec &spec, const PciRelease &release);
QString normaliseResourceClass(const QString &name);
QStringList normaliseTraits(const QString &commaSeparated);

// Whether a request for the alias can be served by the device its spec claims
// (nova/pci/stats.py: the pool of the device matched by pci_device_prop_match, then the PF,
// VDPA, remote_managed and live_migratable filters; with PCI in Placement the resource class
// and traits too).
bool aliasCanUse(const PciAlias &alias, const NovaPciDevice &device, const DeviceSpec &spec, const PciRelease &release,
                 const PlacementInventory &placement, bool pciInPlacement);

} // namespace pci
