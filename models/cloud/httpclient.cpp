#include "cloud/httpclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>

#include <map>

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

namespace {

HttpResponse cancelledResponse()
{
    HttpResponse out;
    out.cancelled = true;
    out.error = QNetworkReply::OperationCanceledError;
    out.errorString = QStringLiteral("cancelled");
    return out;
}

// TLS errors are collected while the reply runs: the message names them.
void watchTls(QNetworkReply *reply, HttpResponse *out)
{
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [out](const QList<QSslError> &errors) {
        out->tlsFailure = true;
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        out->errorString = texts.join(QStringLiteral("; "));
    });
}

} // namespace

QNetworkReply *HttpClient::start(const HttpRequest &request)
{
    QNetworkRequest req(request.url);
    req.setSslConfiguration(m_ssl);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(m_timeoutMs);
    for (const auto &[k, v] : request.headers)
        req.setRawHeader(k, v);
    return m_nam->sendCustomRequest(req, request.method, request.body);
}

HttpResponse HttpClient::finish(QNetworkReply *reply, HttpResponse out) const
{
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

HttpResponse HttpClient::send(const HttpRequest &request)
{
    HttpResponse out = cancelledResponse(); // what a request cancelled before it starts answers
    sendAll({request}, 1, [&out](qsizetype, const HttpResponse &response) { out = response; });
    return out;
}

void HttpClient::sendAll(const QList<HttpRequest> &requests, int inFlight, const std::function<void(qsizetype, const HttpResponse &)> &onReply)
{
    inFlight = std::max(1, inFlight);
    struct Running
    {
        std::unique_ptr<QNetworkReply> reply;
        std::unique_ptr<HttpResponse> tls; // written by the sslErrors handler while it runs
    };
    std::map<qsizetype, Running> running;
    qsizetype next = 0;
    QEventLoop loop;
    std::function<void()> launch;
    launch = [&] {
        while (next < requests.size() && qsizetype(running.size()) < inFlight && !cancelled()) {
            const qsizetype index = next++;
            Running r{std::unique_ptr<QNetworkReply>(start(requests.at(index))), std::make_unique<HttpResponse>()};
            watchTls(r.reply.get(), r.tls.get());
            QNetworkReply *reply = r.reply.get();
            running.emplace(index, std::move(r));
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, index] {
                const auto it = running.find(index);
                const HttpResponse response = finish(it->second.reply.get(), *it->second.tls);
                it->second.reply.release()->deleteLater(); // its own finished() is still on the stack
                running.erase(it);
                onReply(index, response);
                launch();
                if (running.empty() && (next >= requests.size() || cancelled()))
                    loop.quit();
            });
        }
    };
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!cancelled())
            return;
        QList<QNetworkReply *> replies; // abort() finishes a reply at once, and that erases it
        for (auto &[index, r] : running)
            replies.append(r.reply.get());
        for (QNetworkReply *reply : replies)
            reply->abort();
    });
    poll.start();
    launch();
    if (!running.empty())
        loop.exec();
    // The replies given to deleteLater() above: a worker thread may have no event loop of its own.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (; next < requests.size(); ++next)
        onReply(next, cancelledResponse());
}

} // namespace cloud
