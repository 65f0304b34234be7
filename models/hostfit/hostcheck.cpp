#include "hostfit/hostcheck.h"
#include "core/findingtext.h"

#include "hostfit/hostrequirements.h"

#include <QJsonObject>

namespace hostfit {

QJsonObject HostVerdict::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), hostName},
                       {QStringLiteral("fits"), capacity.fits},
                       {QStringLiteral("limitedBy"), capacity.limitedBy},
                       {QStringLiteral("canRun"), canRun()}};
}

HostVerdict checkHost(const flavors::Flavor &flavor, const inventory::HostSnapshot &host, const domainxml::ComputeProfile &profile,
                      const CapacityOptions &options)
{
    HostVerdict v;
    v.hostName = host.identity().hostname;
    v.findings = checkHostRequirements(flavor, host, profile, options.release);
    v.capacity = estimateCapacity(flavor, host, profile, options);
    const bool requirementFailed = rules::hasErrors(v.findings);
    const Shortage &s = v.capacity.shortage;
    if (!v.capacity.canRun() && !requirementFailed && s.code != QLatin1String("host.flavor-rejected")) {
        rules::Finding f;
        f.code = s.code;
        f.severity = rules::Severity::Error;
        f.stage = rules::Stage::C;
        f.novaException = QStringLiteral("NoValidHost");
        f.keys = s.keys;
        f.message = FindingText::tr("%1 cannot run this flavor now: not enough %2. %3").arg(v.hostName, s.resource, s.message);
        f.fix = s.fix;
        v.findings.append(f);
    } else if (v.capacity.canRun()) {
        rules::Finding f;
        f.code = QStringLiteral("host.capacity");
        f.severity = rules::Severity::Info;
        f.stage = rules::Stage::C;
        f.message = v.capacity.capped ? FindingText::tr("At least %1 instances fit on %2 now (%3).").arg(v.capacity.fits).arg(v.hostName, v.capacity.limitedBy)
                                      : FindingText::tr("%1 instance(s) fit on %2 now; then there are not enough %3. %4")
                                            .arg(v.capacity.fits).arg(v.hostName, v.capacity.limitedBy, v.capacity.shortage.message);
        v.findings.append(f);
    }
    rules::sortBySeverity(v.findings);
    return v;
}

} // namespace hostfit
