#pragma once

#include "pci/pcidevice.h"
#include "pci/pcirelease.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace pci {

// The address part of a device_spec (nova/pci/devspec.py): a glob string ("*:3b:00.*", fields
// left out or "*" match anything; each other field is a hex number, padded as Nova pads it), a
// dict of regular expressions (re.match: anchored at the start only), or an exact address.
class AddressSpec
{
public:
    enum class Style { Glob, Regex, Exact };

    // PciAddressGlobSpec / PciAddressRegexSpec / PhysicalPciAddress; *error is Nova's message.
    static std::optional<AddressSpec> glob(const QString &text, QString *error);
    static std::optional<AddressSpec> regex(const QJsonObject &fields, QString *error);
    static std::optional<AddressSpec> exact(const QString &address, QString *error);

    Style style() const { return m_style; }
    bool isSingleAddress() const; // every field only hex digits
    bool matches(const QString &address) const; // a device address "dddd:bb:ss.f"
    QString toString() const;

private:
    Style m_style = Style::Glob;
    QString m_fields[4]; // domain, bus, slot, function ("*" = any for Glob)
    QRegularExpression m_regex[4];
};

// One [pci]device_spec entry as Nova parses and matches it (devspec.PciDeviceSpec).
class DeviceSpec
{
public:
    struct Context
    {
        PciRelease release;
        bool reportInPlacement = false;
        const PciHost *host = nullptr; // what Nova reads from sysfs while parsing (only used in parse())
    };

    // std::nullopt with *error the exception Nova raises ("PciConfigInvalidSpec: ...").
    static std::optional<DeviceSpec> parse(const QJsonObject &spec, const Context &context, QString *error);

    bool matches(const NovaPciDevice &device) const;

    const QString &vendorId() const { return m_vendorId; } // "*" or four hex digits
    const QString &productId() const { return m_productId; }
    const QString &devname() const { return m_devname; }
    // The tags: every key but vendor_id, product_id, address and devname, values as strings
    // (managed, live_migratable and one_time_use normalised to "true"/"false" as Nova does).
    const QMap<QString, QString> &tags() const { return m_tags; }
    QString tag(const QString &name) const { return m_tags.value(name); }
    bool remoteManaged() const { return m_remoteManaged; }
    const QJsonObject &source() const { return m_source; }

private:
    struct Address
    {
        AddressSpec spec;
        bool physicalFunction = false;
        bool matches(const QString &address, const QString &parentAddress) const;
    };
    std::optional<Address> resolveAddress(const PciHost *host) const;

    QJsonObject m_source;
    QString m_vendorId, m_productId, m_devname;
    std::optional<Address> m_address;
    // What matching uses: the address, or the devname looked up on the host when parsed (Nova
    // looks it up at every match; a snapshot does not change between them).
    std::optional<Address> m_resolved;
    QMap<QString, QString> m_tags;
    bool m_remoteManaged = false;
};

// Python's str() of a JSON value as json.loads gives it ("True", "1", "physnet1").
QString pyStr(const QJsonValue &value);
// Python int(text, 16) formatted with "%0<width>x"; std::nullopt where int() raises.
std::optional<QString> pyHex(const QString &text, int width, qint64 *value);

} // namespace pci
