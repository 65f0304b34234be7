#include "rules/cpuspec.h"
#include "core/findingtext.h"

#include "pycompat/pyparse.h"

#include <QList>
#include <QStringList>

#include <algorithm>

namespace rules {
namespace {

constexpr qint64 kMaxCpuId = 1 << 20; // beyond any vCPU count; keeps huge ranges cheap

std::optional<qint64> pyIntPart(const QString &text)
{
    const std::optional<pyparse::PyInt> n = pyparse::parseInt(text);
    if (!n)
        return std::nullopt;
    const std::optional<qint64> v = n->toInt64();
    if (!v)
        return n->negative ? -kMaxCpuId * 4 : kMaxCpuId * 4;
    return *v;
}

void addRange(QSet<int> &set, qint64 start, qint64 end)
{
    start = std::max<qint64>(start, -kMaxCpuId);
    end = std::min<qint64>(end, kMaxCpuId);
    for (qint64 i = start; i <= end; ++i)
        set.insert(int(i));
}

QString repr(const QString &s)
{
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

} // namespace

std::optional<QSet<int>> parseCpuSpec(const QString &spec, QString *error)
{
    QSet<int> ids;
    QSet<int> rejects;
    const QStringList rules = spec.split(QLatin1Char(','));
    for (QString rule : rules) {
        rule = pyparse::pyStrip(rule);
        if (rule.isEmpty())
            continue;
        const qsizetype dash = rule.indexOf(QLatin1Char('-'));
        if (dash >= 0) {
            QString first = rule.left(dash);
            const QString second = rule.mid(dash + 1);
            bool reject = false;
            if (!first.isEmpty() && first.at(0) == QLatin1Char('^')) {
                reject = true;
                first = first.mid(1);
            }
            const std::optional<qint64> start = pyIntPart(first);
            const std::optional<qint64> end = pyIntPart(second);
            if (!start || !end || *start > *end) {
                if (error)
                    *error = FindingText::tr("Invalid range expression %1").arg(repr(rule));
                return std::nullopt;
            }
            addRange(reject ? rejects : ids, *start, *end);
        } else if (rule.at(0) == QLatin1Char('^')) {
            const std::optional<qint64> v = pyIntPart(rule.mid(1));
            if (!v) {
                if (error)
                    *error = FindingText::tr("Invalid exclusion expression %1").arg(repr(rule));
                return std::nullopt;
            }
            rejects.insert(int(std::clamp<qint64>(*v, -kMaxCpuId * 4, kMaxCpuId * 4)));
        } else {
            const std::optional<qint64> v = pyIntPart(rule);
            if (!v) {
                if (error)
                    *error = FindingText::tr("Invalid inclusion expression %1").arg(repr(rule));
                return std::nullopt;
            }
            ids.insert(int(std::clamp<qint64>(*v, -kMaxCpuId * 4, kMaxCpuId * 4)));
        }
    }
    ids.subtract(rejects);
    return ids;
}

std::optional<QSet<int>> applyCpuMask(const QString &mask, int vcpus, QString *error)
{
    if (pyparse::pyStrip(mask).startsWith(QLatin1Char('^')))
        return parseCpuSpec(QStringLiteral("0-%1,%2").arg(vcpus - 1).arg(mask), error);
    return parseCpuSpec(mask, error);
}

QString formatCpuSet(const QSet<int> &cpus)
{
    QList<int> sorted(cpus.begin(), cpus.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i;
        while (j + 1 < sorted.size() && sorted.at(j + 1) == sorted.at(j) + 1)
            ++j;
        parts.append(j == i ? QString::number(sorted.at(i))
                            : QStringLiteral("%1-%2").arg(sorted.at(i)).arg(sorted.at(j)));
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

} // namespace rules
