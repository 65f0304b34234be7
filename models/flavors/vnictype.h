#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace flavors {

// A Neutron port's binding:vnic_type as Nova knows it (nova/network/model.py VNIC_TYPE_*),
// restricted to the types vDeck models. Nova 31 also has baremetal (Ironic only) and
// accelerator-direct / accelerator-direct-physical (Cyborg device profiles): vDeck has no
// rules for them, so files and the CLI refuse them as unknown.
enum class VnicType {
    Normal,          // "normal": a virtio NIC on OVS/Linux bridge, no host device
    Direct,          // "direct": an SR-IOV VF as hostdev (VNIC_TYPES_SRIOV)
    DirectPhysical,  // "direct-physical": a whole PF
    Macvtap,         // "macvtap": a VF behind macvtap
    Vdpa,            // "vdpa": a vDPA device on a VF
    VirtioForwarder, // "virtio-forwarder": vhost-user to a forwarder, no host device
    RemoteManaged,   // "remote-managed": a VF of a DPU (smart NIC) managed off the host
};

QString toString(VnicType type);                             // the file and API spelling: "direct-physical"
std::optional<VnicType> vnicTypeFromString(const QString &text); // std::nullopt for anything else
QList<VnicType> allVnicTypes();                              // in the order above (the editor's list)
QStringList vnicTypeNames();                                 // their spellings, same order

// Whether a port of this type takes a device of the host (a VF, PF or vDPA device): all but
// normal and virtio-forwarder.
bool takesHostDevice(VnicType type);

} // namespace flavors
