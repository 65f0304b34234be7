#include "rules/stagea.h"
#include "core/findingtext.h"

#include "rules/cpumaxkeys.h"
#include "rules/novaerrors.h"

#include <algorithm>

namespace rules {
namespace {

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1);
    QList<int> cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString closestKey(const QString &key, const flavors::ExtraSpecCatalog &catalog)
{
    QString best;
    int bestDistance = 3;
    for (const flavors::SpecValidator &v : catalog.validators()) {
        if (v.name.contains(QLatin1Char('{')))
            continue;
        const int d = editDistance(key, v.name);
        if (d < bestDistance) {
            bestDistance = d;
            best = v.name;
        }
    }
    return best;
}

Finding keySyntax(const flavors::Property &p, NovaRelease release)
{
    return novaError(QStringLiteral("ValidationError"), QStringLiteral("spec.key-syntax"), release, {p.key},
                     FindingText::tr("Extra spec key %1 or its value breaks the API schema: keys are 1-255 characters of "
                                    "[a-zA-Z0-9-_:. ], values at most 255 characters. Nova rejects this at every microversion.")
                         .arg(p.key));
}

// Where the registry of another release lists a key this one does not know: "(Nova lists it
// from 29)" or "(Nova 28 was the last release to list it)"; empty when no bundled catalogue has it.
QString otherReleasesHint(const QString &key, NovaRelease release)
{
    int firstLater = 0;
    int lastEarlier = 0;
    for (int major : flavors::ExtraSpecCatalog::bundledMajors()) {
        if (!flavors::ExtraSpecCatalog::forRelease(major).find(key))
            continue;
        if (major > release.major() && !firstLater)
            firstLater = major;
        if (major < release.major())
            lastEarlier = major;
    }
    if (firstLater)
        return FindingText::tr(" (Nova lists it from %1)").arg(firstLater == NovaRelease::kMaster ? QStringLiteral("master") : QString::number(firstLater));
    if (lastEarlier)
        return FindingText::tr(" (Nova %1 was the last release to list it)").arg(lastEarlier);
    return QString();
}

} // namespace

QList<Finding> checkStageA(const flavors::Flavor &flavor, const flavors::ExtraSpecCatalog &catalog, NovaRelease release)
{
    QList<Finding> out;
    for (const flavors::Property &p : flavor.extraSpecs.items()) {
        if (!catalog.keyPattern().match(p.key).hasMatch() || p.value.size() > catalog.valueMaxLength()) {
            out.append(keySyntax(p, release));
            continue;
        }
        std::optional<QString> problem = catalog.validate(p.key, p.value);
        if (problem) {
            const bool unknown = !catalog.find(p.key);
            QString fix;
            if (unknown) {
                const QString hint = otherReleasesHint(p.key, release);
                if (!hint.isEmpty() && problem->endsWith(QLatin1Char('.')))
                    problem = problem->chopped(1) + hint + QLatin1Char('.');
                if (const std::optional<CpuMaxExplanation> cpuMax = explainRefusedCpuMaxKey(p.key, catalog, release)) {
                    problem = *problem + QLatin1Char(' ') + cpuMax->message;
                    fix = cpuMax->fix;
                } else if (const QString near = closestKey(p.key, catalog); !near.isEmpty() && !keyHasNoEffect(near, catalog)) {
                    fix = QStringLiteral("rename %1 to %2").arg(p.key, near);
                }
            }
            out.append(novaError(QStringLiteral("ValidationError"),
                                 unknown ? QStringLiteral("spec.unknown-key") : QStringLiteral("spec.invalid-value"),
                                 release, {p.key}, *problem, fix));
            continue;
        }
        if (std::optional<Finding> unread = unreadCpuMaxKey(p.key, catalog, release))
            out.append(*unread);
        const flavors::SpecValidator *v = catalog.find(p.key);
        if (v && v->deprecated) {
            Finding f;
            f.code = QStringLiteral("spec.deprecated");
            f.severity = Severity::Warning;
            f.stage = Stage::A;
            f.keys = {p.key};
            f.message = FindingText::tr("%1 is deprecated in Nova %2: %3").arg(p.key, catalog.novaVersion(), v->description);
            out.append(f);
        }
    }
    // The API applies its JSON schema to the whole body before any validator: a key-syntax error
    // is the one it reports, whatever the keys' order.
    std::stable_partition(out.begin(), out.end(), [](const Finding &f) { return f.code == QLatin1String("spec.key-syntax"); });
    return out;
}

} // namespace rules
