#pragma once

#include "inventory/hostcapabilities.h"

#include <QList>
#include <QString>

namespace inventory {

// What virNodeGetInfo reports: CPUs, NUMA nodes and memory, also on drivers whose capabilities
// XML lists no NUMA cells (libvirt's test driver opened on a custom file, test:///PATH).
struct NodeInfo
{
    QString model;        // "x86_64"
    int cpus = 0;         // active CPUs
    int mhz = 0;
    int nodes = 0;        // NUMA nodes
    int sockets = 0;      // per node
    int cores = 0;        // per socket
    int threads = 0;      // per core
    quint64 memoryKiB = 0;

    bool isValid() const { return cpus > 0 && nodes > 0; }
    bool operator==(const NodeInfo &) const = default;
};

// The NUMA cells virNodeGetInfo implies when the capabilities have none: `nodes` cells, each with
// its share of the memory and of the CPUs (sockets x cores x threads per node, numbered node by
// node, thread siblings adjacent). libvirt reports no finer layout for such a host.
QList<NumaCell> cellsFromNodeInfo(const NodeInfo &info);

} // namespace inventory
