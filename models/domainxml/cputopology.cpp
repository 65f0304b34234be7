#include "domainxml/cputopology.h"

#include <algorithm>

namespace domainxml {
namespace {

int specInt(const flavors::PropertyList &props, const QString &key)
{
    return props.value(key).value_or(QString()).trimmed().toInt();
}

// (flavor value, image value) of hw:cpu_X / hw_cpu_X, 0 when unset
std::pair<int, int> both(const flavors::Flavor &f, const char *name)
{
    const QString n = QLatin1String(name);
    return {specInt(f.extraSpecs, QStringLiteral("hw:") + n), specInt(f.imageProperties, QStringLiteral("hw_") + n)};
}

} // namespace

CpuTopology bestCpuTopology(const flavors::Flavor &flavor, int numaThreads)
{
    const auto [fms, ims] = both(flavor, "cpu_max_sockets");
    const auto [fmc, imc] = both(flavor, "cpu_max_cores");
    const auto [fmt, imt] = both(flavor, "cpu_max_threads");
    const int maxS = ims ? ims : fms ? fms : 65536;
    const int maxC = imc ? imc : fmc ? fmc : 65536;
    const int maxT = imt ? imt : fmt ? fmt : 65536;
    auto [fs, is] = both(flavor, "cpu_sockets");
    auto [fc, ic] = both(flavor, "cpu_cores");
    auto [ft, it] = both(flavor, "cpu_threads");
    if (fs > maxS || fc > maxC || ft > maxT)
        fs = fc = ft = 0;
    const bool image = is || ic || it;
    const CpuTopology want{image ? is : fs, image ? ic : fc, image ? it : ft};
    const int v = flavor.vcpus;
    QList<CpuTopology> possible;
    for (int s = 1; s <= std::min(v, maxS); ++s)
        for (int c = 1; c <= std::min(v, maxC); ++c)
            for (int t = 1; t <= std::min(v, maxT); ++t)
                if (s * c * t == v)
                    possible.append({s, c, t});
    if (possible.isEmpty())
        return {v, 1, 1};
    std::stable_sort(possible.begin(), possible.end(), [](const CpuTopology &a, const CpuTopology &b) {
        return std::make_tuple(a.sockets * a.cores, a.sockets, a.threads) > std::make_tuple(b.sockets * b.cores, b.sockets, b.threads);
    });
    if (numaThreads > 0) { // nova/virt/hardware.py (23.0.0) _filter_for_numa_threads
        const int wantThreads = std::max(1, want.threads ? std::min(want.threads, numaThreads) : numaThreads);
        int most = 0;
        for (const CpuTopology &t : possible)
            if (t.threads <= wantThreads)
                most = std::max(most, t.threads);
        possible.removeIf([&](const CpuTopology &t) { return t.threads != most; });
        if (possible.isEmpty())
            return {v, 1, 1};
    }
    const auto score = [&](const CpuTopology &t) {
        return int(want.sockets && t.sockets == want.sockets) + int(want.cores && t.cores == want.cores)
               + int(want.threads && t.threads == want.threads);
    };
    std::stable_sort(possible.begin(), possible.end(), [&](const CpuTopology &a, const CpuTopology &b) { return score(a) > score(b); });
    return possible.constFirst();
}

} // namespace domainxml
