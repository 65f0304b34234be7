#include "flavors/flavor.h"

namespace flavors {

std::optional<QString> PropertyList::value(const QString &key) const
{
    for (const Property &p : m_items) {
        if (p.key == key)
            return p.value;
    }
    return std::nullopt;
}

void PropertyList::set(const QString &key, const QString &value)
{
    for (Property &p : m_items) {
        if (p.key == key) {
            p.value = value;
            return;
        }
    }
    m_items.append(Property{key, value});
}

bool PropertyList::remove(const QString &key)
{
    return m_items.removeIf([&key](const Property &p) { return p.key == key; }) > 0;
}

Flavor newFlavor()
{
    Flavor f;
    f.name = QStringLiteral("new-flavor");
    f.vcpus = 2;
    f.ramMb = 2048;
    f.diskGb = 20;
    return f;
}

const Flavor *FlavorLibrary::find(const QString &name) const
{
    for (const Flavor &f : flavors) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

} // namespace flavors
