#include "probe/probeallowlist.h"

#include "probe/probescripts.h"

#include <QRegularExpression>

namespace probe {

namespace {
struct ProbeInfo
{
    Probe probe;
    const char *name;
    int timeoutMs;
    qint64 cap;
};

constexpr qint64 KiB = 1024;
const ProbeInfo kProbes[] = {
    {Probe::MemInfo, "meminfo", 10000, 64 * KiB},
    {Probe::HugePages, "hugepages", 10000, 256 * KiB},
    {Probe::Cmdline, "cmdline", 10000, 16 * KiB},
    {Probe::Kernel, "kernel", 10000, 16 * KiB},
    {Probe::Memlock, "memlock", 20000, 256 * KiB},
    {Probe::IommuGroups, "iommu", 20000, 1024 * KiB},
    {Probe::MdevTypes, "mdev", 20000, 1024 * KiB},
    {Probe::VdpaDevices, "vdpa", 10000, 64 * KiB},
    {Probe::NvidiaVgpu, "nvidiaVgpu", 20000, 512 * KiB},
    {Probe::NovaConf, "nova", 10000, 256 * KiB},
    {Probe::CpuIsolation, "cpu", 10000, 16 * KiB},
    {Probe::Versions, "versions", 20000, 16 * KiB},
};

const ProbeInfo &info(Probe probe)
{
    for (const ProbeInfo &i : kProbes) {
        if (i.probe == probe)
            return i;
    }
    Q_UNREACHABLE();
}
}

const QList<Probe> &allProbes()
{
    static const QList<Probe> list = [] {
        QList<Probe> l;
        for (const ProbeInfo &i : kProbes)
            l.append(i.probe);
        return l;
    }();
    return list;
}

QString probeName(Probe probe)
{
    return QLatin1String(info(probe).name);
}

std::optional<Probe> probeFromName(const QString &name)
{
    for (const ProbeInfo &i : kProbes) {
        if (name == QLatin1String(i.name))
            return i.probe;
    }
    return std::nullopt;
}

ProbeLimits defaultLimits(Probe probe)
{
    return {info(probe).timeoutMs, info(probe).cap};
}

bool isValidRootPrefix(const QString &prefix, QString *error)
{
    if (prefix.isEmpty())
        return true;
    static const QRegularExpression plain(QStringLiteral("^(/[A-Za-z0-9._+-]+)+$"));
    if (!plain.match(prefix).hasMatch()) {
        *error = QStringLiteral("root prefix '%1' must be an absolute path of letters, digits and ._+- only").arg(prefix);
        return false;
    }
    for (const QString &part : prefix.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".") || part == QLatin1String("..")) {
            *error = QStringLiteral("root prefix '%1' must not contain '.' or '..'").arg(prefix);
            return false;
        }
    }
    return true;
}

std::optional<AllowedCommand> AllowedCommand::allowed(Probe probe, const QString &rootPrefix, QString *error)
{
    if (!isValidRootPrefix(rootPrefix, error))
        return std::nullopt;
    // The prefix holds only [A-Za-z0-9._+/-], so single quotes cannot be escaped from.
    const QByteArray script = probescripts::prelude(rootPrefix.toUtf8(), defaultLimits(probe).outputCap)
                              + probescripts::body(probe);
    return AllowedCommand(probe, script);
}

} // namespace probe
