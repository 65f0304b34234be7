#pragma once

#include "flavors/flavor.h"
#include "pci/pcireport.h"
#include "rules/finding.h"

#include <QList>

namespace pci {

// A flavor's pci_passthrough:alias ("name:count[,name:count]") against the aliases and devices
// of a PciReport (nova/pci/request.py _translate_alias_to_requests): an alias that is not
// defined (PciRequestAliasNotDefined, HTTP 400 at boot), a malformed value, and more devices
// requested than the host has claimed for the alias (NoValidHost on this host).
QList<rules::Finding> checkFlavorAliases(const flavors::Flavor &flavor, const PciReport &report);

} // namespace pci
