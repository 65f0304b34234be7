#include "rules/stageb.h"
#include "core/findingtext.h"

#include "pycompat/pyparse.h"
#include "rules/cpuspec.h"
#include "rules/novaerrors.h"
#include "rules/stagebimpl.h"

namespace rules {

using detail::StageB;

bool StageB::fail(const QString &exception, const QString &code, const QStringList &keys, const QString &message,
                  const QString &fix)
{
    const Finding f = novaError(exception, code, release, keys, message, fix);
    if (!result.error)
        result.error = f;
    if (!result.blockers.contains(f)) // emulatorPolicy() runs for realtime and for NUMA
        result.blockers.append(f);
    return false;
}

std::optional<QString> StageB::spec(const QString &key) const
{
    return flavor.extraSpecs.value(key);
}

bool StageB::conflictCheck(const QString &key, const std::optional<bool> &image)
{
    const std::optional<QString> raw = spec(QStringLiteral("hw:") + key);
    if (!raw || !image)
        return true;
    if (pyparse::lenientBool(*raw) == *image)
        return true;
    return fail(QStringLiteral("FlavorImageConflict"), QStringLiteral("conflict.flavor-image"),
                {QStringLiteral("hw:") + key, QStringLiteral("hw_") + key},
                FindingText::tr("Flavor %1 has hw:%2 extra spec explicitly set to %3, conflicting with the image which has "
                               "hw_%2 explicitly set to %4.")
                    .arg(flavor.name, key, pyparse::lenientBool(*raw) ? QStringLiteral("True") : QStringLiteral("False"),
                         *image ? QStringLiteral("True") : QStringLiteral("False")),
                QStringLiteral("set the same value in flavor and image, or drop one of them"));
}

bool StageB::emulatorPolicy()
{
    const std::optional<QString> p = spec(QStringLiteral("hw:emulator_threads_policy"));
    if (!p || p->isEmpty())
        return true;
    if (*p != QLatin1String("share") && *p != QLatin1String("isolate"))
        return fail(QStringLiteral("InvalidEmulatorThreadsPolicy"), QStringLiteral("cpu.invalid-policy"),
                    {QStringLiteral("hw:emulator_threads_policy")},
                    FindingText::tr("Emulator threads policy '%1' is not one of share, isolate.").arg(*p));
    result.shape.emulatorThreadsPolicy = *p;
    return true;
}

bool StageB::realtime()
{
    result.shape.realtimeCpus.reset();
    if (!pyparse::lenientBool(spec(QStringLiteral("hw:cpu_realtime")).value_or(QString())))
        return true;
    const QString flavorMask = spec(QStringLiteral("hw:cpu_realtime_mask")).value_or(QString());
    const QString imageMask = result.image.cpuRealtimeMask.value_or(QString());
    const QString mask = !imageMask.isEmpty() ? imageMask : flavorMask;
    const QStringList keys{QStringLiteral("hw:cpu_realtime"), !imageMask.isEmpty() ? QStringLiteral("hw_cpu_realtime_mask")
                                                                                 : QStringLiteral("hw:cpu_realtime_mask")};
    QSet<int> rt;
    if (!mask.isEmpty()) {
        QString why;
        const std::optional<QSet<int>> parsed = applyCpuMask(mask, flavor.vcpus, &why);
        if (!parsed)
            return fail(QStringLiteral("Invalid"), QStringLiteral("cpu.mask-syntax"), keys, why);
        rt = *parsed;
    } else {
        for (int i = 0; i < flavor.vcpus; ++i)
            rt.insert(i);
    }
    const QString needs = FindingText::tr("Use of realtime CPUs requires either one or more non-realtime CPU(s) or offloaded emulator threads.");
    if (rt.isEmpty())
        return fail(QStringLiteral("RealtimeMaskNotFoundOrInvalid"), QStringLiteral("cpu.realtime-mask"), keys,
                    FindingText::tr("The realtime mask %1 leaves no realtime vCPU. ").arg(mask) + needs);
    if (!emulatorPolicy())
        return false;
    QSet<int> all;
    for (int i = 0; i < flavor.vcpus; ++i)
        all.insert(i);
    if (rt == all && !result.shape.emulatorThreadsPolicy)
        return fail(QStringLiteral("RealtimeMaskNotFoundOrInvalid"), QStringLiteral("cpu.realtime-all-vcpus"), keys,
                    FindingText::tr("Every vCPU is realtime and hw:emulator_threads_policy is not set. ") + needs,
                    flavor.vcpus > 1 ? QStringLiteral("set hw:cpu_realtime_mask=^0") : QStringLiteral("set hw:emulator_threads_policy=isolate"));
    if (!all.contains(rt))
        return fail(QStringLiteral("RealtimeMaskNotFoundOrInvalid"), QStringLiteral("cpu.realtime-mask-range"), keys,
                    FindingText::tr("The realtime mask names vCPU(s) %1 outside the flavor's 0-%2.")
                        .arg(formatCpuSet(rt - all)).arg(flavor.vcpus - 1));
    result.shape.realtimeCpus = rt;
    return true;
}

bool StageB::vifMultiqueue()
{
    if (flavor.vcpus < 2 || !release.atLeast(25))
        return true;
    return conflictCheck(QStringLiteral("vif_multiqueue_enabled"), result.image.vifMultiqueue);
}

// ImageMeta.from_dict: the first property that does not coerce is Nova's error. In every-blocker
// mode the others are read without it, so each bad property is reported.
bool StageB::imageMeta()
{
    flavors::PropertyList props = flavor.imageProperties;
    bool passed = true;
    for (;;) {
        ImageMetaError imageError;
        if (const std::optional<ImageMeta> image = parseImageMeta(props, release, &imageError)) {
            result.image = *image;
            return passed;
        }
        passed = fail(imageError.exception, QStringLiteral("image.invalid-property"), {imageError.key}, imageError.message);
        if (!everyBlocker || !props.remove(imageError.key))
            return false;
    }
}

bool StageB::run()
{
    const bool imageOk = imageMeta();
    if (!goOn(imageOk))
        return false;
    const bool pmuOk = conflictCheck(QStringLiteral("pmu"), result.image.pmu);
    if (!goOn(pmuOk))
        return false;
    if (const std::optional<QString> pmu = spec(QStringLiteral("hw:pmu")))
        result.shape.pmu = pyparse::lenientBool(*pmu);
    else
        result.shape.pmu = result.image.pmu;
    const bool realtimeOk = realtime();
    if (!goOn(realtimeOk))
        return false;
    const bool multiqueueOk = vifMultiqueue();
    if (!goOn(multiqueueOk))
        return false;
    return numaConstraints(realtimeOk) && imageOk && pmuOk && realtimeOk && multiqueueOk;
}

StageBResult checkStageB(const flavors::Flavor &flavor, NovaRelease release, StageBMode mode)
{
    StageB b{flavor, release, {}, mode == StageBMode::EveryBlocker};
    b.run();
    if (mode == StageBMode::FirstError && b.result.error)
        b.result.blockers = {*b.result.error};
    return b.result;
}

} // namespace rules
