// nova/virt/hardware.py numa_fit_instance_to_host and its helpers, on sorted CPU lists.
#include "domainxml/numafit.h"

#include <algorithm>
#include <numeric>

namespace domainxml {

CpuList GuestCellRequest::allCpus() const
{
    CpuList all = cpus + pcpus;
    std::sort(all.begin(), all.end());
    return all;
}

namespace {

using Pinning = std::optional<QList<std::pair<int, int>>>;

Pinning pinningFor(int threads, const QList<CpuList> &sets, const CpuList &vcpus)
{
    if (threads * sets.size() < vcpus.size())
        return std::nullopt;
    CpuList usable;
    for (const CpuList &s : sets)
        usable.append(s.mid(0, threads));
    QList<std::pair<int, int>> out;
    for (qsizetype i = 0; i < vcpus.size() && i < usable.size(); ++i)
        out.append({vcpus.at(i), usable.at(i)});
    return out;
}

CpuList reservedFor(QList<CpuList> sets, const Pinning &pinning, int count, bool isolate)
{
    if (!pinning || pinning->isEmpty() || count == 0)
        return {};
    for (const auto &[vcpu, pcpu] : *pinning) {
        Q_UNUSED(vcpu);
        for (qsizetype i = 0; i < sets.size(); ++i) {
            if (!sets.at(i).contains(pcpu))
                continue;
            if (isolate)
                sets.removeAt(i--);
            else
                sets[i].removeAll(pcpu);
        }
    }
    CpuList all;
    for (const CpuList &s : sets)
        all.append(s);
    return all.mid(0, count);
}

struct PackResult
{
    Pinning pinning;
    CpuList reserved;
    int threads = 1; // see FittedCell::threads
};

// _pack_instance_onto_cores
std::optional<PackResult> pack(const HostNumaCell &host, const GuestCellRequest &cell, const QString &policy, int reserve)
{
    qsizetype tpc = 1;
    for (const CpuList &s : host.siblings)
        tpc = std::max(tpc, s.size());
    QMap<qsizetype, QList<CpuList>> sets;
    const CpuList freePcpus = host.freePcpus();
    for (const CpuList &sib : host.siblings) {
        CpuList free; // sib & free_pcpus, keeping the sibling's (Python set) order
        for (int cpu : sib)
            if (std::binary_search(freePcpus.cbegin(), freePcpus.cend(), cpu))
                free.append(cpu);
        for (qsizetype t = 1; t <= free.size(); ++t)
            sets[t].append(free);
    }
    PackResult r;
    if (policy == QLatin1String("isolate")) {
        if (!sets.contains(tpc) || (tpc != 1 && host.pcpuset != host.cpuset))
            return std::nullopt;
        r.pinning = pinningFor(1, sets.value(tpc), cell.pcpus);
        r.reserved = reservedFor(sets.value(1), r.pinning, reserve, true);
        if (!r.pinning || r.pinning->isEmpty() || (reserve && r.reserved.isEmpty()))
            return std::nullopt;
        return r;
    }
    const bool require = policy == QLatin1String("require");
    if (require && tpc <= 1)
        return std::nullopt;
    qsizetype threads = 1;
    const QList<qsizetype> keys = sets.keys();
    for (auto it = keys.crbegin(); it != keys.crend(); ++it) {
        threads = *it;
        if (require && threads <= 1)
            continue;
        r.pinning = pinningFor(int(threads), sets.value(threads), cell.pcpus);
        r.reserved = reservedFor(sets.value(1), r.pinning, reserve, false);
        if (!r.pinning || (reserve && r.reserved.isEmpty()))
            continue;
        break;
    }
    // nova/virt/hardware.py (23.0.0) _pack_instance_onto_cores: threads_no = _threads(), the GCD of
    // the thread count used and the vCPUs left over (1 for isolate and the fallback below)
    r.threads = std::gcd(int(threads), int(cell.allCpus().size() % threads)); // len(instance_cell): every vCPU
    if (!require && !r.pinning) {
        r.threads = 1;
        QList<CpuList> singles;
        for (const CpuList &s : sets.value(1))
            for (int cpu : s)
                singles.append(CpuList{cpu});
        r.pinning = pinningFor(int(threads), singles, cell.pcpus);
        r.reserved = reservedFor(singles, r.pinning, reserve, false);
    }
    if (!r.pinning || (reserve && r.reserved.isEmpty()))
        return std::nullopt;
    return r;
}

// _numa_cell_supports_pagesize_request; 0 when no page size fits
quint64 pageSizeFor(const HostNumaCell &host, const GuestCellRequest &cell)
{
    QList<quint64> sizes;
    for (const PagePool &p : host.pages)
        sizes.prepend(p.sizeKiB); // descending
    if (cell.pageSize == -1)
        sizes = sizes.mid(sizes.size() - 1);
    else if (cell.pageSize == -2)
        sizes = sizes.mid(0, sizes.size() - 1);
    else if (cell.pageSize > 0)
        sizes = {quint64(cell.pageSize)};
    const quint64 memKiB = quint64(cell.memoryMb) * 1024;
    for (quint64 size : sizes) {
        const PagePool *pool = host.pool(size);
        if (pool && pool->canFit(memKiB, true))
            return size;
    }
    return 0;
}

// _numa_fit_instance_cell; `cell` keeps what Nova writes back into the request (page size)
std::optional<FittedCell> fitCell(const HostNumaCell &host, GuestCellRequest &cell, const GuestNumaRequest &req, int reserve,
                                  const std::optional<NumaLimits> &limits)
{
    FittedCell out;
    if (cell.pageSize) {
        out.pageSizeKiB = pageSizeFor(host, cell);
        if (!out.pageSizeKiB)
            return std::nullopt;
        cell.pageSize = qint64(out.pageSizeKiB);
    } else if (!host.pages.isEmpty()) {
        if (!host.pages.constFirst().canFit(quint64(cell.memoryMb) * 1024, req.pinned))
            return std::nullopt;
    } else if ((req.pinned ? host.availMemoryMb() : qint64(host.memoryKiB / 1024)) < cell.memoryMb) {
        return std::nullopt;
    }
    if (req.pinned && cell.pcpus.size() + reserve > host.pcpuset.size())
        return std::nullopt;
    if (cell.cpus.size() > host.cpuset.size())
        return std::nullopt;
    if (req.pinned && cell.pcpus.size() + reserve > host.freePcpus().size())
        return std::nullopt;
    if (req.pinned) {
        const std::optional<PackResult> packed = pack(host, cell, req.threadPolicy, reserve);
        if (!packed)
            return std::nullopt;
        for (const auto &[vcpu, pcpu] : *packed->pinning)
            out.pinning.insert(vcpu, pcpu);
        out.reserved = packed->reserved;
        out.threads = packed->threads;
    }
    if (limits && (!req.pinned || !cell.cpus.isEmpty())) { // shared or mixed
        if (double(host.cpuUsage + cell.cpus.size()) > double(host.cpuset.size()) * limits->cpuAllocationRatio)
            return std::nullopt;
        if (double(host.memoryUsageMb + cell.memoryMb) > double(host.memoryKiB / 1024) * limits->ramAllocationRatio)
            return std::nullopt;
    }
    out.request = cell;
    out.hostCell = host.id;
    return out;
}

QList<HostNumaCell> sortedCells(const HostNumaTopology &host, const GuestNumaRequest &req)
{
    QList<HostNumaCell> cells = host.cells;
    if (cells.size() <= req.cells.size())
        return cells;
    std::stable_sort(cells.begin(), cells.end(), [](const HostNumaCell &a, const HostNumaCell &b) { return a.availMemoryMb() > b.availMemoryMb(); });
    if (req.sharedPolicy)
        std::stable_sort(cells.begin(), cells.end(), [](const HostNumaCell &a, const HostNumaCell &b) { return a.cpuUsage < b.cpuUsage; });
    else
        std::stable_sort(cells.begin(), cells.end(), [](const HostNumaCell &a, const HostNumaCell &b) { return a.freePcpus().size() > b.freePcpus().size(); });
    return cells;
}

// itertools.permutations(range(n), k) in order
bool nextPermutation(QList<int> &idx, int n)
{
    const int k = int(idx.size());
    for (int pos = k - 1; pos >= 0; --pos) {
        for (int v = idx.at(pos) + 1; v < n; ++v) {
            if (idx.mid(0, pos).contains(v))
                continue;
            idx[pos] = v;
            int next = 0;
            for (int p = pos + 1; p < k; ++p) {
                while (idx.mid(0, p).contains(next))
                    ++next;
                idx[p] = next++;
            }
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<QList<FittedCell>> fitInstance(const HostNumaTopology &host, const GuestNumaRequest &request, const PlacementCheck &accept)
{
    const QList<HostNumaCell> cells = sortedCells(host, request);
    const int k = int(request.cells.size());
    if (k == 0 || cells.size() < k)
        return std::nullopt;
    QList<GuestCellRequest> guest = request.cells; // Nova mutates the request as it goes
    QList<int> idx;
    for (int i = 0; i < k; ++i)
        idx.append(i);
    do {
        QList<FittedCell> chosen;
        for (int i = 0; i < k; ++i) {
            const int reserve = request.emulatorIsolate && i == 0 ? 1 : 0;
            const std::optional<FittedCell> got = fitCell(cells.at(idx.at(i)), guest[i], request, reserve, host.limits);
            if (!got)
                break;
            chosen.append(*got);
        }
        if (chosen.size() != k)
            continue;
        QList<int> hostIds;
        for (const FittedCell &c : chosen)
            hostIds.append(c.hostCell);
        if (!accept || accept(hostIds))
            return chosen;
    } while (nextPermutation(idx, int(cells.size())));
    return std::nullopt;
}

} // namespace domainxml
