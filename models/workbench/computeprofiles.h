#pragma once

#include "domainxml/computeprofile.h"

#include <QObject>

#include <map>

class Settings;

namespace workbench {

// The compute profile (the nova.conf values that change the domain XML) of each host, by host
// name, as saved in Settings. Each saved profile is parsed once per change, and one that does
// not parse is reported (invalid()) and replaced by the defaults, never silently.
class ComputeProfiles : public QObject
{
    Q_OBJECT
public:
    explicit ComputeProfiles(Settings *settings, QObject *parent = nullptr);

    domainxml::ComputeProfile profile(const QString &hostName);
    QString error(const QString &hostName); // why the saved profile is not used; empty when it is
    void setProfile(const QString &hostName, const domainxml::ComputeProfile &profile);

Q_SIGNALS:
    void changed(const QString &hostName);
    void invalid(const QString &hostName, const QString &error);

private:
    struct Parsed
    {
        domainxml::ComputeProfile profile;
        QString error;
    };
    const Parsed &parsed(const QString &hostName);

    Settings *m_settings;
    std::map<QString, Parsed> m_cache;
};

} // namespace workbench
