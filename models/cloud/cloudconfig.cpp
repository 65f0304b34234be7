#include "cloud/cloudconfig.h"

namespace cloud {

QString authTypeName(AuthType type)
{
    switch (type) {
    case AuthType::Password:
        return QStringLiteral("password");
    case AuthType::ApplicationCredential:
        return QStringLiteral("v3applicationcredential");
    case AuthType::Token:
        return QStringLiteral("token");
    }
    return {};
}

QString CloudConfig::describe() const
{
    QStringList parts{authTypeName(authType) + QStringLiteral(" auth")};
    if (authType == AuthType::Password)
        parts.last() += QStringLiteral(" as ") + (username.isEmpty() ? userId : username);
    if (authType == AuthType::ApplicationCredential)
        parts.last() += QStringLiteral(" ") + (applicationCredentialId.isEmpty() ? applicationCredentialName : applicationCredentialId);
    if (!projectName.isEmpty() || !projectId.isEmpty())
        parts << QStringLiteral("project ") + (projectName.isEmpty() ? projectId : projectName);
    parts << (authUrl.isEmpty() ? QStringLiteral("no auth_url") : authUrl);
    if (!regionName.isEmpty())
        parts << regionName;
    if (interface != QLatin1String("public"))
        parts << interface + QStringLiteral(" interface");
    if (!verify)
        parts << QStringLiteral("TLS NOT VERIFIED");
    return QStringLiteral("cloud '%1' (%2)").arg(name, parts.join(QStringLiteral(", ")));
}

QStringList CloudConfig::missing() const
{
    QStringList m;
    if (authUrl.isEmpty())
        m << QStringLiteral("auth_url");
    switch (authType) {
    case AuthType::Password:
        if (username.isEmpty() && userId.isEmpty())
            m << QStringLiteral("username");
        if (password.isEmpty())
            m << QStringLiteral("password");
        break;
    case AuthType::ApplicationCredential:
        if (applicationCredentialId.isEmpty() && (applicationCredentialName.isEmpty() || (username.isEmpty() && userId.isEmpty())))
            m << QStringLiteral("application_credential_id");
        if (applicationCredentialSecret.isEmpty())
            m << QStringLiteral("application_credential_secret");
        break;
    case AuthType::Token:
        if (token.isEmpty())
            m << QStringLiteral("token");
        break;
    }
    return m;
}

} // namespace cloud
