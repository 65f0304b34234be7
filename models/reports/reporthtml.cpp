#include "reports/reporthtml.h"

#include "core/buildinfo.h"
#include "inventory/capacity.h"

#include <QCoreApplication>

#include <algorithm>

namespace reports {
namespace {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString cell(const QString &text, const char *cls = nullptr)
{
    return cls ? QStringLiteral("<td class=\"%1\">%2</td>").arg(QLatin1String(cls), esc(text)) : QStringLiteral("<td>%1</td>").arg(esc(text));
}

QString header(const QStringList &columns)
{
    QString h = QStringLiteral("<tr>");
    for (const QString &c : columns)
        h += QStringLiteral("<th>%1</th>").arg(esc(c));
    return h + QStringLiteral("</tr>\n");
}

QString anchor(int index)
{
    return QStringLiteral("flavor-%1").arg(index);
}

const char *severityClass(rules::Severity s)
{
    switch (s) {
    case rules::Severity::Error: return "error";
    case rules::Severity::Warning: return "warning";
    case rules::Severity::Info: return "info";
    }
    return "info";
}

QString summary(const Report &r)
{
    QString h = QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(ReportText::tr("Flavors")));
    h += header({ReportText::tr("Flavor"), ReportText::tr("vCPUs"), ReportText::tr("RAM (MB)"), ReportText::tr("Errors"),
                 ReportText::tr("Warnings"), ReportText::tr("Info")});
    for (int i = 0; i < r.flavors.size(); ++i) {
        const FlavorFindings &f = r.flavors.at(i);
        h += QStringLiteral("<tr><td><a href=\"#%1\">%2</a></td>").arg(anchor(i), esc(f.flavor.name));
        h += cell(QString::number(f.flavor.vcpus), "num") + cell(QString::number(f.flavor.ramMb), "num");
        const int errors = f.count(rules::Severity::Error);
        h += cell(QString::number(errors), errors ? "num error" : "num");
        h += cell(QString::number(f.count(rules::Severity::Warning)), "num") + cell(QString::number(f.count(rules::Severity::Info)), "num");
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</table>\n");
}

QString findingsTable(const QList<rules::Finding> &findings)
{
    QString h = QStringLiteral("<table>\n");
    h += header({ReportText::tr("Severity"), ReportText::tr("Stage"), ReportText::tr("Code"), ReportText::tr("Nova exception"),
                 ReportText::tr("HTTP"), ReportText::tr("Message"), ReportText::tr("Fix")});
    for (const rules::Finding &x : findings) {
        const QString severity = x.laterBlocker
                                     ? ReportText::tr("%1 (later blocker)").arg(rules::severityName(x.severity))
                                     : rules::severityName(x.severity);
        h += QStringLiteral("<tr>") + cell(severity, severityClass(x.severity)) + cell(rules::stageName(x.stage))
             + cell(x.code, "code") + cell(x.novaException, "code") + cell(x.httpStatus ? QString::number(x.httpStatus) : QString(), "num")
             + cell(x.message) + cell(x.fix, "code") + QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</table>\n");
}

// What the flavor's one list on a host adds to its own findings.
QString onHostSection(const FlavorFindings &f, const FlavorOnReportHost &on)
{
    const QString fit = !on.canRun ? ReportText::tr("cannot run there")
                        : on.capped ? ReportText::tr("at least %1 instance(s) fit now").arg(on.fits)
                                    : ReportText::tr("%1 instance(s) fit now").arg(on.fits);
    QString h = QStringLiteral("<h4>%1</h4>\n").arg(esc(ReportText::tr("On %1: %2").arg(on.host, fit)));
    QList<rules::Finding> added;
    for (const rules::Finding &x : on.findings) {
        const bool own = std::any_of(f.findings.cbegin(), f.findings.cend(), [&](const rules::Finding &o) {
            return o.code == x.code && o.keys == x.keys && o.message == x.message;
        });
        if (!own)
            added.append(x);
    }
    if (added.isEmpty())
        return h + QStringLiteral("<p>%1</p>\n").arg(esc(ReportText::tr("Nothing beyond the flavor's own findings.")));
    return h + findingsTable(added);
}

QString flavorSection(const FlavorFindings &f, int index)
{
    QString h = QStringLiteral("<h3 id=\"%1\">%2</h3>\n").arg(anchor(index), esc(f.flavor.name));
    if (f.findings.isEmpty())
        h += QStringLiteral("<p class=\"ok\">%1</p>\n").arg(esc(ReportText::tr("No findings: Nova accepts this flavor.")));
    else
        h += findingsTable(f.findings);
    for (const FlavorOnReportHost &on : f.onHosts)
        h += onHostSection(f, on);
    return h;
}

QString hostSection(const HostCapacity &host)
{
    QString h = QStringLiteral("<h3>%1</h3>\n<p class=\"meta\">%2</p>\n")
                    .arg(esc(host.name), esc(ReportText::tr("%1, captured %2").arg(host.uri, host.capturedAt.toUTC().toString(Qt::ISODate))));
    const inventory::CapacitySummary &c = host.capacity;
    h += QStringLiteral("<h4>%1</h4>\n").arg(esc(ReportText::tr("Hugepages")));
    if (c.hugepages.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(ReportText::tr("No hugepages reserved.")));
    } else {
        h += QStringLiteral("<table>\n") + header({ReportText::tr("NUMA node"), ReportText::tr("Page size"), ReportText::tr("Total"), ReportText::tr("Free")});
        for (const inventory::HugepageUse &p : c.hugepages)
            h += QStringLiteral("<tr>") + cell(QString::number(p.node), "num") + cell(inventory::pageSizeText(p.sizeKiB))
                 + cell(QString::number(p.total), "num") + cell(QString::number(p.free), "num") + QStringLiteral("</tr>\n");
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("<h4>%1</h4>\n").arg(esc(ReportText::tr("SR-IOV virtual functions")));
    if (c.vfs.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(ReportText::tr("No SR-IOV physical functions.")));
    } else {
        h += QStringLiteral("<table>\n") + header({ReportText::tr("Physical function"), ReportText::tr("VFs in use"), ReportText::tr("VFs present"), ReportText::tr("Maximum")});
        for (const inventory::VfUse &v : c.vfs)
            h += QStringLiteral("<tr>") + cell(v.label) + cell(QString::number(v.used), "num") + cell(QString::number(v.total), "num")
                 + cell(v.max >= 0 ? QString::number(v.max) : QString(), "num") + QStringLiteral("</tr>\n");
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("<h4>%1</h4>\n").arg(esc(ReportText::tr("Mediated device types")));
    if (c.mdevs.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(ReportText::tr("No mdev-capable devices.")));
    } else {
        h += QStringLiteral("<table>\n") + header({ReportText::tr("Parent"), ReportText::tr("Type"), ReportText::tr("Name"), ReportText::tr("Available"), ReportText::tr("Created")});
        for (const inventory::MdevUse &m : c.mdevs)
            h += QStringLiteral("<tr>") + cell(m.parent, "code") + cell(m.typeId, "code") + cell(m.typeName) + cell(QString::number(m.available), "num")
                 + cell(QString::number(m.created), "num") + QStringLiteral("</tr>\n");
        h += QStringLiteral("</table>\n");
    }
    return h;
}

const char *kStyle =
    "body{font-family:sans-serif;margin:2em;color:#1d1d1f;background:#fff}"
    "h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}"
    "table{border-collapse:collapse;margin:.5em 0 1em}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}"
    "th{background:#f0f0f3}td.num{text-align:right}td.code{font-family:monospace}"
    ".error{color:#b00020;font-weight:bold}.warning{color:#9a6700}.info{color:#0b57d0}.ok{color:#1a7f37}.meta{color:#555}"
    "@media (prefers-color-scheme: dark){body{color:#e6e6e6;background:#1e1e1e}th{background:#2d2d30}th,td{border-color:#555}"
    ".error{color:#ff6b81}.warning{color:#e3b341}.info{color:#79b8ff}.ok{color:#56d364}.meta{color:#aaa}}";

} // namespace

QString reportHtml(const Report &r)
{
    const QString title = ReportText::tr("vDeck report");
    QString h = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
                    .arg(esc(title), QLatin1String(kStyle));
    h += QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2</p>\n")
             .arg(esc(title), esc(ReportText::tr("Nova release %1 · generated %2 by vDeck %3")
                                      .arg(r.input.release.displayName(), r.input.generatedAt.toUTC().toString(Qt::ISODate), buildinfo::version())));
    if (!r.input.source.isEmpty())
        h += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(ReportText::tr("Flavors from %1").arg(r.input.source)));
    h += summary(r);
    for (int i = 0; i < r.flavors.size(); ++i)
        h += flavorSection(r.flavors.at(i), i);
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportText::tr("Hosts")));
    if (r.hosts.isEmpty())
        h += QStringLiteral("<p>%1</p>\n").arg(esc(ReportText::tr("No host was open.")));
    for (const HostCapacity &host : r.hosts)
        h += hostSection(host);
    return h + QStringLiteral("</body>\n</html>\n");
}

} // namespace reports
