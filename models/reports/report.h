#pragma once

#include "domainxml/computeprofile.h"
#include "flavors/flavor.h"
#include "inventory/capacity.h"
#include "inventory/hostsnapshot.h"
#include "rules/finding.h"
#include "rules/release.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace reports {

struct ReportHost
{
    QString name;                    // as the hosts list shows it
    inventory::HostSnapshot snapshot;
    domainxml::ComputeProfile profile; // its nova.conf values (defaults when none is known)
};

// What a report is made of: the flavors (with their instance shapes), the Nova release they are
// checked for, and the hosts whose capacity it lists.
struct ReportInput
{
    QList<flavors::Flavor> flavors;
    rules::NovaRelease release;
    QList<ReportHost> hosts;
    QString source;                  // where the flavors came from (a file name), may be empty
    QDateTime generatedAt;           // UTC; set by the caller so reports are reproducible
};

// A flavor on one host of the report: the one list of findings (hostfit::assessOnHost, as
// vdeckctl lint --snapshot and the GUI show it) and how many instances fit there now.
struct FlavorOnReportHost
{
    QString host;
    QList<rules::Finding> findings;
    int fits = 0;
    bool capped = false;
    bool canRun = false;
};

struct FlavorFindings
{
    flavors::Flavor flavor;
    QList<rules::Finding> findings;     // the flavor alone
    QList<FlavorOnReportHost> onHosts;  // on each host of the report, in host order
    int count(rules::Severity severity) const;
};

struct HostCapacity
{
    QString name;
    QString uri;
    QDateTime capturedAt;
    inventory::CapacitySummary capacity;
};

struct Report
{
    ReportInput input;
    QList<FlavorFindings> flavors; // in library order
    QList<HostCapacity> hosts;     // in input order
};

// Checks every flavor for the release (rules::checkFlavor, as `vdeckctl lint`) and on every host
// (hostfit::assessOnHost, as `vdeckctl lint --snapshot`), and summarises each host's capacity
// (inventory::summarizeCapacity). Pure: the same input gives the same report.
Report buildReport(const ReportInput &input);

enum class ReportFormat { Json, Html };

std::optional<ReportFormat> reportFormatFromName(const QString &name);     // "json", "html"
std::optional<ReportFormat> reportFormatFromFileName(const QString &path); // *.json, *.html, *.htm
QByteArray renderReport(const Report &report, ReportFormat format);

} // namespace reports
