#pragma once

#include <QString>
#include <QStringList>

namespace cloud {

// How a cloud authenticates to Keystone v3 (clouds.yaml `auth_type`).
enum class AuthType { Password, ApplicationCredential, Token };

QString authTypeName(AuthType type);

// One cloud of clouds.yaml (merged with secure.yaml, the OS_* environment and command-line
// overrides). Secrets (password, applicationCredentialSecret, token) never go to settings or
// logs: describe() leaves them out.
struct CloudConfig
{
    QString name;
    QString sourceFile; // the clouds.yaml it came from; empty for the environment
    AuthType authType = AuthType::Password;
    QString authUrl;
    QString username;
    QString userId;
    QString userDomainName;
    QString userDomainId;
    QString password;
    QString projectName;
    QString projectId;
    QString projectDomainName;
    QString projectDomainId;
    QString applicationCredentialId;
    QString applicationCredentialName;
    QString applicationCredentialSecret;
    QString token;
    QString regionName;
    QString interface = QStringLiteral("public");
    QString cacert;
    bool verify = true;

    // "cloud 'demo' (password auth as admin, project admin, http://127.0.0.1:5000/v3, RegionOne)"
    QString describe() const;
    // What is missing for its auth type ("auth_url", "password", ...); empty when usable.
    QStringList missing() const;
};

} // namespace cloud
