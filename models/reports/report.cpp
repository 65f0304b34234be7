#include "reports/report.h"

#include "flavors/catalog.h"
#include "hostfit/flavoronhost.h"
#include "reports/reporthtml.h"
#include "reports/reportjson.h"
#include "rules/checker.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace reports {

int FlavorFindings::count(rules::Severity severity) const
{
    return int(std::count_if(findings.begin(), findings.end(), [severity](const rules::Finding &f) { return f.severity == severity; }));
}

Report buildReport(const ReportInput &input)
{
    Report r;
    r.input = input;
    for (const flavors::Flavor &f : input.flavors) {
        FlavorFindings out{f, rules::checkFlavor(f, flavors::ExtraSpecCatalog::forRelease(input.release.major()), rules::CheckOptions{input.release}), {}};
        for (const ReportHost &h : input.hosts) {
            hostfit::FlavorOnHostOptions options;
            options.build.release = input.release;
            options.build.flavorFindings = out.findings;
            const hostfit::FlavorOnHost on = hostfit::assessOnHost(f, h.snapshot, h.profile, options);
            out.onHosts.append({h.name, on.findings, on.verdict.capacity.fits, on.verdict.capacity.capped, on.verdict.canRun()});
        }
        r.flavors.append(out);
    }
    for (const ReportHost &h : input.hosts)
        r.hosts.append({h.name, h.snapshot.identity().uri, h.snapshot.capturedAt(), inventory::summarizeCapacity(h.snapshot)});
    return r;
}

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    if (name == QLatin1String("json"))
        return ReportFormat::Json;
    if (name == QLatin1String("html"))
        return ReportFormat::Html;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatFromFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    return reportFormatFromName(suffix);
}

QByteArray renderReport(const Report &report, ReportFormat format)
{
    if (format == ReportFormat::Html)
        return reportHtml(report).toUtf8();
    return QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented);
}

} // namespace reports
