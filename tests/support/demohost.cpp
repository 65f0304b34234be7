#include "demohost.h"

#include "inventory/snapshotfile.h"
#include "testpaths.h"

#include <QtGlobal>

namespace testhosts {

inventory::HostSnapshot demo()
{
    inventory::HostSnapshot s;
    QString error;
    if (!inventory::snapshotfile::load(testpaths::sourceFile(QStringLiteral("resources/demo/demo.vdeckhost")), &s, &error))
        qFatal("%s", qPrintable(error));
    return s;
}

} // namespace testhosts
