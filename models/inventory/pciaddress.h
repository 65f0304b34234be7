#pragma once

#include <QHashFunctions>
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

inline size_t qHash(const PciAddress &a, size_t seed = 0) noexcept
{
    return ::qHash((quint64(quint32(a.domain)) << 32) ^ (quint64(quint32(a.bus)) << 16) ^ (quint64(quint32(a.slot)) << 3)
                       ^ quint64(quint32(a.function)),
                   seed);
}

// libvirt writes numbers as decimal ("59") or hex ("0x3b").
int parseLibvirtInt(const QString &text, bool *ok = nullptr);

} // namespace inventory
