#pragma once

#include "rules/release.h"

#include <QString>

#include <optional>

namespace cloud {

// A compute API microversion "2.100".
struct Microversion
{
    int major = 2;
    int minor = 1;
    static std::optional<Microversion> parse(const QString &text);
    QString toString() const { return QStringLiteral("%1.%2").arg(major).arg(minor); }
    friend auto operator<=>(const Microversion &, const Microversion &) = default;
};

// The Nova release a compute API's maximum microversion says. Several releases share a
// maximum (24 and 25 both end at 2.90): `release` is the oldest of them, the one whose rules
// are the strictest guess, and `newest` the last; --release overrides it.
struct ReleaseFromApi
{
    rules::NovaRelease release;
    int newest = 0;          // == release.major() when the maximum names one release
    QString maxVersion;      // as the API said it
    QString note;            // why the guess is rough (outside the table), else empty
    QString displayName() const; // "Nova 31 (2025.1 Epoxy) or 32, compute API 2.100"
};

// _MAX_API_VERSION of nova/api/openstack/api_version_request.py at each tag (the last entry of
// api-ref's rest_api_version_history.rst): 23.0.0 2.88, 24.0.0 and 25.0.0 2.90, 26.0.0 2.93,
// 27.0.0 and 28.0.0 2.95, 29.0.0 and 30.0.0 2.96, 31.0.0 and 32.0.0 2.100, 33.0.0 2.103,
// master 00a03040 (vDeck's 34) 2.104.
ReleaseFromApi releaseForMaxMicroversion(const Microversion &max);

} // namespace cloud
