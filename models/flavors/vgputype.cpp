#include "flavors/vgputype.h"

namespace flavors {
namespace {

const QString kVgpu = QStringLiteral("resources:VGPU");
const QString kTraitPrefix = QStringLiteral("trait:CUSTOM_");

QString normalisedTrait(const QString &text)
{
    QString t = text.trimmed().toUpper();
    t.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (t.isEmpty() || t.startsWith(QLatin1String("CUSTOM_")))
        return t;
    return QStringLiteral("CUSTOM_") + t;
}

} // namespace

QString vgpuCount(const Flavor &flavor)
{
    return flavor.extraSpecs.value(kVgpu).value_or(QString());
}

void setVgpuCount(Flavor &flavor, const QString &count)
{
    if (count.trimmed().isEmpty())
        flavor.extraSpecs.remove(kVgpu);
    else
        flavor.extraSpecs.set(kVgpu, count.trimmed());
}

QString vgpuTypeTrait(const Flavor &flavor)
{
    for (const Property &p : flavor.extraSpecs.items()) {
        if (p.key.startsWith(kTraitPrefix) && p.value == QLatin1String("required"))
            return p.key.mid(6); // after "trait:"
    }
    return {};
}

void setVgpuTypeTrait(Flavor &flavor, const QString &trait)
{
    const QString old = vgpuTypeTrait(flavor);
    const QString now = normalisedTrait(trait);
    if (old == now)
        return;
    if (!old.isEmpty())
        flavor.extraSpecs.remove(QStringLiteral("trait:") + old);
    if (!now.isEmpty())
        flavor.extraSpecs.set(QStringLiteral("trait:") + now, QStringLiteral("required"));
}

} // namespace flavors
