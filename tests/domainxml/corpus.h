#pragma once

// The domain XML test corpus: tests/domainxml/data/corpus-flavors.json x the bundled demo host.
#include "flavors/flavorfiles.h"
#include "inventory/snapshotfile.h"
#include "testpaths.h"

#include <QTest>

namespace corpus {

inline flavors::FlavorLibrary flavors()
{
    flavors::FileError error;
    const auto lib = flavors::loadFlavorFile(testpaths::sourceFile(QStringLiteral("tests/domainxml/data/corpus-flavors.json")), &error);
    return lib.value_or(flavors::FlavorLibrary{});
}

inline inventory::HostSnapshot demoHost()
{
    inventory::HostSnapshot host;
    QString error;
    inventory::snapshotfile::load(QStringLiteral(":/demo/demo.vdeckhost"), &host, &error);
    return host;
}

inline flavors::Flavor flavor(const QString &name)
{
    const flavors::FlavorLibrary lib = flavors();
    const flavors::Flavor *f = lib.find(name);
    return f ? *f : flavors::Flavor{};
}

} // namespace corpus
