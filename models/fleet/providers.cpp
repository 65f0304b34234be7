#include "fleet/providers.h"

#include <algorithm>

namespace fleet {

bool Inventory::allows(qint64 amount) const
{
    return amount >= minUnit && (maxUnit <= 0 || amount <= maxUnit) && (stepSize <= 1 || amount % stepSize == 0);
}

qint64 Provider::free(const QString &resourceClass) const
{
    const auto it = inventories.constFind(resourceClass);
    if (it == inventories.cend())
        return 0;
    return it->capacity() - usages.value(resourceClass);
}

Fleet::Fleet(QList<Provider> providers)
    : m_providers(std::move(providers))
{
    std::sort(m_providers.begin(), m_providers.end(), [](const Provider &a, const Provider &b) { return a.name < b.name; });
    for (qsizetype i = 0; i < m_providers.size(); ++i) {
        Provider &p = m_providers[i];
        if (p.rootUuid.isEmpty())
            p.rootUuid = p.parentUuid.isEmpty() ? p.uuid : QString();
        m_index.insert(p.uuid, i);
        if (!p.parentUuid.isEmpty())
            m_children[p.parentUuid].append(i);
    }
}

const Provider *Fleet::provider(const QString &uuid) const
{
    const auto it = m_index.constFind(uuid);
    return it == m_index.cend() ? nullptr : &m_providers.at(*it);
}

QList<const Provider *> Fleet::roots() const
{
    QList<const Provider *> out;
    for (const Provider &p : m_providers) {
        if (p.parentUuid.isEmpty())
            out.append(&p);
    }
    return out;
}

QList<const Provider *> Fleet::children(const QString &uuid) const
{
    QList<const Provider *> out;
    for (qsizetype i : m_children.value(uuid))
        out.append(&m_providers.at(i));
    return out;
}

QList<const Provider *> Fleet::tree(const QString &rootUuid) const
{
    QList<const Provider *> out;
    if (const Provider *root = provider(rootUuid))
        out.append(root);
    for (qsizetype i = 0; i < out.size(); ++i)
        out.append(children(out.at(i)->uuid));
    return out;
}

} // namespace fleet
