#pragma once

#include "inventory/hostsnapshot.h"

#include <QList>
#include <QMap>
#include <QString>

// Small hosts written by hand for the hostfit tests: NUMA cells with CPUs (cores x 2 threads),
// memory and hugepages, plus node-device XML, as one HostSnapshot.
namespace handmade {

struct Cell
{
    int cores = 4;                        // two threads each
    quint64 memoryMiB = 16384;
    QMap<quint64, std::pair<quint64, quint64>> pages; // size KiB -> (total, free), not the 4 KiB pool
};

struct Host
{
    QList<Cell> cells;
    QStringList deviceXml;
    QString libvirtVersion = QStringLiteral("11.3.0");
    QString qemuVersion = QStringLiteral("10.0.2");
    QString kernel = QStringLiteral("Linux 6.12.48+deb13-amd64 (Debian 13)");
    QStringList machines{QStringLiteral("pc-q35-10.0"), QStringLiteral("pc-i440fx-10.0")};
};

inventory::HostSnapshot snapshot(const Host &host);

// The bundled demo host (resources/demo/demo.vdeckhost).
inventory::HostSnapshot demo();
// The demo host with other versions (libvirt, QEMU, kernel line).
inventory::HostSnapshot demoWithVersions(const QString &libvirt, const QString &qemu, const QString &kernel);

// The demo host with both NUMA nodes on socket 0 (as sub-NUMA clustering reports them).
inventory::HostSnapshot demoOneSocket();

// Node-device XML: a GPU on `numa` with mdev types (id -> available instances), no mdevs.
QString gpuWithMdevTypes(const QString &bus, int numa, const QMap<QString, int> &types);

} // namespace handmade
