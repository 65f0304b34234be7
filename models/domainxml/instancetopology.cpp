#include "domainxml/instancetopology.h"

#include "pycompat/pyparse.h"
#include "rules/cpuspec.h"

namespace domainxml {
namespace {

qint64 pageSizeCode(const std::optional<rules::PageSize> &p)
{
    if (!p)
        return 0;
    switch (p->kind) {
    case rules::PageSize::Kind::Small: return -1;
    case rules::PageSize::Kind::Large: return -2;
    case rules::PageSize::Kind::Any: return -3;
    case rules::PageSize::Kind::Size: return qint64(p->kib);
    }
    return 0;
}

// hw:numa_cpus.N / hw:numa_mem.N from the flavor, else the image's; empty when neither.
void explicitMaps(const flavors::Flavor &flavor, const rules::ImageMeta &image, int nodes, QList<CpuList> &cpus, QList<qint64> &mem)
{
    for (int i = 0; i < nodes; ++i) {
        const std::optional<QString> c = flavor.extraSpecs.value(QStringLiteral("hw:numa_cpus.%1").arg(i));
        const std::optional<QString> m = flavor.extraSpecs.value(QStringLiteral("hw:numa_mem.%1").arg(i));
        if (c) {
            const std::optional<QSet<int>> set = rules::parseCpuSpec(*c);
            cpus.append(set ? toCpuList(*set) : CpuList{});
        }
        if (m)
            mem.append(pyparse::toInt64(*m).value_or(0));
    }
    if (cpus.isEmpty() && image.numaCpus) {
        for (const QSet<int> &s : *image.numaCpus)
            cpus.append(toCpuList(s));
    }
    if (mem.isEmpty() && image.numaMem)
        mem = *image.numaMem;
}

} // namespace

CpuList mixedDedicatedCpus(const flavors::Flavor &flavor, const rules::InstanceShape &shape)
{
    const QString mask = flavor.extraSpecs.value(QStringLiteral("hw:cpu_dedicated_mask")).value_or(QString());
    if (!mask.isEmpty()) {
        const std::optional<QSet<int>> set = rules::applyCpuMask(mask, flavor.vcpus);
        return set ? toCpuList(*set) : CpuList{};
    }
    return shape.realtimeCpus ? toCpuList(*shape.realtimeCpus) : CpuList{};
}

std::optional<GuestNumaRequest> instanceNumaRequest(const flavors::Flavor &flavor, const rules::StageBResult &stageB)
{
    const rules::InstanceShape &shape = stageB.shape;
    if (!shape.hasNumaTopology())
        return std::nullopt;
    const int nodes = shape.numaNodes;
    QList<CpuList> cpus;
    QList<qint64> mem;
    explicitMaps(flavor, stageB.image, nodes, cpus, mem);
    if (cpus.isEmpty() || mem.isEmpty()) {
        cpus.clear();
        mem.clear();
        const int per = flavor.vcpus / nodes;
        for (int i = 0; i < nodes; ++i) {
            CpuList c;
            for (int v = i * per; v < (i + 1) * per; ++v)
                c.append(v);
            cpus.append(c);
            mem.append(flavor.ramMb / nodes);
        }
    }
    const QString policy = shape.cpuPolicy.value_or(QString());
    GuestNumaRequest req;
    req.pinned = policy == QLatin1String("dedicated") || policy == QLatin1String("mixed");
    req.sharedPolicy = !req.pinned;
    req.threadPolicy = shape.cpuThreadPolicy.value_or(QStringLiteral("prefer"));
    req.emulatorIsolate = shape.emulatorThreadsPolicy == QStringLiteral("isolate");
    const CpuList dedicated = policy == QLatin1String("mixed") ? mixedDedicatedCpus(flavor, shape) : CpuList{};
    for (int i = 0; i < nodes; ++i) {
        GuestCellRequest cell;
        cell.id = i;
        cell.memoryMb = mem.value(i);
        cell.pageSize = pageSizeCode(shape.pageSize);
        if (policy == QLatin1String("dedicated")) {
            cell.pcpus = cpus.value(i);
        } else if (policy == QLatin1String("mixed")) {
            cell.pcpus = intersect(cpus.value(i), dedicated);
            for (int v : cpus.value(i))
                if (!cell.pcpus.contains(v))
                    cell.cpus.append(v);
        } else {
            cell.cpus = cpus.value(i);
        }
        req.cells.append(cell);
    }
    return req;
}

} // namespace domainxml
