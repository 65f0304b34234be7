#include "rules/release.h"

#include <QRegularExpression>

namespace rules {
namespace {

struct ReleaseName
{
    int major;
    const char *series;
    const char *name;
};

constexpr ReleaseName kReleases[] = {
    {23, "2021.1", "wallaby"}, {24, "2021.2", "xena"},    {25, "2022.1", "yoga"},
    {26, "2022.2", "zed"},     {27, "2023.1", "antelope"}, {28, "2023.2", "bobcat"},
    {29, "2024.1", "caracal"}, {30, "2024.2", "dalmatian"}, {31, "2025.1", "epoxy"},
    {32, "2025.2", "flamingo"}, {33, "2026.1", "gazpacho"}, {34, "2026.2", "master"},
};

} // namespace

std::optional<NovaRelease> NovaRelease::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QRegularExpression numeric(QStringLiteral("^(\\d+)(\\.\\d+){0,2}$"));
    for (const ReleaseName &r : kReleases) {
        if (t == QLatin1String(r.name) || (r.major != kMaster && t == QLatin1String(r.series)))
            return NovaRelease(r.major);
    }
    const QRegularExpressionMatch m = numeric.match(t);
    if (m.hasMatch()) {
        const int major = m.captured(1).toInt();
        if (major >= kFirst && major <= kMaster)
            return NovaRelease(major);
    }
    return std::nullopt;
}

QStringList NovaRelease::knownNames()
{
    QStringList names;
    for (const ReleaseName &r : kReleases)
        names.append(r.major == kMaster ? QStringLiteral("master")
                                        : QStringLiteral("%1|%2|%3").arg(r.major).arg(QLatin1String(r.series), QLatin1String(r.name)));
    return names;
}

QString NovaRelease::displayName() const
{
    for (const ReleaseName &r : kReleases) {
        if (r.major == m_major) {
            if (r.major == kMaster)
                return QStringLiteral("master (2026.2 cycle, unreleased)");
            QString name = QLatin1String(r.name);
            name[0] = name.at(0).toUpper();
            return QStringLiteral("%1 (%2 %3)").arg(r.major).arg(QLatin1String(r.series), name);
        }
    }
    return QString::number(m_major);
}

} // namespace rules
