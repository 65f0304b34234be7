#pragma once

#include "domainxml/hostnuma.h"

#include <QMap>

#include <functional>
#include <optional>

namespace domainxml {

// What an instance cell asks for, as nova.objects.InstanceNUMACell before fitting.
struct GuestCellRequest
{
    int id = 0;
    CpuList cpus;             // floating vCPUs (shared policy, or the shared part of mixed)
    CpuList pcpus;            // vCPUs to pin (dedicated, or the dedicated part of mixed)
    qint64 memoryMb = 0;
    qint64 pageSize = 0;      // Nova's encoding: 0 none, -1 small, -2 large, -3 any, else KiB
    CpuList allCpus() const;
};

struct GuestNumaRequest
{
    QList<GuestCellRequest> cells;
    bool pinned = false;         // dedicated or mixed
    bool sharedPolicy = true;    // shared or unset (first cell decides how host cells are sorted)
    QString threadPolicy;        // prefer (or empty), isolate, require
    bool emulatorIsolate = false;
};

// A guest cell placed on a host cell (InstanceNUMACell after numa_fit_instance_to_host).
struct FittedCell
{
    GuestCellRequest request;
    int hostCell = -1;
    quint64 pageSizeKiB = 0;     // chosen page size; 0 when none was requested
    QMap<int, int> pinning;      // vCPU -> pCPU
    CpuList reserved;            // the emulator threads' pCPU (isolate), on the first cell
    int threads = 0;             // pinned cells: the threads per core of the pinning (Nova 23's
                                 // instance_cell.cpu_topology.threads); 0 when not pinned
};

// Extra acceptance test for a candidate placement (host cell ids in guest cell order), e.g.
// "a free vDPA device on one of these cells". Empty: accept.
using PlacementCheck = std::function<bool(const QList<int> &hostCells)>;

// hardware.numa_fit_instance_to_host: host cells (with their usage: pinned CPUs, memory and
// shared-CPU usage, free pages) sorted the way Nova sorts them
// ([compute] packing_host_numa_cells_allocation_strategy=False), permutations
// tried in order, each cell fitted with _numa_fit_instance_cell / _pack_instance_onto_cores
// (thread policy, emulator threads isolate taking one extra pCPU on the first cell, page sizes
// with enough free pages; the shared-CPU and memory limits when the topology has them).
// std::nullopt when the instance does not fit (NoValidHost).
std::optional<QList<FittedCell>> fitInstance(const HostNumaTopology &host, const GuestNumaRequest &request,
                                             const PlacementCheck &accept = {});

} // namespace domainxml
