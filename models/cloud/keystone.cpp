#include "cloud/keystone.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace cloud {
namespace {

QJsonObject domain(const QString &id, const QString &name)
{
    if (!id.isEmpty())
        return {{QStringLiteral("id"), id}};
    if (!name.isEmpty())
        return {{QStringLiteral("name"), name}};
    return {{QStringLiteral("id"), QStringLiteral("default")}};
}

QJsonObject user(const CloudConfig &c)
{
    if (!c.userId.isEmpty())
        return {{QStringLiteral("id"), c.userId}};
    return {{QStringLiteral("name"), c.username}, {QStringLiteral("domain"), domain(c.userDomainId, c.userDomainName)}};
}

std::optional<QJsonObject> scope(const CloudConfig &c)
{
    if (!c.projectId.isEmpty())
        return QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), c.projectId}}}};
    if (!c.projectName.isEmpty())
        return QJsonObject{{QStringLiteral("project"),
                            QJsonObject{{QStringLiteral("name"), c.projectName}, {QStringLiteral("domain"), domain(c.projectDomainId, c.projectDomainName)}}}};
    return std::nullopt;
}

} // namespace

std::optional<QUrl> ServiceCatalog::find(const QString &serviceType, const QString &interface, const QString &region, QString *why) const
{
    bool typeSeen = false;
    for (const Endpoint &e : m_endpoints) {
        if (e.serviceType != serviceType)
            continue;
        typeSeen = true;
        if (e.interface == interface && (region.isEmpty() || e.region == region))
            return e.url;
    }
    if (!typeSeen)
        *why = QStringLiteral("no %1 service in the catalog (it has: %2)").arg(serviceType, serviceTypes().join(QStringLiteral(", ")));
    else
        *why = QStringLiteral("no %1 endpoint for interface %2%3 in the catalog")
                   .arg(serviceType, interface, region.isEmpty() ? QString() : QStringLiteral(" in region ") + region);
    return std::nullopt;
}

QStringList ServiceCatalog::serviceTypes() const
{
    QStringList types;
    for (const Endpoint &e : m_endpoints)
        if (!types.contains(e.serviceType))
            types << e.serviceType;
    types.sort();
    return types;
}

QJsonObject tokenRequestBody(const CloudConfig &c)
{
    QJsonObject identity;
    switch (c.authType) {
    case AuthType::Password:
        identity = {{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                    {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), [&] {
                                                                  QJsonObject u = user(c);
                                                                  u.insert(QStringLiteral("password"), c.password);
                                                                  return u;
                                                              }()}}}};
        break;
    case AuthType::ApplicationCredential: {
        QJsonObject cred{{QStringLiteral("secret"), c.applicationCredentialSecret}};
        if (!c.applicationCredentialId.isEmpty()) {
            cred.insert(QStringLiteral("id"), c.applicationCredentialId);
        } else {
            cred.insert(QStringLiteral("name"), c.applicationCredentialName);
            cred.insert(QStringLiteral("user"), user(c));
        }
        identity = {{QStringLiteral("methods"), QJsonArray{QStringLiteral("application_credential")}},
                    {QStringLiteral("application_credential"), cred}};
        // An application credential carries its own project: no scope.
        return {{QStringLiteral("auth"), QJsonObject{{QStringLiteral("identity"), identity}}}};
    }
    case AuthType::Token:
        identity = {{QStringLiteral("methods"), QJsonArray{QStringLiteral("token")}},
                    {QStringLiteral("token"), QJsonObject{{QStringLiteral("id"), c.token}}}};
        break;
    }
    QJsonObject auth{{QStringLiteral("identity"), identity}};
    if (const auto s = scope(c))
        auth.insert(QStringLiteral("scope"), *s);
    return {{QStringLiteral("auth"), auth}};
}

std::optional<Token> parseTokenReply(const QByteArray &subjectToken, const QByteArray &body, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    const QJsonObject t = doc.object().value(QStringLiteral("token")).toObject();
    if (pe.error != QJsonParseError::NoError || t.isEmpty()) {
        *error = pe.error != QJsonParseError::NoError ? QStringLiteral("the token reply is not JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset)
                                                      : QStringLiteral("the token reply has no \"token\" object");
        return std::nullopt;
    }
    if (subjectToken.isEmpty()) {
        *error = QStringLiteral("the token reply has no X-Subject-Token header");
        return std::nullopt;
    }
    Token token;
    token.id = subjectToken;
    token.expiresAt = QDateTime::fromString(t.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    if (!token.expiresAt.isValid()) {
        *error = QStringLiteral("the token reply has no valid \"expires_at\"");
        return std::nullopt;
    }
    token.issuedAt = QDateTime::fromString(t.value(QStringLiteral("issued_at")).toString(), Qt::ISODateWithMs);
    token.userId = t.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    token.userName = t.value(QStringLiteral("user")).toObject().value(QStringLiteral("name")).toString();
    const QJsonObject project = t.value(QStringLiteral("project")).toObject();
    token.projectId = project.value(QStringLiteral("id")).toString();
    token.projectName = project.value(QStringLiteral("name")).toString();
    for (const QJsonValue &r : t.value(QStringLiteral("roles")).toArray())
        token.roles << r.toObject().value(QStringLiteral("name")).toString();
    QList<Endpoint> endpoints;
    for (const QJsonValue &sv : t.value(QStringLiteral("catalog")).toArray()) {
        const QJsonObject s = sv.toObject();
        for (const QJsonValue &ev : s.value(QStringLiteral("endpoints")).toArray()) {
            const QJsonObject e = ev.toObject();
            Endpoint ep{s.value(QStringLiteral("type")).toString(), s.value(QStringLiteral("name")).toString(),
                        e.value(QStringLiteral("interface")).toString(),
                        e.value(QStringLiteral("region_id")).toString(e.value(QStringLiteral("region")).toString()),
                        QUrl(e.value(QStringLiteral("url")).toString())};
            if (!ep.url.isValid() || ep.url.scheme().isEmpty()) {
                *error = QStringLiteral("the catalog's %1 endpoint has no valid URL: '%2'").arg(ep.serviceType, e.value(QStringLiteral("url")).toString());
                return std::nullopt;
            }
            endpoints.append(ep);
        }
    }
    token.catalog = ServiceCatalog(std::move(endpoints));
    return token;
}

} // namespace cloud
