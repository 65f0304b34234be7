#include "cloud/httpclient.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>

namespace cloud {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

HttpClient::HttpClient(int timeoutMs)
    : m_nam(std::make_unique<QNetworkAccessManager>())
    , m_ssl(QSslConfiguration::defaultConfiguration())
    , m_timeoutMs(timeoutMs)
{
    // Every reply is read whole; nothing is cached or kept for later requests.
    m_nam->setAutoDeleteReplies(false);
}

HttpClient::~HttpClient() = default;

bool HttpClient::setTls(const TlsOptions &tls, QString *error)
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    if (!tls.cacert.isEmpty()) {
        QFile f(tls.cacert);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cacert %1: %2").arg(tls.cacert, f.errorString());
            return false;
        }
        const QList<QSslCertificate> certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        if (certs.isEmpty()) {
            *error = QStringLiteral("cacert %1: no PEM certificate in it").arg(tls.cacert);
            return false;
        }
        m_ssl.addCaCertificates(certs);
    }
    if (!tls.verify)
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    return true;
}

HttpResponse HttpClient::send(const HttpRequest &request)
{
    HttpResponse out;
    if (cancelled()) {
        out.cancelled = true;
        out.error = QNetworkReply::OperationCanceledError;
        out.errorString = QStringLiteral("cancelled");
        return out;
    }
    QNetworkRequest req(request.url);
    req.setSslConfiguration(m_ssl);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(m_timeoutMs);
    for (const auto &[k, v] : request.headers)
        req.setRawHeader(k, v);
    std::unique_ptr<QNetworkReply> reply(m_nam->sendCustomRequest(req, request.method, request.body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, &loop, [&out](const QList<QSslError> &errors) {
        out.tlsFailure = true;
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        out.errorString = texts.join(QStringLiteral("; "));
    });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled())
            reply->abort();
    });
    poll.start();
    if (!reply->isFinished())
        loop.exec();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    out.error = reply->error();
    if (cancelled()) {
        out.cancelled = true;
        out.status = 0;
        out.errorString = QStringLiteral("cancelled");
    } else if (out.error == QNetworkReply::SslHandshakeFailedError) {
        out.tlsFailure = true;
        if (out.errorString.isEmpty())
            out.errorString = reply->errorString();
    } else if (out.error == QNetworkReply::OperationCanceledError || out.error == QNetworkReply::TimeoutError) {
        out.timedOut = true;
        out.status = 0; // a status line without the whole answer is no answer
        out.errorString = QStringLiteral("no answer within %1 s").arg(m_timeoutMs / 1000.0);
    } else if (out.status == 0) {
        out.errorString = reply->errorString();
    }
    return out;
}

} // namespace cloud
