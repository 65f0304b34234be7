#include "rules/finding.h"

#include <QJsonArray>
#include <QSet>

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
    o.insert(QLatin1String("novaReports"), novaReports);
    o.insert(QLatin1String("laterBlocker"), laterBlocker);
    return o;
}

QString findingText(const Finding &f)
{
    QStringList facts;
    if (!f.novaException.isEmpty())
        facts << f.novaException;
    if (f.httpStatus)
        facts << QStringLiteral("HTTP %1").arg(f.httpStatus);
    QString about = facts.join(QStringLiteral(", "));
    if (f.laterBlocker)
        about = about.isEmpty() ? QStringLiteral("later blocker") : about + QStringLiteral("; later blocker");
    QString line = QStringLiteral("%1 [%2] %3").arg(severityName(f.severity), stageName(f.stage), f.code);
    if (!about.isEmpty())
        line += QStringLiteral(" (%1)").arg(about);
    line += QStringLiteral(": ") + f.message;
    if (!f.fix.isEmpty())
        line += QStringLiteral("\n  fix: ") + f.fix;
    return line;
}

bool hasErrors(const QList<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding &f) { return f.severity == Severity::Error; });
}

void sortBySeverity(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
}

QStringList supersededBy(const QString &code)
{
    // vIOMMU machine type: the rules' warning guesses the default and the builder repeats Nova's
    // exception; the host check knows the image, the profile and the host's machine types.
    if (code == QLatin1String("viommu.machine-type-default") || code == QLatin1String("viommu.machine-type"))
        return {QStringLiteral("host.viommu-machine-type")};
    // auto: the rules say what it may become, the host check says what it becomes there.
    if (code == QLatin1String("viommu.auto"))
        return {QStringLiteral("host.viommu-auto-model")};
    // virtio on a libvirt without it: the model itself is refused, not only its attributes.
    if (code == QLatin1String("viommu.virtio-driver-attributes"))
        return {QStringLiteral("host.viommu-model-unsupported")};
    return {};
}

const Finding *reportedError(const QList<Finding> &findings)
{
    for (const Finding &f : findings) {
        if (f.novaReports)
            return &f;
    }
    return nullptr;
}

void orderFindings(QList<Finding> &findings)
{
    QSet<QString> codes;
    for (const Finding &f : findings)
        codes.insert(f.code);
    QList<Finding> kept;
    kept.reserve(findings.size());
    for (Finding &f : findings) {
        f.novaReports = false;
        f.laterBlocker = f.severity == Severity::Error;
        const QStringList over = supersededBy(f.code);
        if (std::any_of(over.cbegin(), over.cend(), [&](const QString &c) { return codes.contains(c); }))
            continue;
        // the same finding from two checks (a host check and the XML builder both see the host)
        if (std::any_of(kept.cbegin(), kept.cend(), [&](const Finding &k) { return k.code == f.code && k.keys == f.keys && k.message == f.message; }))
            continue;
        kept.append(std::move(f));
    }
    std::stable_sort(kept.begin(), kept.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return int(a.severity) < int(b.severity);
        return a.severity == Severity::Error && int(a.stage) < int(b.stage);
    });
    if (!kept.isEmpty() && kept.constFirst().severity == Severity::Error) {
        kept.first().novaReports = true;
        kept.first().laterBlocker = false;
    }
    findings = std::move(kept);
}

QList<Finding> mergeFindings(QList<Finding> first, const QList<Finding> &second)
{
    first.append(second);
    orderFindings(first);
    return first;
}

} // namespace rules
