#include "rules/finding.h"

#include <QJsonArray>

#include <algorithm>

namespace rules {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QString stageName(Stage s)
{
    switch (s) {
    case Stage::A: return QStringLiteral("A");
    case Stage::B: return QStringLiteral("B");
    case Stage::C: return QStringLiteral("C");
    case Stage::D: return QStringLiteral("D");
    }
    return {};
}

QJsonObject Finding::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("code"), code);
    o.insert(QLatin1String("severity"), severityName(severity));
    o.insert(QLatin1String("stage"), stageName(stage));
    o.insert(QLatin1String("novaException"), novaException.isEmpty() ? QJsonValue() : QJsonValue(novaException));
    o.insert(QLatin1String("httpStatus"), httpStatus ? QJsonValue(httpStatus) : QJsonValue());
    o.insert(QLatin1String("keys"), QJsonArray::fromStringList(keys));
    o.insert(QLatin1String("message"), message);
    o.insert(QLatin1String("fix"), fix.isEmpty() ? QJsonValue() : QJsonValue(fix));
    return o;
}

bool hasErrors(const QList<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding &f) { return f.severity == Severity::Error; });
}

void sortBySeverity(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
}

QList<Finding> mergeFindings(QList<Finding> first, const QList<Finding> &second)
{
    first.append(second);
    sortBySeverity(first);
    return first;
}

} // namespace rules
