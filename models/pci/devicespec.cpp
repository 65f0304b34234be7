#include "pci/devicespec.h"

#include "pycompat/pyparse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QVariant>

// nova/pci/devspec.py (23.0.0 .. master) and the sysfs readers of nova/pci/utils.py, answered
// from the host's node devices (pci::PciHost). tests/conformance/pci_conformance.py runs Nova's
// own classes on the same devices and specs and requires the same answers.
namespace pci {

namespace {
const QString kAny = QStringLiteral("*");

bool isHexDigits(const QString &text)
{
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
              || (c >= QLatin1Char('A') && c <= QLatin1Char('F'))))
            return false;
    }
    return true;
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// PciAddressSpec._set_pci_dev_info: "*" stays, anything else must be hex and at most maxval.
bool setField(QString *field, const char *property, qint64 maxval, int width, QString *error)
{
    if (*field == kAny)
        return true;
    qint64 v = 0;
    const std::optional<QString> hex = pyHex(*field, width, &v);
    if (!hex) {
        *error = QStringLiteral("PciConfigInvalidSpec: property %1 ('%2') does not parse as a hex number.")
                     .arg(QLatin1String(property), *field);
        return false;
    }
    if (v > maxval) {
        *error = QStringLiteral("PciConfigInvalidSpec: property %1 (%2) is greater than the maximum allowable value (%3).")
                     .arg(QLatin1String(property), *field, QString::number(maxval, 16).toUpper());
        return false;
    }
    *field = *hex;
    return true;
}

// Python's truth value of a JSON value.
bool pyTruthy(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool();
    case QJsonValue::Double: return v.toDouble() != 0;
    case QJsonValue::String: return !v.toString().isEmpty();
    case QJsonValue::Array: return !v.toArray().isEmpty();
    case QJsonValue::Object: return !v.toObject().isEmpty();
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return false;
}

QStringList addressFields(const QString &address)
{
    // "dddd:bb:ss.f" as libvirt and Nova write it
    const qsizetype dot = address.lastIndexOf(QLatin1Char('.'));
    QStringList dbs = address.left(dot).split(QLatin1Char(':'));
    dbs.append(address.mid(dot + 1));
    return dbs;
}
}

QString pyStr(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("None");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: {
        const QVariant v = value.toVariant();
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            return QString::number(v.toLongLong());
        // Python's str(float): the shortest text that reads back the same, always with a point or
        // an exponent (2.0, 0.1, 1e+16)
        QString text = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')) && !text.contains(QLatin1Char('n')))
            text += QStringLiteral(".0");
        return text;
    }
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return compactJson(value.toObject());
    case QJsonValue::Undefined: break;
    }
    return {};
}

std::optional<QString> pyHex(const QString &text, int width, qint64 *value)
{
    QString s = pyparse::pyStrip(text);
    bool negative = false;
    if (s.startsWith(QLatin1Char('+')) || s.startsWith(QLatin1Char('-'))) {
        negative = s.front() == QLatin1Char('-');
        s.remove(0, 1);
    }
    bool prefixed = false;
    if (s.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        s.remove(0, 2);
        prefixed = true;
    }
    // single underscores between digits, and one right after a base prefix
    if (s.isEmpty() || s.endsWith(QLatin1Char('_')) || s.contains(QLatin1String("__")) || (s.startsWith(QLatin1Char('_')) && !prefixed))
        return std::nullopt;
    s.remove(QLatin1Char('_'));
    if (s.isEmpty() || !isHexDigits(s) || s.size() > 15)
        return std::nullopt;
    const qint64 v = s.toLongLong(nullptr, 16) * (negative ? -1 : 1);
    *value = v;
    // "%04x" % v: a negative number keeps its sign inside the width
    const QString digits = QString::number(v < 0 ? -v : v, 16);
    return v < 0 ? QLatin1Char('-') + digits.rightJustified(width - 1, QLatin1Char('0')) : digits.rightJustified(width, QLatin1Char('0'));
}

std::optional<AddressSpec> AddressSpec::glob(const QString &text, QString *error)
{
    AddressSpec a;
    a.m_style = Style::Glob;
    for (QString &f : a.m_fields)
        f = kAny;
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString dbs = dot < 0 ? text : text.left(dot);
    const QString func = dot < 0 ? QString() : text.mid(dot + 1);
    if (!func.isEmpty()) {
        a.m_fields[3] = pyparse::pyStrip(func);
        if (!setField(&a.m_fields[3], "func", 0x7, 1, error))
            return std::nullopt;
    }
    if (!dbs.isEmpty()) {
        QStringList fields = dbs.split(QLatin1Char(':'));
        if (fields.size() > 3) {
            *error = QStringLiteral("PciDeviceWrongAddressFormat: The PCI address %1 has an incorrect format.").arg(text);
            return std::nullopt;
        }
        while (fields.size() < 3)
            fields.prepend(kAny);
        for (int i = 0; i < 3; ++i) {
            const QString f = pyparse::pyStrip(fields.at(i));
            a.m_fields[i] = f.isEmpty() ? kAny : f;
        }
        if (!setField(&a.m_fields[0], "domain", 0xFFFF, 4, error) || !setField(&a.m_fields[1], "bus", 0xFF, 2, error)
            || !setField(&a.m_fields[2], "slot", 0x1F, 2, error))
            return std::nullopt;
    }
    return a;
}

std::optional<AddressSpec> AddressSpec::regex(const QJsonObject &fields, QString *error)
{
    AddressSpec a;
    a.m_style = Style::Regex;
    const char *names[] = {"domain", "bus", "slot", "function"};
    for (int i = 0; i < 4; ++i) {
        const QJsonValue v = fields.value(QLatin1String(names[i]));
        if (!v.isUndefined() && !v.isString()) {
            *error = QStringLiteral("PciDeviceWrongAddressFormat: The PCI address %1 has an incorrect format.").arg(compactJson(fields));
            return std::nullopt;
        }
        a.m_fields[i] = v.isUndefined() ? QStringLiteral(".*") : v.toString();
        // re.match: anchored at the start, not at the end
        a.m_regex[i] = QRegularExpression(a.m_fields[i]);
        if (!a.m_regex[i].isValid()) {
            *error = QStringLiteral("PciDeviceWrongAddressFormat: The PCI address %1 has an incorrect format.").arg(compactJson(fields));
            return std::nullopt;
        }
    }
    return a;
}

std::optional<AddressSpec> AddressSpec::exact(const QString &address, QString *error)
{
    const QStringList f = addressFields(address);
    if (f.size() != 4) {
        *error = QStringLiteral("PciDeviceWrongAddressFormat: The PCI address %1 has an incorrect format.").arg(address);
        return std::nullopt;
    }
    AddressSpec a;
    a.m_style = Style::Exact;
    for (int i = 0; i < 4; ++i)
        a.m_fields[i] = f.at(i);
    if (!setField(&a.m_fields[3], "func", 0x7, 1, error) || !setField(&a.m_fields[0], "domain", 0xFFFF, 4, error)
        || !setField(&a.m_fields[1], "bus", 0xFF, 2, error) || !setField(&a.m_fields[2], "slot", 0x1F, 2, error))
        return std::nullopt;
    return a;
}

bool AddressSpec::isSingleAddress() const
{
    for (const QString &f : m_fields) {
        if (!isHexDigits(f))
            return false;
    }
    return true;
}

bool AddressSpec::matches(const QString &address) const
{
    const QStringList f = addressFields(address);
    if (f.size() != 4)
        return false;
    for (int i = 0; i < 4; ++i) {
        switch (m_style) {
        case Style::Glob:
            if (m_fields[i] != kAny && m_fields[i] != f.at(i))
                return false;
            break;
        case Style::Exact:
            if (m_fields[i] != f.at(i))
                return false;
            break;
        case Style::Regex:
            if (!m_regex[i].match(f.at(i), 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption).hasMatch())
                return false;
            break;
        }
    }
    return true;
}

QString AddressSpec::toString() const
{
    return m_fields[0] + QLatin1Char(':') + m_fields[1] + QLatin1Char(':') + m_fields[2] + QLatin1Char('.') + m_fields[3];
}

bool DeviceSpec::Address::matches(const QString &address, const QString &parentAddress) const
{
    // WhitelistPciAddress.match: a PF's address also matches its VFs
    if (physicalFunction && !parentAddress.isEmpty() && spec.matches(parentAddress))
        return true;
    return spec.matches(address);
}

std::optional<DeviceSpec::Address> DeviceSpec::resolveAddress(const PciHost *host) const
{
    if (m_devname.isEmpty())
        return m_address;
    const std::optional<std::pair<QString, bool>> function = host ? host->functionByIfname(m_devname) : std::nullopt;
    if (!function)
        return std::nullopt;
    QString ignored;
    const std::optional<AddressSpec> spec = function->second ? AddressSpec::exact(function->first, &ignored)
                                                             : AddressSpec::glob(function->first, &ignored);
    if (!spec)
        return std::nullopt;
    Address a{*spec, function->second};
    if (!a.physicalFunction && spec->isSingleAddress())
        a.physicalFunction = host->isPhysicalFunction(spec->toString());
    return a;
}

std::optional<DeviceSpec> DeviceSpec::parse(const QJsonObject &json, const Context &context, QString *error)
{
    DeviceSpec s;
    s.m_source = json;
    QJsonObject tags = json;
    const QJsonValue vendor = tags.take(QLatin1String("vendor_id"));
    const QJsonValue product = tags.take(QLatin1String("product_id"));
    const QJsonValue devname = tags.take(QLatin1String("devname"));
    const QJsonValue address = tags.take(QLatin1String("address"));
    if ((!vendor.isUndefined() && !vendor.isString()) || (!product.isUndefined() && !product.isString())) {
        *error = QStringLiteral("TypeError: vendor_id and product_id must be strings");
        return std::nullopt;
    }
    s.m_vendorId = vendor.isUndefined() ? kAny : pyparse::pyStrip(vendor.toString());
    s.m_productId = product.isUndefined() ? kAny : product.toString();
    if (!setField(&s.m_vendorId, "vendor_id", 0xFFFF, 4, error) || !setField(&s.m_productId, "product_id", 0xFFFF, 4, error))
        return std::nullopt;
    const bool devnameSet = pyTruthy(devname);
    if (pyTruthy(address) && devnameSet) {
        *error = QStringLiteral("PciDeviceInvalidDeviceName: Invalid PCI Whitelist: The PCI whitelist can specify devname or address, but not both");
        return std::nullopt;
    }
    if (devnameSet) {
        s.m_devname = pyStr(devname);
    } else {
        std::optional<AddressSpec> spec;
        if (!pyTruthy(address))
            spec = AddressSpec::glob(QStringLiteral("*:*:*.*"), error);
        else if (address.isString())
            spec = AddressSpec::glob(address.toString(), error);
        else if (address.isObject())
            spec = AddressSpec::regex(address.toObject(), error);
        else
            *error = QStringLiteral("PciDeviceWrongAddressFormat: The PCI address %1 has an incorrect format.").arg(pyStr(address));
        if (!spec)
            return std::nullopt;
        Address a{*spec, false};
        // WhitelistPciAddress._check_physical_function: one address that sysfs calls SR-IOV capable
        if (spec->isSingleAddress() && context.host)
            a.physicalFunction = context.host->isPhysicalFunction(spec->toString());
        s.m_address = a;
    }
    const std::optional<Address> addressObject = s.resolveAddress(context.host);
    s.m_resolved = addressObject;
    // before 25.0.0 remote_managed is a tag like any other (no VPD serial check)
    s.m_remoteManaged = context.release.checksRemoteManaged() && pyparse::lenientBool(pyStr(tags.value(QLatin1String("remote_managed"))));
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it) {
        if (!it.value().isNull())
            s.m_tags.insert(it.key(), pyStr(it.value()));
    }
    QStringList normalised;
    if (context.release.hasManagedTags())
        normalised << QStringLiteral("managed") << QStringLiteral("live_migratable");
    if (context.release.hasOneTimeUse())
        normalised << QStringLiteral("one_time_use");
    for (const QString &tag : std::as_const(normalised)) {
        if (!s.m_tags.contains(tag))
            continue;
        const std::optional<bool> b = pyparse::strictBool(s.m_tags.value(tag));
        if (!b) {
            *error = QStringLiteral("PciConfigInvalidSpec: Cannot parse tag '%1': Unrecognized value '%2', acceptable values are: "
                                    "'0', '1', 'f', 'false', 'n', 'no', 'off', 'on', 't', 'true', 'y', 'yes'")
                         .arg(tag, s.m_tags.value(tag));
            return std::nullopt;
        }
        s.m_tags.insert(tag, *b ? QStringLiteral("true") : QStringLiteral("false"));
    }
    if (context.release.hasOneTimeUse() && s.m_tags.value(QStringLiteral("one_time_use")) == QLatin1String("true") && !context.reportInPlacement) {
        *error = QStringLiteral("PciConfigInvalidSpec: one_time_use=true requires pci.report_in_placement to be enabled");
        return std::nullopt;
    }
    if (context.release.checksRemoteManaged() && s.m_remoteManaged) {
        if (!addressObject) {
            *error = QStringLiteral("PciDeviceRemoteManagedNotPresent: Invalid PCI Whitelist: A device specified as \"remote_managed\" "
                                    "is not actually present on the host");
            return std::nullopt;
        }
        if (addressObject->physicalFunction) {
            // devspec.py reads sriov_vf_device, then the files "vendor" and "product" of the PF
            // (utils.get_pci_ids_by_pci_addr); sysfs names the second one "device", so Nova
            // raises PciDeviceNotFoundById for every remote_managed spec that names a PF.
            *error = QStringLiteral("PciDeviceNotFoundById: PCI device %1 not found").arg(addressObject->spec.toString());
            return std::nullopt;
        }
    }
    return s;
}

bool DeviceSpec::matches(const NovaPciDevice &device) const
{
    const std::optional<Address> &a = m_resolved;
    if (!a)
        return false;
    if (m_vendorId != kAny && m_vendorId != device.vendorId)
        return false;
    if (m_productId != kAny && m_productId != device.productId)
        return false;
    if (!a->matches(device.address, device.parentAddress))
        return false;
    return !m_remoteManaged || !device.vpdSerial.isEmpty();
}

} // namespace pci
