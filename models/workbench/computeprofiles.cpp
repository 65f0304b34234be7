#include "workbench/computeprofiles.h"

#include "core/findingtext.h"
#include "core/settings.h"

namespace workbench {

ComputeProfiles::ComputeProfiles(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    // Another writer of the settings (a second window, a test) invalidates what was parsed.
    connect(settings, &Settings::changed, this, [this](const QString &key) {
        if (key.startsWith(QLatin1String("profiles/")))
            m_cache.clear();
    });
}

const ComputeProfiles::Parsed &ComputeProfiles::parsed(const QString &hostName)
{
    const auto found = m_cache.find(hostName);
    if (found != m_cache.end())
        return found->second;
    Parsed p;
    const QJsonObject saved = m_settings->computeProfile(hostName);
    if (!saved.isEmpty()) {
        if (const std::optional<domainxml::ComputeProfile> profile = domainxml::profileFromJson(saved, &p.error))
            p.profile = *profile;
        else
            p.error = FindingText::tr("The saved compute profile of %1 is not used (the defaults are): %2").arg(hostName, p.error);
    }
    const Parsed &stored = m_cache.emplace(hostName, p).first->second;
    if (!stored.error.isEmpty())
        Q_EMIT invalid(hostName, stored.error);
    return stored;
}

domainxml::ComputeProfile ComputeProfiles::profile(const QString &hostName)
{
    return parsed(hostName).profile;
}

QString ComputeProfiles::error(const QString &hostName)
{
    return parsed(hostName).error;
}

void ComputeProfiles::setProfile(const QString &hostName, const domainxml::ComputeProfile &profile)
{
    m_settings->setComputeProfile(hostName, domainxml::profileToJson(profile));
    m_cache[hostName] = Parsed{profile, {}};
    Q_EMIT changed(hostName);
}

} // namespace workbench
