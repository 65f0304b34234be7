#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace rules {

// A Nova release by its major version: 23 Wallaby ... 33 2026.1, and master (34, unreleased).
class NovaRelease
{
public:
    static constexpr int kFirst = 23;
    static constexpr int kMaster = 34;
    static constexpr int kDefault = 31; // Debian 13's python3-nova, the catalogue's source

    constexpr explicit NovaRelease(int major = kDefault) : m_major(major) {}
    // Accepts "31", "31.0.0", "2025.1", "epoxy", "Epoxy", "master".
    static std::optional<NovaRelease> parse(const QString &text);
    static QStringList knownNames(); // for usage messages

    int major() const { return m_major; }
    bool isMaster() const { return m_major == kMaster; }
    QString displayName() const;     // "31 (2025.1 Epoxy)"
    bool atLeast(int major) const { return m_major >= major; }
    friend constexpr bool operator==(NovaRelease a, NovaRelease b) { return a.m_major == b.m_major; }

private:
    int m_major;
};

} // namespace rules
