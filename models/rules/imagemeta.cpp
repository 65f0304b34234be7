#include "rules/imagemeta.h"
#include "core/findingtext.h"

#include "pycompat/pyparse.h"
#include "rules/cpuspec.h"

namespace rules {
namespace {

constexpr int kNumaNodesMax = 128; // ImageMetaProps.NUMA_NODES_MAX

struct Parser
{
    const flavors::PropertyList &props;
    ImageMetaError *error;

    bool fail(const QString &exception, const QString &key, const QString &why)
    {
        if (error)
            *error = ImageMetaError{exception, key, FindingText::tr("Invalid image metadata. Error: %1").arg(why)};
        return false;
    }

    bool enumField(const QString &key, const QStringList &valid, std::optional<QString> &out)
    {
        const std::optional<QString> v = props.value(key);
        if (!v)
            return true;
        if (!valid.contains(*v))
            return fail(QStringLiteral("InvalidRequest"), key,
                        FindingText::tr("Field value %1 is invalid").arg(*v));
        out = *v;
        return true;
    }

    void stringField(const QString &key, std::optional<QString> &out) { out = props.value(key); }

    void boolField(const QString &key, std::optional<bool> &out)
    {
        if (const std::optional<QString> v = props.value(key))
            out = pyparse::lenientBool(*v);
    }

    bool intField(const QString &key, std::optional<qint64> &out)
    {
        const std::optional<QString> v = props.value(key);
        if (!v)
            return true;
        const std::optional<qint64> n = pyparse::toInt64(*v);
        if (!n)
            return fail(QStringLiteral("InvalidRequest"), key,
                        FindingText::tr("invalid literal for int() with base 10: '%1'").arg(*v));
        out = *n;
        return true;
    }

    bool numaCpus(std::optional<QList<QSet<int>>> &out)
    {
        QList<QSet<int>> cells;
        for (int cell = 0; cell < kNumaNodesMax; ++cell) {
            const QString key = QStringLiteral("hw_numa_cpus.%1").arg(cell);
            const std::optional<QString> v = props.value(key);
            if (!v)
                break;
            QString why;
            const std::optional<QSet<int>> cpus = parseCpuSpec(*v, &why);
            if (!cpus) {
                if (error)
                    *error = ImageMetaError{QStringLiteral("Invalid"), key, why};
                return false;
            }
            cells.append(*cpus);
        }
        if (!cells.isEmpty())
            out = cells;
        return true;
    }

    bool numaMem(std::optional<QList<qint64>> &out)
    {
        QList<qint64> cells;
        for (int cell = 0; cell < kNumaNodesMax; ++cell) {
            const QString key = QStringLiteral("hw_numa_mem.%1").arg(cell);
            std::optional<qint64> mb;
            if (!props.contains(key))
                break;
            if (!intField(key, mb))
                return false;
            cells.append(*mb);
        }
        if (!cells.isEmpty())
            out = cells;
        return true;
    }
};

} // namespace

std::optional<ImageMeta> parseImageMeta(const flavors::PropertyList &props, NovaRelease release, ImageMetaError *error)
{
    Parser p{props, error};
    ImageMeta m;
    p.stringField(QStringLiteral("hw_architecture"), m.architecture);
    if (!p.enumField(QStringLiteral("hw_cpu_policy"),
                     {QStringLiteral("dedicated"), QStringLiteral("shared"), QStringLiteral("mixed")}, m.cpuPolicy))
        return std::nullopt;
    if (!p.enumField(QStringLiteral("hw_cpu_thread_policy"),
                     {QStringLiteral("prefer"), QStringLiteral("isolate"), QStringLiteral("require")}, m.cpuThreadPolicy))
        return std::nullopt;
    p.stringField(QStringLiteral("hw_cpu_realtime_mask"), m.cpuRealtimeMask);
    if (release.atLeast(26))
        p.boolField(QStringLiteral("hw_locked_memory"), m.lockedMemory);
    p.stringField(QStringLiteral("hw_machine_type"), m.machineType);
    p.stringField(QStringLiteral("hw_mem_page_size"), m.memPageSize);
    if (!p.intField(QStringLiteral("hw_numa_nodes"), m.numaNodes) || !p.numaCpus(m.numaCpus) || !p.numaMem(m.numaMem))
        return std::nullopt;
    if (!p.enumField(QStringLiteral("hw_pci_numa_affinity_policy"),
                     {QStringLiteral("required"), QStringLiteral("legacy"), QStringLiteral("preferred"), QStringLiteral("socket")},
                     m.pciNumaAffinityPolicy))
        return std::nullopt;
    p.boolField(QStringLiteral("hw_pmu"), m.pmu);
    if (release.atLeast(26)
        && !p.enumField(QStringLiteral("hw_viommu_model"),
                        {QStringLiteral("intel"), QStringLiteral("smmuv3"), QStringLiteral("virtio"), QStringLiteral("auto")},
                        m.viommuModel))
        return std::nullopt;
    p.boolField(QStringLiteral("hw_vif_multiqueue_enabled"), m.vifMultiqueue);
    return m;
}

} // namespace rules
