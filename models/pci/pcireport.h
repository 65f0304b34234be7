#pragma once

#include "pci/alias.h"
#include "pci/devicespec.h"
#include "pci/novaconf.h"
#include "pci/pcidevice.h"
#include "pci/pcirelease.h"
#include "rules/finding.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pci {

// One device_spec entry (a value of the option may hold a list of them).
struct SpecEntry
{
    QString origin;          // "nova.conf:14" or "nova.conf [pci] device_spec #2"
    QString text;            // the entry as JSON
    std::optional<DeviceSpec> spec; // empty when Nova refuses it
    QString error;
    int claimed = 0;         // devices it claims (the first matching spec claims a device)
};

// A PCI device of the host with what nova.conf makes of it.
struct DeviceClaim
{
    NovaPciDevice device;
    int spec = -1;           // index into PciReport::specs of the spec that claims it; -1: none
    QStringList aliases;     // aliases a request can be served from this device
    PlacementInventory placement;
    QList<int> findings;     // indices into PciReport::findings of the conflicts that concern it
};

struct PciReport
{
    PciRelease release;
    bool reportInPlacement = false; // [pci]report_in_placement
    bool pciInPlacement = false;    // [filter_scheduler]pci_in_placement
    QString option;                 // the option the specs were read from: device_spec or passthrough_whitelist
    QList<SpecEntry> specs;
    AliasParse aliases;
    QList<DeviceClaim> devices;     // every PCI device, by address
    QList<rules::Finding> findings; // sorted by severity

    const DeviceClaim *device(const QString &address) const;
};

// The [pci] settings of nova.conf applied to the host's PCI devices as Nova `release` does:
// which spec claims each device (nova/pci/whitelist.py: the first that matches), which aliases
// can use it, what Placement gets, and the conflicts (PCI_* findings, docs/design/nova.md), each
// linked to the devices it concerns (the PF and VFs claimed together; the devices a spec with an
// unknown key or a devname claims; every claimed device when the aliases do not parse).
PciReport evaluate(const PciHost &host, const NovaConf &conf, const PciRelease &release);

QJsonObject toJson(const PciReport &report);

} // namespace pci
