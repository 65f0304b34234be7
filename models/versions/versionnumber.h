#pragma once

#include <QString>

#include <compare>
#include <optional>

namespace versions {

// A dotted version as libvirt, QEMU and the kernel print them: "11.3.0", "10.0.2", "6.12".
struct VersionNumber
{
    int major = 0;
    int minor = 0;
    int micro = 0;

    // "11.3.0", "8.2" (micro 0), "6.12.48+deb13-amd64" (suffix ignored); std::nullopt otherwise.
    static std::optional<VersionNumber> parse(const QString &text);
    // The kernel release in a host description such as "Linux 6.12.48+deb13-amd64 (Debian 13)".
    static std::optional<VersionNumber> kernelOf(const QString &hostVersion);
    QString toString() const; // "11.3.0"
    friend auto operator<=>(const VersionNumber &, const VersionNumber &) = default;
};

} // namespace versions
