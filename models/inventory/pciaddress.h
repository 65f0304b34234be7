#pragma once

#include <QString>

#include <compare>

namespace inventory {

// A PCI address (domain:bus:slot.function) as libvirt writes it in node-device XML.
struct PciAddress
{
    int domain = -1;
    int bus = -1;
    int slot = -1;
    int function = -1;

    bool isValid() const { return domain >= 0 && bus >= 0 && slot >= 0 && function >= 0; }
    QString toString() const; // "0000:3b:00.2", empty when invalid
    static PciAddress fromString(const QString &text);

    auto operator<=>(const PciAddress &) const = default;
};

// libvirt writes numbers as decimal ("59") or hex ("0x3b").
int parseLibvirtInt(const QString &text, bool *ok = nullptr);

} // namespace inventory
