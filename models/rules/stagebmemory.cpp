// The memory half of numa_get_constraints(): page size, locked memory, NUMA maps.
#include "rules/cpuspec.h"
#include "core/findingtext.h"
#include "pycompat/pyparse.h"
#include "rules/stagebimpl.h"

#include <algorithm>

namespace rules::detail {
namespace {

QString k(const char *key)
{
    return QLatin1String(key);
}

constexpr int kNumaNodesMax = 128;

} // namespace

bool StageB::pageSize()
{
    const QString fl = spec(k("hw:mem_page_size")).value_or(QString());
    const QString im = result.image.memPageSize.value_or(QString());
    if (fl.isEmpty() && !im.isEmpty())
        return fail(k("MemoryPageSizeForbidden"), k("mem.image-page-size-forbidden"), {k("hw_mem_page_size")},
                    FindingText::tr("Page size %1 forbidden against '<empty>': an image cannot request hugepages unless the "
                                   "flavor sets hw:mem_page_size=large or any.").arg(im),
                    k("set hw:mem_page_size=large in the flavor"));
    if (fl.isEmpty())
        return true;
    const std::optional<PageSize> flavorSize = parsePageSize(fl);
    if (!flavorSize)
        return fail(k("MemoryPageSizeInvalid"), k("mem.page-size-invalid"), {k("hw:mem_page_size")},
                    FindingText::tr("Invalid memory page size '%1': Nova reads sizes with a unit through oslo string_to_bytes "
                                   "(IEC), which needs a trailing B, b or bit and upper-case K/M/G/T (e.g. 2MB, 1GB, 2048).").arg(fl));
    result.shape.pageSize = flavorSize;
    if (im.isEmpty())
        return true;
    if (flavorSize->kind == PageSize::Kind::Any || flavorSize->kind == PageSize::Kind::Large) {
        const std::optional<PageSize> imageSize = parsePageSize(im);
        if (!imageSize)
            return fail(k("MemoryPageSizeInvalid"), k("mem.page-size-invalid"), {k("hw_mem_page_size")},
                        FindingText::tr("Invalid memory page size '%1' in the image.").arg(im));
        result.shape.pageSize = imageSize;
        return true;
    }
    return fail(k("MemoryPageSizeForbidden"), k("mem.image-page-size-forbidden"), {k("hw:mem_page_size"), k("hw_mem_page_size")},
                FindingText::tr("Page size %1 forbidden against '%2': the image may choose the page size only when the flavor "
                               "says large or any.").arg(im, fl),
                k("set hw:mem_page_size=large in the flavor, or remove hw_mem_page_size from the image"));
}

bool StageB::lockedMemory()
{
    const std::optional<QString> fl = spec(k("hw:locked_memory"));
    const std::optional<bool> im = result.image.lockedMemory;
    std::optional<bool> locked = im;
    if (fl) {
        const bool flavorValue = pyparse::lenientBool(*fl);
        if (im && *im != flavorValue)
            return fail(k("FlavorImageLockedMemoryConflict"), k("mem.locked-memory-conflict"), {k("hw:locked_memory"), k("hw_locked_memory")},
                        FindingText::tr("locked_memory value in image (%1) and flavor (%2) conflict.")
                            .arg(*im ? k("True") : k("False"), flavorValue ? k("True") : k("False")),
                        k("remove hw_locked_memory from the image"));
        locked = flavorValue;
    }
    result.shape.lockedMemory = locked;
    const bool pageSet = !spec(k("hw:mem_page_size")).value_or(QString()).isEmpty()
                         || !result.image.memPageSize.value_or(QString()).isEmpty();
    if (locked.value_or(false) && !pageSet)
        return fail(k("LockMemoryForbidden"), k("mem.locked-memory-needs-page-size"), {k("hw:locked_memory"), k("hw:mem_page_size")},
                    FindingText::tr("locked_memory value in image or flavor is forbidden when mem_page_size is not set."),
                    k("set hw:mem_page_size (e.g. large or 1GB)"));
    return true;
}

bool StageB::flavorCpuMaps(std::optional<QList<QSet<int>>> &out)
{
    QList<QSet<int>> cells;
    for (int cell = 0; cell < kNumaNodesMax; ++cell) {
        const QString key = QStringLiteral("hw:numa_cpus.%1").arg(cell);
        const std::optional<QString> v = spec(key);
        if (!v)
            break;
        QString why;
        const std::optional<QSet<int>> cpus = parseCpuSpec(*v, &why);
        if (!cpus)
            return fail(k("Invalid"), k("cpu.mask-syntax"), {key}, why);
        cells.append(*cpus);
    }
    if (!cells.isEmpty())
        out = cells;
    return true;
}

bool StageB::numaMaps(int nodes)
{
    result.shape.numaNodes = nodes;
    std::optional<QList<QSet<int>>> cpuList;
    if (!flavorCpuMaps(cpuList))
        return false;
    const QString forbidden = FindingText::tr("The flavor sets the NUMA maps, so the image may not set %1.");
    if (!cpuList)
        cpuList = result.image.numaCpus;
    else if (result.image.numaCpus)
        return fail(k("ImageNUMATopologyForbidden"), k("numa.flavor-and-image"), {k("hw:numa_cpus.N"), k("hw_numa_cpus.N")},
                    forbidden.arg(k("hw_numa_cpus.N")), k("remove hw_numa_cpus.N from the image"));
    QList<qint64> flavorMem;
    for (int cell = 0; cell < kNumaNodesMax; ++cell) {
        const std::optional<QString> v = spec(QStringLiteral("hw:numa_mem.%1").arg(cell));
        if (!v)
            break;
        flavorMem.append(pyparse::toInt64(*v).value_or(0));
    }
    std::optional<QList<qint64>> memList;
    if (!flavorMem.isEmpty()) {
        if (result.image.numaMem)
            return fail(k("ImageNUMATopologyForbidden"), k("numa.flavor-and-image"), {k("hw:numa_mem.N"), k("hw_numa_mem.N")},
                        forbidden.arg(k("hw_numa_mem.N")), k("remove hw_numa_mem.N from the image"));
        memList = flavorMem;
    } else {
        memList = result.image.numaMem;
    }
    const QStringList mapKeys{k("hw:numa_nodes"), k("hw:numa_cpus.N"), k("hw:numa_mem.N")};
    if (!cpuList && !memList) {
        if (flavor.vcpus % nodes || flavor.ramMb % nodes)
            return fail(k("ImageNUMATopologyAsymmetric"), k("numa.asymmetric"), {k("hw:numa_nodes")},
                        FindingText::tr("%1 vCPUs and %2 MB cannot be split evenly over %3 NUMA nodes.").arg(flavor.vcpus).arg(flavor.ramMb).arg(nodes),
                        k("give explicit hw:numa_cpus.N and hw:numa_mem.N maps"));
        return true;
    }
    if (!cpuList || !memList || cpuList->size() != nodes || memList->size() != nodes)
        return fail(k("ImageNUMATopologyIncomplete"), k("numa.incomplete"), mapKeys,
                    FindingText::tr("Every one of the %1 NUMA nodes needs both a numa_cpus.N and a numa_mem.N entry.").arg(nodes));
    QSet<int> avail;
    for (int i = 0; i < flavor.vcpus; ++i)
        avail.insert(i);
    qint64 total = 0;
    for (int node = 0; node < nodes; ++node) {
        QList<int> cpus(cpuList->at(node).begin(), cpuList->at(node).end());
        std::sort(cpus.begin(), cpus.end());
        for (int cpu : cpus) {
            if (cpu > flavor.vcpus - 1)
                return fail(k("ImageNUMATopologyCPUOutOfRange"), k("numa.cpu-out-of-range"), mapKeys,
                            FindingText::tr("vCPU %1 in the NUMA map is beyond the flavor's last vCPU %2.").arg(cpu).arg(flavor.vcpus - 1));
            if (!avail.remove(cpu))
                return fail(k("ImageNUMATopologyCPUDuplicates"), k("numa.cpu-duplicates"), mapKeys,
                            FindingText::tr("vCPU %1 is mapped to more than one NUMA node.").arg(cpu));
        }
        total += memList->at(node);
    }
    if (!avail.isEmpty())
        return fail(k("ImageNUMATopologyCPUsUnassigned"), k("numa.cpus-unassigned"), mapKeys,
                    FindingText::tr("vCPU(s) %1 are not mapped to any NUMA node.").arg(formatCpuSet(avail)));
    if (total != flavor.ramMb)
        return fail(k("ImageNUMATopologyMemoryOutOfRange"), k("numa.memory-sum"), mapKeys,
                    FindingText::tr("The NUMA memory map adds up to %1 MB, not the flavor's %2 MB (hw:numa_mem.N is in MB).").arg(total).arg(flavor.ramMb));
    return true;
}

} // namespace rules::detail
