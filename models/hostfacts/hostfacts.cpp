#include "hostfacts/hostfacts.h"

namespace hostfacts {

HostFacts::HostFacts()
    : m_parts(std::make_shared<const HostFactsParts>())
{
}

HostFacts::HostFacts(HostFactsParts parts)
    : m_parts(std::make_shared<const HostFactsParts>(std::move(parts)))
{
}

QStringList HostFacts::novaValues(const QString &section, const QString &key) const
{
    QStringList values;
    for (const NovaSection &s : m_parts->nova) {
        if (s.name != section)
            continue;
        for (const auto &entry : s.entries) {
            if (entry.first == key)
                values.append(entry.second);
        }
    }
    return values;
}

std::optional<QString> HostFacts::novaValue(const QString &section, const QString &key) const
{
    const QStringList values = novaValues(section, key);
    if (values.isEmpty())
        return std::nullopt;
    return values.last();
}

bool HostFacts::hasNovaSection(const QString &section) const
{
    for (const NovaSection &s : m_parts->nova) {
        if (s.name == section)
            return true;
    }
    return false;
}

bool HostFacts::probed(const QString &name) const
{
    for (const ProbeStatus &p : m_parts->probes) {
        if (p.probe == name)
            return p.ok && !p.truncated;
    }
    return false;
}

QList<HugePagePool> HostFacts::hugepagePools(qint64 pageSizeKiB) const
{
    QList<HugePagePool> perNode;
    QList<HugePagePool> global;
    for (const HugePagePool &p : m_parts->hugepages) {
        if (p.pageSizeKiB != pageSizeKiB)
            continue;
        (p.node >= 0 ? perNode : global).append(p);
    }
    return perNode.isEmpty() ? global : perNode;
}

} // namespace hostfacts
