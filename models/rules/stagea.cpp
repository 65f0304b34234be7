#include "rules/stagea.h"
#include "core/findingtext.h"

#include "rules/novaerrors.h"

#include <QRegularExpression>

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

} // namespace

int firstReleaseOfKey(const QString &key)
{
    if (key == QLatin1String("hw:virtio_packed_ring"))
        return 27; // packed virtqueues came in 2023.1; Nova 26's registry and driver have no such key
    if (key == QLatin1String("hw:locked_memory") || key == QLatin1String("hw:viommu_model"))
        return 26;
    if (key == QLatin1String("hw:vif_multiqueue_enabled"))
        return 25;
    return NovaRelease::kFirst;
}

int lastReleaseOfKey(const QString &key)
{
    // The Hyper-V driver's keys left the registry with the driver in 2024.1.
    if (key == QLatin1String("os:monitors") || key == QLatin1String("os:resolution") || key == QLatin1String("os:vram"))
        return 28;
    return NovaRelease::kMaster;
}

namespace {

// The catalogue that judges `key` for `release`: the release's own, unless the key left the
// registry after that release; then the newest bundled catalogue that still has it.
const flavors::ExtraSpecCatalog &catalogForKey(const QString &key, const flavors::ExtraSpecCatalog &catalog, NovaRelease release)
{
    if (catalog.find(key) || lastReleaseOfKey(key) < release.major())
        return catalog;
    QList<int> majors = flavors::ExtraSpecCatalog::bundledMajors();
    std::reverse(majors.begin(), majors.end());
    for (int major : majors) {
        const flavors::ExtraSpecCatalog &older = flavors::ExtraSpecCatalog::forRelease(major);
        if (older.find(key))
            return older;
    }
    return catalog;
}

} // namespace

QList<Finding> checkStageA(const flavors::Flavor &flavor, const flavors::ExtraSpecCatalog &releaseCatalog, NovaRelease release)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-zA-Z0-9-_:. ]{1,255}$"));
    QList<Finding> out;
    for (const flavors::Property &p : flavor.extraSpecs.items()) {
        if (!keyPattern.match(p.key).hasMatch() || p.value.size() > 255) {
            out.append(keySyntax(p, release));
            continue;
        }
        const flavors::ExtraSpecCatalog &catalog = catalogForKey(p.key, releaseCatalog, release);
        const bool tooNew = firstReleaseOfKey(p.key) > release.major();
        std::optional<QString> problem = catalog.validate(p.key, p.value);
        if (tooNew)
            problem = FindingText::tr("Validation failed; extra spec '%1' does not appear to be a valid extra spec "
                                     "(it exists from Nova %2).").arg(p.key).arg(firstReleaseOfKey(p.key));
        if (problem) {
            const bool unknown = tooNew || !catalog.find(p.key);
            QString fix;
            if (unknown && !tooNew) {
                const QString near = closestKey(p.key, catalog);
                if (!near.isEmpty())
                    fix = QStringLiteral("rename %1 to %2").arg(p.key, near);
            }
            out.append(novaError(QStringLiteral("ValidationError"),
                                 unknown ? QStringLiteral("spec.unknown-key") : QStringLiteral("spec.invalid-value"),
                                 release, {p.key}, *problem, fix));
            continue;
        }
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
    return out;
}

} // namespace rules
