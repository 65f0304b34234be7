#include "cloud/computeapi.h"

#include "flavors/importformats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace cloud {
namespace {

CloudError malformed(CloudClient &client, const CloudReply &reply, const QString &what)
{
    return CloudError{CloudError::Kind::Malformed, client.config().name, QStringLiteral("compute"),
                      QString::fromLatin1(reply.method) + QLatin1Char(' ') + reply.url, reply.status, what};
}

// false with *error when the access list cannot be had; *forbidden when the policy says no.
bool readAccess(CloudClient &client, flavors::Flavor *f, CloudError *error, bool *forbidden)
{
    const CloudReply reply = client.call(QStringLiteral("compute"), "GET", QStringLiteral("/flavors/%1/os-flavor-access").arg(f->id), QJsonValue::Undefined,
                                         QString::fromLatin1(kListMicroversion));
    if (!reply.ok()) {
        *forbidden = reply.error->kind == CloudError::Kind::Forbidden;
        *error = *reply.error;
        return false;
    }
    const QJsonValue list = reply.json.toObject().value(QStringLiteral("flavor_access"));
    if (!list.isArray()) {
        *error = malformed(client, reply, QStringLiteral("no \"flavor_access\" list in the reply"));
        return false;
    }
    for (const QJsonValue &a : list.toArray())
        f->access << a.toObject().value(QStringLiteral("tenant_id")).toString();
    f->access.sort();
    return true;
}

} // namespace

std::optional<ComputeVersion> readComputeVersion(CloudClient &client, CloudError *error)
{
    const CloudReply reply = client.call(QStringLiteral("compute"), "GET", QString());
    if (!reply.ok()) {
        *error = *reply.error;
        return std::nullopt;
    }
    const QJsonObject v = reply.json.toObject().value(QStringLiteral("version")).toObject();
    const std::optional<Microversion> max = Microversion::parse(v.value(QStringLiteral("version")).toString());
    if (!max) {
        *error = malformed(client, reply, QStringLiteral("the version document has no \"version\": {\"version\": \"2.x\"} (is this the compute v2.1 endpoint?)"));
        return std::nullopt;
    }
    return ComputeVersion{max->toString(), v.value(QStringLiteral("min_version")).toString(), releaseForMaxMicroversion(*max)};
}

std::optional<QList<fleet::HostAggregate>> readHostAggregates(CloudClient &client, CloudError *error)
{
    const CloudReply reply = client.call(QStringLiteral("compute"), "GET", QStringLiteral("/os-aggregates"), QJsonValue::Undefined, QStringLiteral("2.41"));
    if (!reply.ok()) {
        *error = *reply.error;
        return std::nullopt;
    }
    if (!reply.json.toObject().value(QStringLiteral("aggregates")).isArray()) {
        *error = malformed(client, reply, QStringLiteral("the reply has no \"aggregates\" list"));
        return std::nullopt;
    }
    QList<fleet::HostAggregate> out;
    for (const QJsonValue &v : reply.json.toObject().value(QStringLiteral("aggregates")).toArray()) {
        const QJsonObject o = v.toObject();
        fleet::HostAggregate a{o.value(QStringLiteral("uuid")).toString(), o.value(QStringLiteral("name")).toString(), {}};
        const QJsonObject metadata = o.value(QStringLiteral("metadata")).toObject();
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            a.metadata.insert(it.key(), it.value().toString());
        out.append(a);
    }
    return out;
}

std::optional<QList<flavors::Flavor>> pullFlavors(CloudClient &client, const PullOptions &options, CloudError *error)
{
    QList<flavors::Flavor> all;
    QString marker;
    bool accessReadable = true;
    for (;;) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("is_public"), QStringLiteral("None"));
        q.addQueryItem(QStringLiteral("limit"), QString::number(options.pageSize));
        if (!marker.isEmpty())
            q.addQueryItem(QStringLiteral("marker"), marker);
        const CloudReply reply = client.call(QStringLiteral("compute"), "GET", QStringLiteral("/flavors/detail?") + q.toString(QUrl::FullyEncoded),
                                             QJsonValue::Undefined, QString::fromLatin1(kListMicroversion));
        if (!reply.ok()) {
            *error = *reply.error;
            return std::nullopt;
        }
        const QJsonValue page = reply.json.toObject().value(QStringLiteral("flavors"));
        if (!page.isArray()) {
            *error = malformed(client, reply, QStringLiteral("no \"flavors\" list in the reply"));
            return std::nullopt;
        }
        flavors::FlavorLibrary lib;
        QString why;
        if (!page.toArray().isEmpty() && !flavors::readForeign(QJsonDocument(reply.json.toObject()), &lib, &why)) {
            *error = malformed(client, reply, why);
            return std::nullopt;
        }
        for (flavors::Flavor &f : lib.flavors) {
            if (f.isPublic || !accessReadable)
                continue;
            bool forbidden = false;
            if (readAccess(client, &f, error, &forbidden))
                continue;
            if (!forbidden)
                return std::nullopt;
            accessReadable = false;
            if (options.warning)
                options.warning(QStringLiteral("cloud '%1', compute: the access lists of private flavors cannot be read (HTTP 403: %2); they are left empty")
                                    .arg(client.config().name, error->message));
        }
        all.append(lib.flavors);
        if (options.progress)
            options.progress(int(all.size()));
        if (page.toArray().size() < options.pageSize || lib.flavors.isEmpty())
            break;
        marker = lib.flavors.last().id;
    }
    return all;
}

std::optional<DeployedFlavors> readDeployed(CloudClient &client, const PullOptions &options, CloudError *error)
{
    const std::optional<ComputeVersion> version = readComputeVersion(client, error);
    if (!version)
        return std::nullopt;
    std::optional<QList<flavors::Flavor>> deployed = pullFlavors(client, options, error);
    if (!deployed)
        return std::nullopt;
    return DeployedFlavors{*version, std::move(*deployed)};
}

} // namespace cloud
