#include "inventory/pciaddress.h"

#include <QRegularExpression>

namespace inventory {

QString PciAddress::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1:%2:%3.%4")
        .arg(domain, 4, 16, QLatin1Char('0'))
        .arg(bus, 2, 16, QLatin1Char('0'))
        .arg(slot, 2, 16, QLatin1Char('0'))
        .arg(function, 1, 16);
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
