#include "reports/reportjson.h"

#include "core/buildinfo.h"

#include <QJsonArray>

namespace reports {
namespace {

QJsonObject flavorJson(const FlavorFindings &f)
{
    QJsonArray findings;
    for (const rules::Finding &x : f.findings)
        findings.append(x.toJson());
    QJsonArray onHosts;
    for (const FlavorOnReportHost &h : f.onHosts) {
        QJsonArray list;
        for (const rules::Finding &x : h.findings)
            list.append(x.toJson());
        onHosts.append(QJsonObject{{QStringLiteral("host"), h.host},
                                   {QStringLiteral("fits"), h.fits},
                                   {QStringLiteral("capped"), h.capped},
                                   {QStringLiteral("canRun"), h.canRun},
                                   {QStringLiteral("findings"), list}});
    }
    return {{QStringLiteral("flavor"), f.flavor.name},
            {QStringLiteral("onHosts"), onHosts},
            {QStringLiteral("vcpus"), f.flavor.vcpus},
            {QStringLiteral("ramMb"), f.flavor.ramMb},
            {QStringLiteral("errors"), f.count(rules::Severity::Error)},
            {QStringLiteral("warnings"), f.count(rules::Severity::Warning)},
            {QStringLiteral("infos"), f.count(rules::Severity::Info)},
            {QStringLiteral("findings"), findings}};
}

QJsonObject hostJson(const HostCapacity &h)
{
    QJsonArray pages;
    for (const inventory::HugepageUse &p : h.capacity.hugepages)
        pages.append(QJsonObject{{QStringLiteral("node"), p.node},
                                 {QStringLiteral("sizeKiB"), double(p.sizeKiB)},
                                 {QStringLiteral("total"), double(p.total)},
                                 {QStringLiteral("free"), double(p.free)}});
    QJsonArray vfs;
    for (const inventory::VfUse &v : h.capacity.vfs)
        vfs.append(QJsonObject{{QStringLiteral("pf"), v.pf},
                               {QStringLiteral("label"), v.label},
                               {QStringLiteral("used"), v.used},
                               {QStringLiteral("total"), v.total},
                               {QStringLiteral("max"), v.max}});
    QJsonArray mdevs;
    for (const inventory::MdevUse &m : h.capacity.mdevs)
        mdevs.append(QJsonObject{{QStringLiteral("parent"), m.parent},
                                 {QStringLiteral("typeId"), m.typeId},
                                 {QStringLiteral("typeName"), m.typeName},
                                 {QStringLiteral("available"), m.available},
                                 {QStringLiteral("created"), m.created}});
    return {{QStringLiteral("name"), h.name},
            {QStringLiteral("uri"), h.uri},
            {QStringLiteral("capturedAt"), h.capturedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("hugepages"), pages},
            {QStringLiteral("vfs"), vfs},
            {QStringLiteral("mdevs"), mdevs}};
}

} // namespace

QJsonObject reportJson(const Report &report)
{
    QJsonArray flavors;
    for (const FlavorFindings &f : report.flavors)
        flavors.append(flavorJson(f));
    QJsonArray hosts;
    for (const HostCapacity &h : report.hosts)
        hosts.append(hostJson(h));
    return {{QStringLiteral("format"), QStringLiteral("vdeck-report")},
            {QStringLiteral("formatVersion"), 1},
            {QStringLiteral("generator"), QString(QStringLiteral("vDeck ") + buildinfo::version())},
            {QStringLiteral("generatedAt"), report.input.generatedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("release"), QJsonObject{{QStringLiteral("major"), report.input.release.major()},
                                                    {QStringLiteral("name"), report.input.release.displayName()}}},
            {QStringLiteral("source"), report.input.source},
            {QStringLiteral("flavors"), flavors},
            {QStringLiteral("hosts"), hosts}};
}

} // namespace reports
