#include "cloud/flavorwriter.h"

#include "cloud/computeapi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace cloud {
namespace {

QString statusName(StepResult::Status s)
{
    switch (s) {
    case StepResult::Status::Done:
        return QStringLiteral("done");
    case StepResult::Status::Failed:
        return QStringLiteral("failed");
    case StepResult::Status::NotRun:
        return QStringLiteral("not-run");
    }
    return {};
}

QJsonObject createBody(const flavors::Flavor &f)
{
    QJsonObject o{{QStringLiteral("name"), f.name},
                  {QStringLiteral("vcpus"), f.vcpus},
                  {QStringLiteral("ram"), f.ramMb},
                  {QStringLiteral("disk"), f.diskGb},
                  {QStringLiteral("OS-FLV-EXT-DATA:ephemeral"), f.ephemeralGb},
                  {QStringLiteral("swap"), f.swapMb},
                  {QStringLiteral("os-flavor-access:is_public"), f.isPublic}};
    if (!f.id.isEmpty())
        o.insert(QStringLiteral("id"), f.id);
    if (!f.description.isEmpty())
        o.insert(QStringLiteral("description"), f.description);
    return {{QStringLiteral("flavor"), o}};
}

} // namespace

QJsonObject StepResult::toJson() const
{
    QJsonObject o = step.toJson();
    o.insert(QStringLiteral("status"), statusName(status));
    if (error) {
        o.insert(QStringLiteral("error"), error->toString());
        o.insert(QStringLiteral("httpStatus"), error->httpStatus);
    }
    return o;
}

bool PushReport::complete() const
{
    return count(StepResult::Status::Done) == results.size();
}

int PushReport::count(StepResult::Status status) const
{
    int n = 0;
    for (const StepResult &r : results)
        n += r.status == status;
    return n;
}

QJsonObject PushReport::toJson() const
{
    QJsonArray calls;
    for (const StepResult &r : results)
        calls.append(r.toJson());
    return {{QStringLiteral("complete"), complete()},
            {QStringLiteral("done"), count(StepResult::Status::Done)},
            {QStringLiteral("failed"), count(StepResult::Status::Failed)},
            {QStringLiteral("notRun"), count(StepResult::Status::NotRun)},
            {QStringLiteral("calls"), calls}};
}

std::optional<FlavorWriter> FlavorWriter::forMode(AppMode mode, CloudClient &client)
{
    if (isReadOnly(mode))
        return std::nullopt;
    return FlavorWriter(client);
}

CloudReply FlavorWriter::run(const PushStep &step, QHash<QString, QString> &ids)
{
    const QString compute = QStringLiteral("compute");
    const QString list = QString::fromLatin1(kListMicroversion);
    const QString id = QString::fromLatin1(QUrl::toPercentEncoding(ids.value(step.flavor)));
    const QString flavorPath = QStringLiteral("/flavors/") + id;
    switch (step.op) {
    case PushStep::Op::Delete: {
        CloudReply r = m_client->call(compute, "DELETE", flavorPath, QJsonValue::Undefined, list);
        if (r.ok())
            ids.remove(step.flavor);
        return r;
    }
    case PushStep::Op::Create: {
        CloudReply r = m_client->call(compute, "POST", QStringLiteral("/flavors"), createBody(step.target), list);
        if (r.ok()) {
            const QString newId = r.json.toObject().value(QStringLiteral("flavor")).toObject().value(QStringLiteral("id")).toString();
            if (newId.isEmpty())
                r.error = CloudError{CloudError::Kind::Malformed, m_client->config().name, compute, QStringLiteral("POST ") + r.url, r.status,
                                     QStringLiteral("the reply names no flavor id")};
            else
                ids.insert(step.flavor, newId);
        }
        return r;
    }
    case PushStep::Op::SetExtraSpecs: {
        QJsonObject specs;
        for (const flavors::Property &p : step.specs.items())
            specs.insert(p.key, p.value);
        return m_client->call(compute, "POST", flavorPath + QStringLiteral("/os-extra_specs"), QJsonObject{{QStringLiteral("extra_specs"), specs}},
                              QString::fromLatin1(kExtraSpecsMicroversion));
    }
    case PushStep::Op::UnsetExtraSpec:
        return m_client->call(compute, "DELETE", flavorPath + QStringLiteral("/os-extra_specs/") + QString::fromLatin1(QUrl::toPercentEncoding(step.key, ":")),
                              QJsonValue::Undefined, QString::fromLatin1(kExtraSpecsMicroversion));
    case PushStep::Op::SetDescription:
        return m_client->call(compute, "PUT", flavorPath, QJsonObject{{QStringLiteral("flavor"), QJsonObject{{QStringLiteral("description"), step.description}}}}, list);
    case PushStep::Op::AddAccess:
        return m_client->call(compute, "POST", flavorPath + QStringLiteral("/action"),
                              QJsonObject{{QStringLiteral("addTenantAccess"), QJsonObject{{QStringLiteral("tenant"), step.key}}}}, list);
    case PushStep::Op::RemoveAccess:
        return m_client->call(compute, "POST", flavorPath + QStringLiteral("/action"),
                              QJsonObject{{QStringLiteral("removeTenantAccess"), QJsonObject{{QStringLiteral("tenant"), step.key}}}}, list);
    }
    return {};
}

PushReport FlavorWriter::apply(const PushPlan &plan, QHash<QString, QString> cloudIds, const std::function<void(const StepResult &)> &onStep)
{
    PushReport report;
    bool failed = false;
    for (const PushStep &step : plan.steps) {
        StepResult result{step, StepResult::Status::NotRun, std::nullopt};
        if (!failed) {
            const CloudReply reply = run(step, cloudIds);
            result.status = reply.ok() ? StepResult::Status::Done : StepResult::Status::Failed;
            result.error = reply.error;
            failed = !reply.ok();
        }
        report.results << result;
        if (onStep)
            onStep(result);
    }
    return report;
}

} // namespace cloud
