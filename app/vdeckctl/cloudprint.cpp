#include "cloudprint.h"

#include "findingprinter.h"

#include <QJsonArray>

namespace cloudprint {

QJsonObject configJson(const cloud::CloudConfig &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("authType"), cloud::authTypeName(c.authType)},
            {QStringLiteral("authUrl"), c.authUrl},
            {QStringLiteral("user"), c.username.isEmpty() ? c.userId : c.username},
            {QStringLiteral("project"), c.projectName.isEmpty() ? c.projectId : c.projectName},
            {QStringLiteral("region"), c.regionName},
            {QStringLiteral("interface"), c.interface},
            {QStringLiteral("verify"), c.verify},
            {QStringLiteral("source"), c.sourceFile}};
}

QString header(const cloud::CloudConfig &config, const cloud::ComputeVersion &version, rules::NovaRelease judgedAs)
{
    QString text = QStringLiteral("cloud '%1': %2").arg(config.name, version.release.displayName());
    if (!(judgedAs == version.release.release))
        text += QStringLiteral("; judged as Nova %1 (--release)").arg(judgedAs.displayName());
    return text;
}

QJsonObject headerJson(const cloud::CloudConfig &config, const cloud::ComputeVersion &version, rules::NovaRelease judgedAs)
{
    return {{QStringLiteral("cloud"), config.name},
            {QStringLiteral("computeApi"), QJsonObject{{QStringLiteral("maxVersion"), version.maxVersion}, {QStringLiteral("minVersion"), version.minVersion}}},
            {QStringLiteral("release"), QJsonObject{{QStringLiteral("major"), version.release.release.major()},
                                                    {QStringLiteral("newest"), version.release.newest},
                                                    {QStringLiteral("display"), version.release.displayName()},
                                                    {QStringLiteral("note"), version.release.note}}},
            {QStringLiteral("judgedAs"), judgedAs.major()}};
}

void printVerdict(QTextStream &out, const cloud::FlavorVerdict &v)
{
    int errors = 0;
    for (const rules::Finding &x : v.findings)
        errors += x.severity == rules::Severity::Error;
    out << v.flavor.name << ": " << (errors ? QStringLiteral("%1 error(s)").arg(errors) : QStringLiteral("ok")) << '\n';
    findingprinter::printFindings(out, v.findings, QStringLiteral("  ")); // as vdeckctl lint prints them
}

QJsonObject verdictJson(const cloud::FlavorVerdict &v)
{
    QJsonArray list;
    for (const rules::Finding &x : v.findings)
        list.append(x.toJson());
    return {{QStringLiteral("flavor"), v.flavor.name}, {QStringLiteral("id"), v.flavor.id}, {QStringLiteral("errors"), v.hasErrors}, {QStringLiteral("findings"), list}};
}

void printDiff(QTextStream &out, const cloud::FlavorDiff &d)
{
    out << d.name << ": " << cloud::kindName(d.kind) << '\n';
    for (const QString &line : d.describe())
        out << "  " << line << '\n';
}

void printPlan(QTextStream &out, const QString &cloudName, const cloud::PushPlan &plan)
{
    out << "plan for cloud '" << cloudName << "': " << plan.steps.size() << " call(s)\n";
    for (int i = 0; i < plan.steps.size(); ++i)
        out << "  " << (i + 1) << ". " << plan.steps.at(i).describe() << '\n';
    for (const QString &b : plan.blocked)
        out << "  blocked: " << b << '\n';
    if (!plan.untouched.isEmpty())
        out << "  kept (only in the cloud; --delete F deletes one): " << plan.untouched.join(QStringLiteral(", ")) << '\n';
}

void printStep(QTextStream &out, const cloud::StepResult &r)
{
    switch (r.status) {
    case cloud::StepResult::Status::Done:
        out << "  done: " << r.step.describe() << '\n';
        break;
    case cloud::StepResult::Status::Failed:
        out << "  FAILED: " << r.step.describe() << "\n    " << (r.error ? r.error->toString() : QString()) << '\n';
        break;
    case cloud::StepResult::Status::NotRun:
        out << "  not run: " << r.step.describe() << '\n';
        break;
    }
    out.flush();
}

void printReport(QTextStream &out, const cloud::PushReport &report)
{
    if (report.complete())
        out << "push complete: " << report.results.size() << " call(s) done\n";
    else
        out << "push INCOMPLETE: " << report.count(cloud::StepResult::Status::Done) << " done, " << report.count(cloud::StepResult::Status::Failed)
            << " failed, " << report.count(cloud::StepResult::Status::NotRun) << " not run; run the push again to finish it\n";
}

} // namespace cloudprint
