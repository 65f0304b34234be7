#include "cloud/computerelease.h"

#include <QStringList>

#include <array>

namespace cloud {
namespace {

struct Row
{
    int minor; // of 2.x
    int oldest;
    int newest;
};

// See computerelease.h for the source of each row.
constexpr std::array<Row, 8> kTable{{
    {88, 23, 23},
    {90, 24, 25},
    {93, 26, 26},
    {95, 27, 28},
    {96, 29, 30},
    {100, 31, 32},
    {103, 33, 33},
    {104, 34, 34},
}};

} // namespace

std::optional<Microversion> Microversion::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okMajor = false, okMinor = false;
    const int major = parts.at(0).toInt(&okMajor);
    const int minor = parts.at(1).toInt(&okMinor);
    if (!okMajor || !okMinor || major < 1 || minor < 0)
        return std::nullopt;
    return Microversion{major, minor};
}

ReleaseFromApi releaseForMaxMicroversion(const Microversion &max)
{
    ReleaseFromApi out{rules::NovaRelease(kTable.front().oldest), kTable.front().oldest, max.toString(), {}};
    if (max.major != 2 || max.minor < kTable.front().minor) {
        out.note = QStringLiteral("compute API %1 is older than Nova 23 (2.88), the oldest release vDeck knows; judged as 23").arg(max.toString());
        return out;
    }
    for (const Row &row : kTable) {
        if (max.minor == row.minor)
            return ReleaseFromApi{rules::NovaRelease(row.oldest), row.newest, max.toString(), {}};
        if (max.minor < row.minor) {
            // Between two releases' maxima: a development snapshot on the way to this row.
            out = ReleaseFromApi{rules::NovaRelease(row.oldest), row.oldest, max.toString(), {}};
            out.note = QStringLiteral("no release ends at compute API %1: a development version before Nova %2; judged as %2").arg(max.toString()).arg(row.oldest);
            return out;
        }
    }
    const Row &last = kTable.back();
    out = ReleaseFromApi{rules::NovaRelease(last.oldest), last.newest, max.toString(), {}};
    out.note = QStringLiteral("compute API %1 is newer than any release vDeck knows (master ends at 2.%2); judged as master").arg(max.toString()).arg(last.minor);
    return out;
}

QString ReleaseFromApi::displayName() const
{
    QString name = QStringLiteral("Nova ") + release.displayName();
    if (newest != release.major())
        name += QStringLiteral(" or %1").arg(newest);
    return name + QStringLiteral(", compute API ") + maxVersion;
}

} // namespace cloud
