#pragma once

#include "cloud/cloudconfig.h"
#include "cloud/clouderror.h"
#include "cloud/httpclient.h"
#include "cloud/keystone.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace cloud {

// One answer of a cloud's API.
struct CloudReply
{
    int status = 0;
    QJsonValue json;       // the body, parsed (undefined for an empty body)
    QString url;
    QByteArray method;
    std::optional<CloudError> error;
    bool ok() const { return !error.has_value(); }
};

// A cloud's APIs for one thread (the CLI's, or a worker's: every call blocks that thread's
// event loop until the answer, see HttpClient). Gets a Keystone v3 token when it has none or
// its token expires within a minute (a tenth of its life if shorter), and once more when a service answers 401 (a revoked or
// expired token), then repeats the call. Errors name the cloud, the service and the URL.
class CloudClient
{
public:
    explicit CloudClient(CloudConfig config, int timeoutMs = 60000);

    const CloudConfig &config() const { return m_config; }
    // Set-up problems (a missing password, an unreadable cacert); checked again by each call.
    std::optional<CloudError> configError() const { return m_configError; }
    // "verify: false" and the like: shown to the operator, never silently.
    QStringList warnings() const;

    // A new token now (the old one is dropped).
    std::optional<CloudError> authenticate();
    const std::optional<Token> &token() const { return m_token; }
    int tokensIssued() const { return m_tokensIssued; }
    int retriesAfter401() const { return m_retriesAfter401; } // calls repeated with a new token

    // The service's endpoint from the catalog (authenticating first if needed).
    std::optional<QUrl> endpoint(const QString &serviceType, CloudError *error);

    // METHOD endpoint+path of a service ("compute", "placement", "identity"); path starts with
    // '/' or is empty; body is sent as JSON unless undefined; microversion ("2.86") is sent as
    // OpenStack-API-Version for the service. A 2xx reply is ok; anything else is an error.
    CloudReply call(const QString &serviceType, const QByteArray &method, const QString &path,
                    const QJsonValue &body = QJsonValue(QJsonValue::Undefined), const QString &microversion = {});

    // GET endpoint+path for every path of a service, up to inFlight at once; onReply(index, reply)
    // as each answer arrives, in any order. Replies of 401 are asked again once with a new token.
    void getAll(const QString &serviceType, const QStringList &paths, const QString &microversion, int inFlight,
                const std::function<void(qsizetype, const CloudReply &)> &onReply);

    void setCancelFlag(std::shared_ptr<std::atomic_bool> flag) { m_http.setCancelFlag(std::move(flag)); }

private:
    CloudReply send(const QString &serviceType, const QByteArray &method, const QUrl &url, const QJsonValue &body, const QString &microversion);
    HttpRequest request(const QString &serviceType, const QByteArray &method, const QUrl &url, const QJsonValue &body, const QString &microversion) const;
    CloudReply read(const QString &serviceType, const QByteArray &method, const QUrl &url, const HttpResponse &response);
    CloudError error(CloudError::Kind kind, const QString &service, const QString &url, const QString &message, int status = 0) const;
    bool tokenFresh() const;

    CloudConfig m_config;
    HttpClient m_http;
    std::optional<CloudError> m_configError;
    std::optional<Token> m_token;
    int m_tokensIssued = 0;
    int m_retriesAfter401 = 0;
    QByteArray m_lastSubjectToken; // of the last identity reply; a secret
};

// The API's own message from an error body (Nova's {"badRequest": {"message"}}, Keystone's
// {"error": {"message"}}, Placement's {"errors": [{"detail"}]}), else the body's start.
QString apiMessage(const QByteArray &body);

} // namespace cloud
