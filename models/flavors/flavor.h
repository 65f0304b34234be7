#pragma once

#include "flavors/vnictype.h"

#include <QList>
#include <QStringList>
#include <QString>

#include <optional>

namespace flavors {

// One key/value pair; lists of them keep the order the operator wrote.
struct Property
{
    QString key;
    QString value;
    friend bool operator==(const Property &, const Property &) = default;
};

// An ordered key/value list with map-like helpers (extra specs, image properties).
class PropertyList
{
public:
    PropertyList() = default;
    PropertyList(std::initializer_list<Property> init) : m_items(init) {}

    std::optional<QString> value(const QString &key) const;
    bool contains(const QString &key) const { return value(key).has_value(); }
    void set(const QString &key, const QString &value); // replaces in place or appends
    bool remove(const QString &key);
    const QList<Property> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }
    friend bool operator==(const PropertyList &, const PropertyList &) = default;

private:
    QList<Property> m_items;
};

// A Neutron port the instance is booted with. Not part of a Nova flavor, but the XML,
// the findings and the operations matrix depend on it.
struct RequestedPort
{
    QString vnicType = toString(VnicType::Normal); // as files spell it; one of vnicTypeNames()
    QString physnet;
    // The type, std::nullopt for a spelling vDeck does not know (files and the editor allow none).
    std::optional<VnicType> type() const { return vnicTypeFromString(vnicType); }
    friend bool operator==(const RequestedPort &, const RequestedPort &) = default;
};

// A Nova flavor plus the instance shape it is meant for (image properties and ports).
struct Flavor
{
    QString name;
    QString id;          // empty: Nova picks a UUID
    int vcpus = 1;
    qint64 ramMb = 512;
    int diskGb = 0;
    int ephemeralGb = 0;
    int swapMb = 0;
    QString description;
    bool isPublic = true;
    QStringList access;  // project ids that may use a private flavor (Nova's flavor access list)
    PropertyList extraSpecs;
    PropertyList imageProperties; // hw_machine_type, hw_mem_page_size, ...
    QList<RequestedPort> ports;
    QString notes;
    friend bool operator==(const Flavor &, const Flavor &) = default;
};

// The flavor "Add Flavor" and a new library start with: "new-flavor", 2 vCPUs, 2048 MiB of RAM,
// a 20 GB disk.
Flavor newFlavor();

// A file's worth of flavors.
struct FlavorLibrary
{
    QList<Flavor> flavors;
    QString notes;
    const Flavor *find(const QString &name) const;
    friend bool operator==(const FlavorLibrary &, const FlavorLibrary &) = default;
};

} // namespace flavors
