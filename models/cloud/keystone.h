#pragma once

#include "cloud/cloudconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace cloud {

struct Endpoint
{
    QString serviceType; // "compute", "placement", "identity"
    QString serviceName;
    QString interface;   // public, internal, admin
    QString region;
    QUrl url;
};

// The Keystone v3 catalog of a token.
class ServiceCatalog
{
public:
    ServiceCatalog() = default;
    explicit ServiceCatalog(QList<Endpoint> endpoints) : m_endpoints(std::move(endpoints)) {}

    // The endpoint of a service type for the interface and (if not empty) region; nullopt and
    // *why ("no placement endpoint for interface public in region RegionTwo; the catalog has
    // compute, identity") when there is none.
    std::optional<QUrl> find(const QString &serviceType, const QString &interface, const QString &region, QString *why) const;
    const QList<Endpoint> &endpoints() const { return m_endpoints; }
    QStringList serviceTypes() const;

private:
    QList<Endpoint> m_endpoints;
};

// A Keystone token: its id (X-Subject-Token; a secret, never logged), expiry, scope and catalog.
struct Token
{
    QByteArray id;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QString userId;
    QString userName;
    QString projectId;
    QString projectName;
    QStringList roles;
    ServiceCatalog catalog;
};

// The body of POST /v3/auth/tokens for the config's auth type, project scoped where a project is
// named. A user or project given by name with no domain is in the domain "default".
QJsonObject tokenRequestBody(const CloudConfig &config);

// Parses Keystone's reply to POST /v3/auth/tokens; nullopt and *error when it is not one.
std::optional<Token> parseTokenReply(const QByteArray &subjectToken, const QByteArray &body, QString *error);

} // namespace cloud
