#pragma once

#include "rules/release.h"

namespace pci {

// What changed in Nova's PCI passthrough code between releases, each with the tag it came in
// (git show TAG:FILE in openstack/nova; docs/design/nova.md "PCI device_spec and alias").
struct PciRelease
{
    int major = rules::NovaRelease::kDefault;

    // nova/conf/pci.py: [pci]device_spec since 26.0.0 (passthrough_whitelist, its deprecated name,
    // still read when device_spec is not set); before 26 only passthrough_whitelist.
    bool hasDeviceSpecOption() const { return major >= 26; }
    // nova/pci/devspec.py _init_dev_details: the remote_managed checks since 25.0.0.
    bool checksRemoteManaged() const { return major >= 25; }
    // nova/conf/pci.py report_in_placement and nova/compute/pci_placement_translator.py, 26.0.0.
    bool hasPciInPlacement() const { return major >= 26; }
    // nova/pci/request.py _ALIAS_SCHEMA: resource_class and traits since 27.0.0.
    bool aliasHasPlacementFields() const { return major >= 27; }
    // devspec.py _normalize_device_spec_tag("managed"/"live_migratable") and the alias's
    // live_migratable since 31.0.0.
    bool hasManagedTags() const { return major >= 31; }
    // devspec.py one_time_use (needs report_in_placement) and request.py _validate_aliases
    // (one spec per alias and ids or a resource class with pci_in_placement) since 32.0.0.
    bool hasOneTimeUse() const { return major >= 32; }
    bool validatesAliases() const { return major >= 32; }
};

} // namespace pci
