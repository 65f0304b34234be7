#include "inventory/pciaddress.h"

#include <QRegularExpression>

namespace inventory {

QString PciAddress::toString() const
{
    if (!isValid())
        return {};
    if (domain > 0xffff || bus > 0xff || slot > 0xff || function > 0xf) // not what libvirt writes; keep every digit
        return QStringLiteral("%1:%2:%3.%4")
            .arg(domain, 4, 16, QLatin1Char('0'))
            .arg(bus, 2, 16, QLatin1Char('0'))
            .arg(slot, 2, 16, QLatin1Char('0'))
            .arg(function, 1, 16);
    // "dddd:bb:ss.f" without QString::arg(): the device tree's text filter asks for every row.
    static constexpr char16_t hex[] = u"0123456789abcdef";
    const char16_t text[] = {hex[(domain >> 12) & 0xf], hex[(domain >> 8) & 0xf], hex[(domain >> 4) & 0xf], hex[domain & 0xf], u':',
                             hex[(bus >> 4) & 0xf],     hex[bus & 0xf],           u':',
                             hex[(slot >> 4) & 0xf],    hex[slot & 0xf],          u'.',
                             hex[function & 0xf]};
    return QString(reinterpret_cast<const QChar *>(text), 12);
}

PciAddress PciAddress::fromString(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9a-fA-F]{4}):([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\\.([0-7])$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    return PciAddress{m.captured(1).toInt(nullptr, 16), m.captured(2).toInt(nullptr, 16), m.captured(3).toInt(nullptr, 16),
                      m.captured(4).toInt(nullptr, 16)};
}

int parseLibvirtInt(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    bool good = false;
    int value = -1;
    if (t.startsWith(QLatin1String("0x")) || t.startsWith(QLatin1String("0X")))
        value = t.mid(2).toInt(&good, 16);
    else
        value = t.toInt(&good, 10);
    if (ok)
        *ok = good;
    return good ? value : -1;
}

} // namespace inventory
