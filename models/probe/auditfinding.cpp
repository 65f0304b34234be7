#include "probe/auditfinding.h"

namespace probe {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

QJsonObject AuditFinding::toJson() const
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("severity"), severityName(severity)},
            {QStringLiteral("message"), message}, {QStringLiteral("fix"), fix}};
}

bool hasErrors(const QList<AuditFinding> &findings)
{
    for (const AuditFinding &f : findings) {
        if (f.severity == Severity::Error)
            return true;
    }
    return false;
}

QStringList codes(const QList<AuditFinding> &findings)
{
    QStringList out;
    for (const AuditFinding &f : findings)
        out.append(f.code);
    return out;
}

} // namespace probe
