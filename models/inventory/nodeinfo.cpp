#include "inventory/nodeinfo.h"

#include <QStringList>

#include <algorithm>

namespace inventory {

QList<NumaCell> cellsFromNodeInfo(const NodeInfo &info)
{
    QList<NumaCell> cells;
    if (!info.isValid())
        return cells;
    const int topology = info.nodes * info.sockets * info.cores * info.threads;
    // A topology that does not add up to the CPUs is not trusted: one thread per core then.
    const bool consistent = info.sockets > 0 && info.cores > 0 && info.threads > 0 && topology == info.cpus;
    const int threads = consistent ? info.threads : 1;
    const int coresPerSocket = consistent ? info.cores : std::max(1, info.cpus / info.nodes);
    const int socketsPerNode = consistent ? info.sockets : 1;
    const int cpusPerNode = consistent ? socketsPerNode * coresPerSocket * threads : coresPerSocket;
    int id = 0;
    for (int node = 0; node < info.nodes; ++node) {
        NumaCell cell;
        cell.id = node;
        cell.memoryKiB = info.memoryKiB / quint64(info.nodes);
        for (int first = 0; first < cpusPerNode && id < info.cpus; first += threads) {
            const int core = first / threads;
            QStringList siblings;
            for (int t = 0; t < threads && id + t < info.cpus; ++t)
                siblings.append(QString::number(id + t));
            const QString joined = siblings.join(QLatin1Char(','));
            for (int t = 0; t < threads && id < info.cpus; ++t, ++id)
                cell.cpus.append(HostCpu{id, node * socketsPerNode + core / coresPerSocket, 0, core % coresPerSocket, joined});
        }
        cells.append(cell);
    }
    return cells;
}

} // namespace inventory
