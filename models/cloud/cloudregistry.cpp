#include "cloud/cloudregistry.h"

namespace cloud {

QList<flavors::Flavor> CloudEntry::deployed() const
{
    QList<flavors::Flavor> out;
    out.reserve(verdicts.size());
    for (const FlavorVerdict &v : verdicts)
        out << v.flavor;
    return out;
}

const FlavorVerdict *CloudEntry::verdict(const QString &flavor) const
{
    for (const FlavorVerdict &v : verdicts)
        if (v.flavor.name == flavor)
            return &v;
    return nullptr;
}

int CloudEntry::flavorsWithErrors() const
{
    int n = 0;
    for (const FlavorVerdict &v : verdicts)
        n += v.hasErrors;
    return n;
}

void CloudRegistry::setClouds(const QString &cloudsPath, const QList<CloudConfig> &clouds, const QString &error)
{
    QList<CloudEntry> entries;
    for (const CloudConfig &c : clouds) {
        const CloudEntry *old = entry(c.name);
        CloudEntry e = old && cloudsPath == m_cloudsPath ? *old : CloudEntry{};
        e.name = c.name;
        e.description = c.describe();
        entries << e;
    }
    m_cloudsPath = cloudsPath;
    m_loadError = error;
    m_entries = entries;
    Q_EMIT cloudsChanged();
}

QStringList CloudRegistry::names() const
{
    QStringList out;
    for (const CloudEntry &e : m_entries)
        out << e.name;
    return out;
}

const CloudEntry *CloudRegistry::entry(const QString &name) const
{
    for (const CloudEntry &e : m_entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

void CloudRegistry::update(const CloudEntry &entry)
{
    for (CloudEntry &e : m_entries) {
        if (e.name == entry.name) {
            e = entry;
            Q_EMIT entryChanged(entry.name);
            return;
        }
    }
    m_entries << entry;
    Q_EMIT cloudsChanged();
}

} // namespace cloud
