#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace inventory {

struct HostCpu
{
    int id = -1;
    int socketId = -1;
    int dieId = -1;
    int coreId = -1;
    QString siblings;    // libvirt's list, "0,28"
};

struct NumaCell
{
    int id = -1;
    quint64 memoryKiB = 0;
    QMap<quint64, quint64> pages; // page size KiB -> pages configured in this cell
    QMap<int, int> distances;     // cell id -> distance
    QList<HostCpu> cpus;
};

// The parts of `virsh capabilities` an operator sizes flavors with.
struct HostCapabilities
{
    QString uuid;
    QString arch;
    QString cpuModel;
    QString cpuVendor;
    int sockets = -1, dies = -1, cores = -1, threads = -1;
    QList<quint64> pageSizesKiB;  // supported page sizes
    QList<NumaCell> cells;
    bool cellsFromNodeInfo = false; // the XML has none: HostSnapshot::withNodeInfo() filled them in
    bool valid = false;
    QString error;                // "line L, column C: message" when the XML is malformed

    int cpuCount() const;
    quint64 memoryKiB() const;
    quint64 pagesTotal(quint64 sizeKiB) const; // over all cells
};

// Parses capabilities XML (virConnectGetCapabilities) with QXmlStreamReader; no entities, no DTDs.
HostCapabilities parseCapabilities(const QString &xml);

} // namespace inventory
