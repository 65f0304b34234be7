#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace domainxml {

// One `[pci]alias` entry of nova.conf: what `pci_passthrough:alias=NAME:N` asks for.
struct PciAlias
{
    QString vendorId;   // "10de" (lower-case hex, no 0x)
    QString productId;  // "1eb8"
    QString deviceType; // "type-PCI", "type-PF", "type-VF"; empty: any
    friend bool operator==(const PciAlias &, const PciAlias &) = default;
};

// The nova.conf values of one compute host that change the domain XML Nova writes, with Nova's
// defaults (unset options are empty / std::nullopt, exactly as in nova.conf).
struct ComputeProfile
{
    // [compute]
    QString cpuDedicatedSet;            // "2-15,34-47"; empty: unset
    QString cpuSharedSet;               // empty: unset
    // [libvirt]
    QString virtType = QStringLiteral("kvm");
    std::optional<QString> cpuMode;     // host-model, host-passthrough, custom, none; unset: by arch
    QStringList cpuModels;
    QString hwMachineType;              // "x86_64=q35,aarch64=virt" or empty
    int realtimeSchedulerPriority = 1;
    std::optional<int> maxQueues;
    std::optional<int> rxQueueSize;     // 256, 512, 1024
    std::optional<int> txQueueSize;
    int fileBackedMemory = 0;           // MiB; > 0 turns it on
    // [pci] alias
    QMap<QString, PciAlias> pciAliases;

    friend bool operator==(const ComputeProfile &, const ComputeProfile &) = default;

    // [libvirt]hw_machine_type for an architecture ("q35" for "x86_64=q35"), empty when unset.
    QString machineTypeFor(const QString &arch) const;
};

// JSON form: {"format": "vdeck-compute-profile", "version": 1, "compute": {...}, "libvirt": {...},
// "pci": {"alias": [...]}} with nova.conf's option names; absent options keep Nova's defaults.
QJsonObject profileToJson(const ComputeProfile &profile);
std::optional<ComputeProfile> profileFromJson(const QJsonObject &json, QString *error);

// Reads and writes a profile file (`vdeckctl xml --profile F`). Saving is atomic.
std::optional<ComputeProfile> loadProfile(const QString &path, QString *error);
bool saveProfile(const ComputeProfile &profile, const QString &path, QString *error);

} // namespace domainxml
