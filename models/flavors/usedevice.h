#pragma once

#include "flavors/flavor.h"
#include "inventory/device.h"

namespace flavors {

// What else "use in flavor" needs to know besides the device itself.
struct DeviceUseOptions
{
    QString mdevType;  // for a GPU (or other mdev parent): the chosen mdev type id
    QString physnet;   // the physical network of the VF's PF, when known (nova.conf device_spec)
};

// Whether useDevice() does something for this device: a vDPA device, an SR-IOV VF, or a device
// with mdev types (then options.mdevType must name one of them).
bool canUseDevice(const inventory::Device &device, const DeviceUseOptions &options = {});

// The flavor with what the device needs added: a vDPA device -> a port with vnic_type vdpa; a
// VF -> a port with vnic_type direct; both on options.physnet when known. An mdev type ->
// resources:VGPU=1 (kept if already requested) and trait:CUSTOM_<TYPE>=required, the custom
// trait an operator puts on the resource provider of that type. Anything else: unchanged.
Flavor useDevice(const Flavor &flavor, const inventory::Device &device, const DeviceUseOptions &options = {});

// "nvidia-558" -> "CUSTOM_NVIDIA_558" (placement's custom trait alphabet: A-Z, 0-9, _).
QString mdevTypeTrait(const QString &mdevType);

} // namespace flavors
