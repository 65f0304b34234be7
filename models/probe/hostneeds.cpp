#include "probe/hostneeds.h"

#include "probe/hostfacts.h"

namespace probe {

HostNeeds HostNeeds::inferredFrom(const HostFacts &facts)
{
    HostNeeds needs;
    needs.vdpaInUse = int(facts.vdpaDevices().size());
    needs.vfsInUse = int(facts.novaValues(QStringLiteral("pci"), QStringLiteral("device_spec")).size()
                         + facts.novaValues(QStringLiteral("pci"), QStringLiteral("passthrough_whitelist")).size());
    const std::optional<QString> enabled = facts.novaValue(QStringLiteral("devices"), QStringLiteral("enabled_mdev_types"));
    if (enabled && !enabled->trimmed().isEmpty())
        needs.mdevsInUse = int(enabled->split(QLatin1Char(','), Qt::SkipEmptyParts).size());
    needs.dedicatedFlavors = false; // unknowable without flavors; configured sets are checked as they are
    return needs;
}

} // namespace probe
