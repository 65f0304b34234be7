#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace probe {

enum class Severity { Info, Warning, Error };
QString severityName(Severity severity);

// One result of the host prerequisite audit. Codes are stable ("HOST_IOMMU_OFF"); messages
// may be reworded, codes never are.
struct AuditFinding
{
    QString code;
    Severity severity = Severity::Info;
    QString message;
    QString fix;

    QJsonObject toJson() const;
    bool operator==(const AuditFinding &) const = default;
};

bool hasErrors(const QList<AuditFinding> &findings);
QStringList codes(const QList<AuditFinding> &findings);

} // namespace probe
