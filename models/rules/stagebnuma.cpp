// numa_get_constraints() of nova/virt/hardware.py, step by step in Nova's order.
#include "rules/cpuspec.h"
#include "core/findingtext.h"
#include "pycompat/pyparse.h"
#include "rules/stagebimpl.h"

#include <QRegularExpression>

#include <algorithm>

namespace rules::detail {
namespace {

const QStringList kPolicies{QStringLiteral("dedicated"), QStringLiteral("shared"), QStringLiteral("mixed")};
const QStringList kThreadPolicies{QStringLiteral("prefer"), QStringLiteral("isolate"), QStringLiteral("require")};

QString k(const char *key)
{
    return QLatin1String(key);
}

} // namespace

bool StageB::cpuPolicy()
{
    const QString fl = spec(k("hw:cpu_policy")).value_or(QString());
    const QString im = result.image.cpuPolicy.value_or(QString());
    if (!fl.isEmpty() && !kPolicies.contains(fl))
        return fail(k("InvalidCPUAllocationPolicy"), k("cpu.invalid-policy"), {k("hw:cpu_policy")},
                    FindingText::tr("CPU policy '%1' is not one of dedicated, shared, mixed.").arg(fl));
    const QStringList both{k("hw:cpu_policy"), k("hw_cpu_policy")};
    const QString forbidden = FindingText::tr("Image property hw_cpu_policy=%1 is not allowed with flavor hw:cpu_policy=%2.").arg(im, fl);
    if (fl == QLatin1String("dedicated")) {
        result.shape.cpuPolicy = fl;
    } else if (fl == QLatin1String("mixed")) {
        if (im == QLatin1String("dedicated"))
            return fail(k("ImageCPUPinningForbidden"), k("cpu.image-policy-forbidden"), both, forbidden, k("remove hw_cpu_policy from the image"));
        result.shape.cpuPolicy = fl;
    } else if (fl == QLatin1String("shared")) {
        if (im == QLatin1String("mixed") || im == QLatin1String("dedicated"))
            return fail(k("ImageCPUPinningForbidden"), k("cpu.image-policy-forbidden"), both, forbidden, k("remove hw_cpu_policy from the image"));
        result.shape.cpuPolicy = fl;
    } else if (kPolicies.contains(im)) {
        result.shape.cpuPolicy = im;
    }
    return true;
}

bool StageB::threadPolicy()
{
    const QString fl = spec(k("hw:cpu_thread_policy")).value_or(QString());
    const QString im = result.image.cpuThreadPolicy.value_or(QString());
    if (!fl.isEmpty() && !kThreadPolicies.contains(fl))
        return fail(k("InvalidCPUThreadAllocationPolicy"), k("cpu.invalid-policy"), {k("hw:cpu_thread_policy")},
                    FindingText::tr("CPU thread policy '%1' is not one of prefer, isolate, require.").arg(fl));
    const bool flavorSet = spec(k("hw:cpu_thread_policy")).has_value();
    if (!flavorSet || fl == QLatin1String("prefer")) {
        const QString chosen = !fl.isEmpty() ? fl : im;
        if (!chosen.isEmpty())
            result.shape.cpuThreadPolicy = chosen;
    } else if (!im.isEmpty() && im != fl) {
        return fail(k("ImageCPUThreadPolicyForbidden"), k("cpu.image-thread-policy-forbidden"),
                    {k("hw:cpu_thread_policy"), k("hw_cpu_thread_policy")},
                    FindingText::tr("Image hw_cpu_thread_policy=%1 conflicts with flavor hw:cpu_thread_policy=%2.").arg(im, fl),
                    k("remove hw_cpu_thread_policy from the image"));
    } else if (!fl.isEmpty()) {
        result.shape.cpuThreadPolicy = fl;
    }
    return true;
}

bool StageB::dedicatedMask(std::optional<QSet<int>> &dedicated)
{
    const QString mask = spec(k("hw:cpu_dedicated_mask")).value_or(QString());
    if (mask.isEmpty())
        return true;
    QString why;
    const std::optional<QSet<int>> pcpus = applyCpuMask(mask, flavor.vcpus, &why);
    if (!pcpus)
        return fail(k("Invalid"), k("cpu.mask-syntax"), {k("hw:cpu_dedicated_mask")}, why);
    QSet<int> all;
    for (int i = 0; i < flavor.vcpus; ++i)
        all.insert(i);
    if (pcpus->isEmpty() || (all - *pcpus).isEmpty())
        return fail(k("InvalidMixedInstanceDedicatedMask"), k("cpu.mixed-mask-invalid"), {k("hw:cpu_dedicated_mask")},
                    FindingText::tr("hw:cpu_dedicated_mask=%1 must leave at least one dedicated and one shared vCPU.").arg(mask));
    if (!all.contains(*pcpus))
        return fail(k("InvalidMixedInstanceDedicatedMask"), k("cpu.mixed-mask-invalid"), {k("hw:cpu_dedicated_mask")},
                    FindingText::tr("hw:cpu_dedicated_mask=%1 names vCPUs outside 0-%2.").arg(mask).arg(flavor.vcpus - 1));
    dedicated = *pcpus;
    return true;
}

bool StageB::cpuResources()
{
    static const QRegularExpression vcpuKey(QStringLiteral("^resources([1-9][0-9]*)?:VCPU"));
    static const QRegularExpression pcpuKey(QStringLiteral("^resources([1-9][0-9]*)?:PCPU"));
    qint64 vcpu = 0;
    qint64 pcpu = 0;
    for (const flavors::Property &p : flavor.extraSpecs.items()) {
        const std::optional<qint64> n = pyparse::toInt64(p.value);
        if (vcpuKey.match(p.key).hasMatch() && n)
            vcpu += *n;
        if (pcpuKey.match(p.key).hasMatch() && n)
            pcpu += *n;
    }
    const QStringList keys{k("resources:VCPU"), k("resources:PCPU")};
    if (result.shape.cpuPolicy && (vcpu || pcpu))
        return fail(k("InvalidRequest"), k("cpu.resources-with-policy"), keys + QStringList{k("hw:cpu_policy")},
                    FindingText::tr("resources:VCPU or resources:PCPU cannot be combined with hw:cpu_policy or hw_cpu_policy; use one or the other."),
                    k("remove resources:PCPU/resources:VCPU and keep hw:cpu_policy"));
    if (vcpu && pcpu)
        return fail(k("InvalidRequest"), k("cpu.resources-vcpu-and-pcpu"), keys,
                    FindingText::tr("resources:VCPU and resources:PCPU cannot both be requested; use one or the other."));
    const bool isolate = result.shape.emulatorThreadsPolicy == QStringLiteral("isolate");
    if (pcpu) {
        const qint64 want = flavor.vcpus + (isolate ? 1 : 0);
        if (pcpu != want)
            return fail(k("InvalidRequest"), k("cpu.pcpu-count"), {k("resources:PCPU")},
                        (isolate ? FindingText::tr("resources:PCPU=%1 must equal %2 (vcpus + 1 for hw:emulator_threads_policy=isolate).")
                                 : FindingText::tr("resources:PCPU=%1 must equal %2 (vcpus).")).arg(pcpu).arg(want),
                        QStringLiteral("set resources:PCPU=%1").arg(want));
        result.shape.cpuPolicy = k("dedicated");
    }
    if (vcpu)
        result.shape.cpuPolicy = k("shared");
    return true;
}

bool StageB::policySanity(const std::optional<QSet<int>> &dedicated)
{
    static const QRegularExpression htKey(QStringLiteral("^trait([1-9][0-9]*)?:HW_CPU_HYPERTHREADING"));
    QString ht;
    for (const flavors::Property &p : flavor.extraSpecs.items()) {
        if (htKey.match(p.key).hasMatch()) {
            ht = p.value;
            break;
        }
    }
    if (result.shape.cpuThreadPolicy && !ht.isEmpty())
        return fail(k("InvalidRequest"), k("cpu.thread-policy-with-trait"), {k("hw:cpu_thread_policy"), k("trait:HW_CPU_HYPERTHREADING")},
                    FindingText::tr("trait:HW_CPU_HYPERTHREADING cannot be combined with hw:cpu_thread_policy or hw_cpu_thread_policy."));
    if (ht == QLatin1String("forbidden"))
        result.shape.cpuThreadPolicy = k("isolate");
    else if (ht == QLatin1String("required"))
        result.shape.cpuThreadPolicy = k("require");
    const QString policy = result.shape.cpuPolicy.value_or(QString());
    const bool realtimeOn = result.shape.realtimeCpus && !result.shape.realtimeCpus->isEmpty();
    const QString pin = k("set hw:cpu_policy=dedicated");
    if (policy.isEmpty() || policy == QLatin1String("shared")) {
        if (result.shape.cpuThreadPolicy)
            return fail(k("CPUThreadPolicyConfigurationInvalid"), k("cpu.thread-policy-needs-pinning"), {k("hw:cpu_thread_policy")},
                        FindingText::tr("A CPU thread policy needs hw:cpu_policy=dedicated or mixed."), pin);
        if (result.shape.emulatorThreadsPolicy == QStringLiteral("isolate"))
            return fail(k("BadRequirementEmulatorThreadsPolicy"), k("cpu.emulator-isolate-needs-pinning"), {k("hw:emulator_threads_policy")},
                        FindingText::tr("hw:emulator_threads_policy=isolate needs hw:cpu_policy=dedicated or mixed."), pin);
        if (dedicated)
            return fail(k("RequiredMixedInstancePolicy"), k("cpu.dedicated-mask-needs-mixed"), {k("hw:cpu_dedicated_mask")},
                        FindingText::tr("hw:cpu_dedicated_mask is only valid with hw:cpu_policy=mixed."), k("set hw:cpu_policy=mixed"));
        if (realtimeOn)
            return fail(k("RealtimeConfigurationInvalid"), k("cpu.realtime-needs-pinning"), {k("hw:cpu_realtime"), k("hw:cpu_policy")},
                        FindingText::tr("Realtime needs hw:cpu_policy=dedicated or mixed; an unset policy is not implicitly dedicated."), pin);
    } else if (policy == QLatin1String("dedicated")) {
        if (dedicated)
            return fail(k("RequiredMixedInstancePolicy"), k("cpu.dedicated-mask-needs-mixed"), {k("hw:cpu_dedicated_mask")},
                        FindingText::tr("hw:cpu_dedicated_mask is only valid with hw:cpu_policy=mixed, not dedicated."), k("set hw:cpu_policy=mixed"));
    } else {
        if (realtimeOn && dedicated)
            return fail(k("RequiredMixedOrRealtimeCPUMask"), k("cpu.mixed-needs-one-mask"), {k("hw:cpu_dedicated_mask"), k("hw:cpu_realtime_mask")},
                        FindingText::tr("Under hw:cpu_policy=mixed give either hw:cpu_dedicated_mask or a realtime mask, not both."));
        if (!realtimeOn && !dedicated)
            return fail(k("RequiredMixedOrRealtimeCPUMask"), k("cpu.mixed-needs-one-mask"), {k("hw:cpu_policy")},
                        FindingText::tr("hw:cpu_policy=mixed needs hw:cpu_dedicated_mask or hw:cpu_realtime with a mask."));
    }
    return true;
}

bool StageB::nodeCount(int &nodes)
{
    const std::optional<QString> fl = spec(k("hw:numa_nodes"));
    const std::optional<qint64> im = result.image.numaNodes;
    const bool flTruthy = fl && !fl->isEmpty();
    const bool imTruthy = im && *im != 0;
    if (flTruthy && imTruthy)
        return fail(k("ImageNUMATopologyForbidden"), k("numa.flavor-and-image"), {k("hw:numa_nodes"), k("hw_numa_nodes")},
                    FindingText::tr("hw:numa_nodes is set in the flavor, so the image may not set hw_numa_nodes, even to the same value."),
                    k("remove hw_numa_nodes from the image"));
    nodes = 0;
    if (flTruthy) {
        const std::optional<qint64> n = pyparse::toInt64(*fl);
        if (!pyparse::isIntLike(*fl) || !n || *n < 1)
            return fail(k("InvalidNUMANodesNumber"), k("numa.invalid-node-count"), {k("hw:numa_nodes")},
                        FindingText::tr("hw:numa_nodes=%1 is not a plain positive integer.").arg(*fl));
        nodes = int(std::min<qint64>(*n, 1 << 20));
    } else if (im) {
        if (*im < 1)
            return fail(k("InvalidNUMANodesNumber"), k("numa.invalid-node-count"), {k("hw_numa_nodes")},
                        FindingText::tr("hw_numa_nodes=%1 is not a positive integer.").arg(*im));
        nodes = int(std::min<qint64>(*im, 1 << 20));
    }
    return true;
}

// In every-blocker mode a check runs only when the checks whose results it reads passed.
bool StageB::numaConstraints(bool realtimeOk)
{
    std::optional<QSet<int>> dedicated;
    const bool policyOk = cpuPolicy();
    if (!goOn(policyOk))
        return false;
    const bool threadOk = threadPolicy();
    if (!goOn(threadOk))
        return false;
    const bool maskOk = dedicatedMask(dedicated);
    if (!goOn(maskOk))
        return false;
    const bool emulatorOk = emulatorPolicy();
    if (!goOn(emulatorOk))
        return false;
    const bool resourcesOk = policyOk && emulatorOk && cpuResources();
    if (!goOn(resourcesOk))
        return false;
    // A realtime request whose mask failed is still a realtime request to the policy checks.
    if (!realtimeOk && pyparse::lenientBool(spec(k("hw:cpu_realtime")).value_or(QString())))
        result.shape.realtimeCpus = QSet<int>{0};
    const bool sanityOk = resourcesOk && threadOk && maskOk && policySanity(dedicated);
    if (!goOn(sanityOk))
        return false;
    int nodes = 0;
    const bool nodesOk = nodeCount(nodes);
    if (!goOn(nodesOk))
        return false;
    const bool pageOk = pageSize();
    if (!goOn(pageOk))
        return false;
    const bool lockedOk = !release.atLeast(26) || lockedMemory();
    if (!goOn(lockedOk))
        return false;
    if (!sanityOk || !nodesOk || !pageOk) // the NUMA maps read the policy, node count and page size
        return false;
    const QString policy = result.shape.cpuPolicy.value_or(QString());
    const bool pinned = policy == QLatin1String("dedicated") || policy == QLatin1String("mixed");
    const bool pages = result.shape.pageSize && result.shape.pageSize->truthy();
    if (!(nodes || pages || pinned))
        return lockedOk;
    return numaMaps(nodes ? nodes : 1) && lockedOk;
}

} // namespace rules::detail
