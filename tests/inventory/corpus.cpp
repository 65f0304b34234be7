#include "corpus.h"

#include "inventory/nodedeviceparser.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>

namespace corpus {

QString dataFile(const QString &name)
{
    return testpaths::sourceFile(QStringLiteral("tests/inventory/data/") + name);
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

QList<inventory::Device> devices()
{
    QList<inventory::Device> out;
    const QDir dir(dataFile(QString()));
    for (const QString &name : dir.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name)) {
        if (name == QLatin1String("capabilities.xml"))
            continue;
        out.append(inventory::parseNodeDevice(readText(dir.filePath(name))));
    }
    return out;
}

inventory::HostSnapshot snapshot()
{
    inventory::HostIdentity facts{QStringLiteral("corpus.example.net"), QStringLiteral("test:///corpus"), QStringLiteral("11.3.0"),
                               QStringLiteral("QEMU"), QStringLiteral("9.2.0"), QStringLiteral("6.12.0")};
    return inventory::HostSnapshot(facts, QDateTime(QDate(2026, 11, 21), QTime(12, 0, 0, 250), QTimeZone::UTC),
                                   readText(dataFile(QStringLiteral("capabilities.xml"))), QString(),
                                   {{0, 2048, 1000}, {0, 1048576, 4}, {1, 2048, 2048}, {1, 1048576, 16}},
                                   inventory::DeviceGraph(devices()));
}

} // namespace corpus
