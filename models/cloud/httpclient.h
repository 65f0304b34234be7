#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace cloud {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct HttpResponse
{
    int status = 0; // 0: no HTTP answer (see error)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool tlsFailure = false;
    bool cancelled = false;
    bool timedOut = false;
    QByteArray header(const QByteArray &name) const; // case-insensitive
};

// The TLS rules of one cloud: its own CA file, or (verify false) no verification at all.
struct TlsOptions
{
    QString cacert;
    bool verify = true;
};

// Blocking HTTP over QNetworkAccessManager for one thread: send() runs the thread's event loop
// until the reply, the timeout or a cancel. It belongs on a worker thread (or the CLI's main
// thread), never on the GUI thread. Only http and https.
class HttpClient
{
public:
    explicit HttpClient(int timeoutMs = 60000);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    // Reads the CA file (PEM); false and *error when it cannot be read or holds no certificate.
    bool setTls(const TlsOptions &tls, QString *error);
    // A flag another thread may set: the request in flight is aborted within 50 ms.
    void setCancelFlag(std::shared_ptr<std::atomic_bool> flag) { m_cancel = std::move(flag); }
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    HttpResponse send(const HttpRequest &request);
    // Every request, up to inFlight at once on this thread's event loop (Qt opens at most six
    // connections per server, more wait in its queue); onReply(index, response) as each answer
    // arrives, in any order. A cancel aborts the ones in flight and answers the rest as cancelled.
    void sendAll(const QList<HttpRequest> &requests, int inFlight, const std::function<void(qsizetype, const HttpResponse &)> &onReply);

private:
    QNetworkReply *start(const HttpRequest &request);
    HttpResponse finish(QNetworkReply *reply, HttpResponse out) const;

    std::unique_ptr<QNetworkAccessManager> m_nam;
    QSslConfiguration m_ssl;
    int m_timeoutMs;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace cloud
