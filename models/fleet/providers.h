#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fleet {

// One inventory of a resource provider, as Placement stores it.
struct Inventory
{
    qint64 total = 0;
    qint64 reserved = 0;
    qint64 minUnit = 1;
    qint64 maxUnit = 0;
    qint64 stepSize = 1;
    double allocationRatio = 1.0;
    // Placement's capacity: int((total - reserved) * allocation_ratio).
    qint64 capacity() const { return qint64(double(total - reserved) * allocationRatio); }
    // Whether one allocation of `amount` is allowed at all (min_unit, max_unit, step_size).
    bool allows(qint64 amount) const;
};

// A resource provider with what Placement knows of it.
struct Provider
{
    QString uuid;
    QString name;
    QString parentUuid; // empty for a root (a compute node)
    QString rootUuid;
    qint64 generation = 0;
    QMap<QString, Inventory> inventories; // by resource class
    QMap<QString, qint64> usages;
    QStringList traits;
    QStringList aggregates;
    qint64 free(const QString &resourceClass) const;     // capacity - used; 0 without inventory
    qint64 capacity(const QString &resourceClass) const; // 0 without inventory
};

// Every provider of a cloud: trees rooted at compute nodes.
class Fleet
{
public:
    Fleet() = default;
    explicit Fleet(QList<Provider> providers);

    const QList<Provider> &providers() const { return m_providers; }
    const Provider *provider(const QString &uuid) const;
    QList<const Provider *> roots() const;              // by name
    QList<const Provider *> tree(const QString &rootUuid) const; // root first, then nested by name
    QList<const Provider *> children(const QString &uuid) const;
    bool isEmpty() const { return m_providers.isEmpty(); }

private:
    QList<Provider> m_providers;
    QHash<QString, qsizetype> m_index;
    QHash<QString, QList<qsizetype>> m_children; // by parent uuid, in name order
};

} // namespace fleet
