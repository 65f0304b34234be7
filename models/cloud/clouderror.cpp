#include "cloud/clouderror.h"

#include <QStringList>

namespace cloud {

QString kindName(CloudError::Kind kind)
{
    switch (kind) {
    case CloudError::Kind::Config:
        return QStringLiteral("config");
    case CloudError::Kind::Unreachable:
        return QStringLiteral("unreachable");
    case CloudError::Kind::Tls:
        return QStringLiteral("tls");
    case CloudError::Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case CloudError::Kind::Forbidden:
        return QStringLiteral("forbidden");
    case CloudError::Kind::NotFound:
        return QStringLiteral("not-found");
    case CloudError::Kind::Conflict:
        return QStringLiteral("conflict");
    case CloudError::Kind::Rejected:
        return QStringLiteral("rejected");
    case CloudError::Kind::Server:
        return QStringLiteral("server");
    case CloudError::Kind::Malformed:
        return QStringLiteral("malformed");
    case CloudError::Kind::NoEndpoint:
        return QStringLiteral("no-endpoint");
    case CloudError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString CloudError::toString() const
{
    QStringList where{QStringLiteral("cloud '%1'").arg(cloud)};
    if (!service.isEmpty())
        where << service;
    if (!url.isEmpty())
        where << url;
    QString text = where.join(QStringLiteral(", ")) + QStringLiteral(": ");
    if (httpStatus)
        text += QStringLiteral("HTTP %1: ").arg(httpStatus);
    return text + message;
}

} // namespace cloud
