#include "versions/versionnumber.h"

#include <QRegularExpression>

namespace versions {

std::optional<VersionNumber> VersionNumber::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return VersionNumber{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).isEmpty() ? 0 : m.captured(3).toInt()};
}

std::optional<VersionNumber> VersionNumber::kernelOf(const QString &hostVersion)
{
    static const QRegularExpression re(QStringLiteral("\\bLinux\\s+(\\d+\\.\\d+(?:\\.\\d+)?)"));
    const QRegularExpressionMatch m = re.match(hostVersion);
    return m.hasMatch() ? parse(m.captured(1)) : std::nullopt;
}

QString VersionNumber::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(micro);
}

} // namespace versions
