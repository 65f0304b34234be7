#include "cloud/cloudclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <numeric>

namespace cloud {
namespace {

CloudError::Kind kindForStatus(int status)
{
    switch (status) {
    case 401:
        return CloudError::Kind::Unauthorized;
    case 403:
        return CloudError::Kind::Forbidden;
    case 404:
        return CloudError::Kind::NotFound;
    case 409:
        return CloudError::Kind::Conflict;
    default:
        return status >= 500 ? CloudError::Kind::Server : CloudError::Kind::Rejected;
    }
}

QString redactedUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo);
}

} // namespace

QString apiMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (const QJsonArray errors = o.value(QStringLiteral("errors")).toArray(); !errors.isEmpty()) {
        const QJsonObject e = errors.first().toObject();
        return e.value(QStringLiteral("detail")).toString(e.value(QStringLiteral("title")).toString());
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonObject inner = it.value().toObject();
        if (inner.contains(QStringLiteral("message")))
            return inner.value(QStringLiteral("message")).toString();
    }
    QString text = QString::fromUtf8(body.left(300)).simplified();
    return text.isEmpty() ? QStringLiteral("(no message)") : text;
}

CloudClient::CloudClient(CloudConfig config, int timeoutMs)
    : m_config(std::move(config))
    , m_http(timeoutMs)
{
    QString why;
    if (const QStringList missing = m_config.missing(); !missing.isEmpty())
        m_configError = error(CloudError::Kind::Config, QStringLiteral("identity"), m_config.authUrl,
                              QStringLiteral("%1 auth needs %2 (clouds.yaml, secure.yaml, OS_* or --os-*)")
                                  .arg(authTypeName(m_config.authType), missing.join(QStringLiteral(", "))));
    else if (!m_http.setTls(TlsOptions{m_config.cacert, m_config.verify}, &why))
        m_configError = error(CloudError::Kind::Config, QStringLiteral("identity"), m_config.authUrl, why);
}

QStringList CloudClient::warnings() const
{
    if (m_config.verify)
        return {};
    return {QStringLiteral("cloud '%1': TLS certificates are NOT verified (verify: false); anyone on the path can read the token and the password")
                .arg(m_config.name)};
}

CloudError CloudClient::error(CloudError::Kind kind, const QString &service, const QString &url, const QString &message, int status) const
{
    return CloudError{kind, m_config.name, service, url, status, message};
}

bool CloudClient::tokenFresh() const
{
    if (!m_token)
        return false;
    // Renewed a minute before it expires, or a tenth of its life for short-lived tokens.
    qint64 marginMs = 60000;
    if (m_token->issuedAt.isValid())
        marginMs = std::min(marginMs, m_token->issuedAt.msecsTo(m_token->expiresAt) / 10);
    return QDateTime::currentDateTimeUtc().addMSecs(marginMs) < m_token->expiresAt;
}

std::optional<CloudError> CloudClient::authenticate()
{
    if (m_configError)
        return m_configError;
    m_token.reset();
    QString base = m_config.authUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (!base.endsWith(QLatin1String("/v3")))
        base += QStringLiteral("/v3");
    const QUrl url(base + QStringLiteral("/auth/tokens"));
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return error(CloudError::Kind::Config, QStringLiteral("identity"), m_config.authUrl, QStringLiteral("auth_url is not an http(s) URL"));
    CloudReply reply = send(QStringLiteral("identity"), "POST", url, tokenRequestBody(m_config), {});
    if (!reply.ok())
        return reply.error;
    QString why;
    // send() checked the body is JSON; the subject token is a header.
    std::optional<Token> token = parseTokenReply(m_lastSubjectToken, QJsonDocument(reply.json.toObject()).toJson(QJsonDocument::Compact), &why);
    if (!token)
        return error(CloudError::Kind::Malformed, QStringLiteral("identity"), reply.url, why);
    m_token = std::move(token);
    m_lastSubjectToken.clear();
    ++m_tokensIssued;
    return std::nullopt;
}

std::optional<QUrl> CloudClient::endpoint(const QString &serviceType, CloudError *err)
{
    if (!tokenFresh()) {
        if (auto e = authenticate()) {
            *err = *e;
            return std::nullopt;
        }
    }
    QString why;
    std::optional<QUrl> url = m_token->catalog.find(serviceType, m_config.interface, m_config.regionName, &why);
    if (!url)
        *err = error(CloudError::Kind::NoEndpoint, serviceType, m_config.authUrl, why);
    return url;
}

CloudReply CloudClient::call(const QString &serviceType, const QByteArray &method, const QString &path, const QJsonValue &body, const QString &microversion)
{
    for (int attempt = 0;; ++attempt) {
        CloudError err;
        const std::optional<QUrl> base = endpoint(serviceType, &err);
        if (!base) {
            CloudReply r;
            r.method = method;
            r.url = err.url;
            r.error = err;
            return r;
        }
        QString root = base->toString();
        while (root.endsWith(QLatin1Char('/')))
            root.chop(1);
        CloudReply reply = send(serviceType, method, QUrl(root + path), body, microversion);
        if (reply.status == 401 && attempt == 0) {
            m_token.reset(); // revoked or expired early: one new token, one more try
            ++m_retriesAfter401;
            continue;
        }
        return reply;
    }
}

HttpRequest CloudClient::request(const QString &serviceType, const QByteArray &method, const QUrl &url, const QJsonValue &body, const QString &microversion) const
{
    HttpRequest req;
    req.method = method;
    req.url = url;
    req.headers = {{"Accept", "application/json"}, {"User-Agent", "vDeck"}};
    if (!body.isUndefined()) {
        req.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        req.body = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact) : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    }
    if (m_token) // none while a token is asked for (authenticate() drops the old one first)
        req.headers.append(std::pair<QByteArray, QByteArray>("X-Auth-Token", m_token->id));
    if (!microversion.isEmpty()) {
        req.headers.append(std::pair<QByteArray, QByteArray>("OpenStack-API-Version", (serviceType + QLatin1Char(' ') + microversion).toLatin1()));
        if (serviceType == QLatin1String("compute"))
            req.headers.append(std::pair<QByteArray, QByteArray>("X-OpenStack-Nova-API-Version", microversion.toLatin1()));
    }
    return req;
}

CloudReply CloudClient::send(const QString &serviceType, const QByteArray &method, const QUrl &url, const QJsonValue &body, const QString &microversion)
{
    if (m_configError) {
        CloudReply out;
        out.method = method;
        out.url = redactedUrl(url);
        out.error = m_configError;
        return out;
    }
    return read(serviceType, method, url, m_http.send(request(serviceType, method, url, body, microversion)));
}

CloudReply CloudClient::read(const QString &serviceType, const QByteArray &method, const QUrl &url, const HttpResponse &r)
{
    CloudReply out;
    out.method = method;
    out.url = redactedUrl(url);
    const QString where = QString::fromLatin1(method) + QLatin1Char(' ') + out.url;
    out.status = r.status;
    if (r.cancelled) {
        out.error = error(CloudError::Kind::Cancelled, serviceType, where, QStringLiteral("cancelled"));
        return out;
    }
    if (r.tlsFailure) {
        out.error = error(CloudError::Kind::Tls, serviceType, where,
                          QStringLiteral("TLS: %1 (name the CA file as cacert in clouds.yaml, or --os-cacert)").arg(r.errorString));
        return out;
    }
    if (r.status == 0) {
        out.error = error(CloudError::Kind::Unreachable, serviceType, where, QStringLiteral("unreachable: %1").arg(r.errorString));
        return out;
    }
    if (serviceType == QLatin1String("identity"))
        m_lastSubjectToken = r.header("X-Subject-Token");
    if (r.status < 200 || r.status >= 300) {
        out.error = error(kindForStatus(r.status), serviceType, where, apiMessage(r.body), r.status);
        return out;
    }
    if (r.body.trimmed().isEmpty())
        return out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        out.error = error(CloudError::Kind::Malformed, serviceType, where,
                          QStringLiteral("the reply is not JSON (%1 at offset %2): %3").arg(pe.errorString()).arg(pe.offset).arg(QString::fromUtf8(r.body.left(120)).simplified()),
                          r.status);
        return out;
    }
    out.json = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    return out;
}

void CloudClient::getAll(const QString &serviceType, const QStringList &paths, const QString &microversion, int inFlight,
                         const std::function<void(qsizetype, const CloudReply &)> &onReply)
{
    CloudError err;
    const std::optional<QUrl> base = endpoint(serviceType, &err);
    QString root = base ? base->toString() : QString();
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    QList<qsizetype> pending(paths.size());
    std::iota(pending.begin(), pending.end(), qsizetype(0));
    for (int attempt = 0; !pending.isEmpty(); ++attempt) {
        if (!base || m_configError) {
            for (const qsizetype i : std::as_const(pending)) {
                CloudReply r;
                r.method = "GET";
                r.url = base ? redactedUrl(QUrl(root + paths.at(i))) : err.url;
                r.error = base ? m_configError : std::optional<CloudError>(err);
                onReply(i, r);
            }
            return;
        }
        QList<HttpRequest> requests;
        requests.reserve(pending.size());
        for (const qsizetype i : std::as_const(pending))
            requests.append(request(serviceType, "GET", QUrl(root + paths.at(i)), QJsonValue(QJsonValue::Undefined), microversion));
        QList<qsizetype> unauthorized;
        m_http.sendAll(requests, inFlight, [&](qsizetype k, const HttpResponse &response) {
            const qsizetype i = pending.at(k);
            if (response.status == 401 && attempt == 0) {
                unauthorized.append(i); // asked again below with a new token, once
                return;
            }
            onReply(i, read(serviceType, "GET", QUrl(root + paths.at(i)), response));
        });
        pending = unauthorized;
        if (!pending.isEmpty()) {
            ++m_retriesAfter401;
            m_token.reset();
            const std::optional<CloudError> authError = authenticate();
            if (!authError)
                continue;
            err = *authError; // every path still pending gets it
            for (const qsizetype i : std::as_const(pending)) {
                CloudReply r;
                r.method = "GET";
                r.url = redactedUrl(QUrl(root + paths.at(i)));
                r.error = err;
                onReply(i, r);
            }
            return;
        }
    }
}

} // namespace cloud
