#include "probe/novadevicespec.h"

#include "hostfacts/hostfacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace probe {

namespace {
// Nova pads each field to its width and treats "*" or a missing field as any value.
QString normalise(const QString &address)
{
    static const QRegularExpression re(QStringLiteral("^(?:([0-9a-fA-F*]{1,4}):)?([0-9a-fA-F*]{1,2}):([0-9a-fA-F*]{1,2})\\.([0-7*])$"));
    const QRegularExpressionMatch m = re.match(address.trimmed());
    if (!m.hasMatch())
        return {};
    auto field = [](const QString &v, int width) {
        return v.isEmpty() || v == QLatin1String("*") ? QString(width, QLatin1Char('*')) : v.toLower().rightJustified(width, QLatin1Char('0'));
    };
    return field(m.captured(1), 4) + QLatin1Char(':') + field(m.captured(2), 2) + QLatin1Char(':') + field(m.captured(3), 2)
           + QLatin1Char('.') + field(m.captured(4), 1);
}

QString fromFields(const QJsonObject &o)
{
    auto f = [&o](const char *key) {
        const QString v = o.value(QLatin1String(key)).toString();
        return v.isEmpty() ? QStringLiteral("*") : v;
    };
    return f("domain") + QLatin1Char(':') + f("bus") + QLatin1Char(':') + f("slot") + QLatin1Char('.') + f("function");
}

void addSpec(const QJsonObject &spec, QList<DeviceSpecAddress> *out)
{
    const QJsonValue address = spec.value(QLatin1String("address"));
    const QString text = address.isObject() ? fromFields(address.toObject()) : address.toString();
    const QString pattern = normalise(text);
    if (!pattern.isEmpty())
        out->append(DeviceSpecAddress{pattern, spec.value(QLatin1String("physical_network")).toString()});
}
}

bool DeviceSpecAddress::matches(const QString &pciAddress) const
{
    if (pciAddress.size() != pattern.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) != QLatin1Char('*') && pattern.at(i) != pciAddress.at(i))
            return false;
    }
    return true;
}

QList<DeviceSpecAddress> parseDeviceSpecs(const QStringList &values)
{
    QList<DeviceSpecAddress> specs;
    for (const QString &value : values) {
        const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
        if (doc.isObject())
            addSpec(doc.object(), &specs);
        for (const QJsonValue &v : doc.array())
            addSpec(v.toObject(), &specs);
    }
    return specs;
}

QString physnetForVf(const hostfacts::HostFacts &facts, const QString &vfAddress, const QString &pfAddress)
{
    const QList<DeviceSpecAddress> specs = parseDeviceSpecs(facts.novaValues(QStringLiteral("pci"), QStringLiteral("device_spec"))
                                                            + facts.novaValues(QStringLiteral("pci"), QStringLiteral("passthrough_whitelist")));
    for (const DeviceSpecAddress &spec : specs) {
        if (!spec.physicalNetwork.isEmpty() && (spec.matches(vfAddress) || (!pfAddress.isEmpty() && spec.matches(pfAddress))))
            return spec.physicalNetwork;
    }
    return {};
}

} // namespace probe
