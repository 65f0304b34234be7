// CloudClient and the compute API against the real control plane (Keystone, Placement,
// nova-api; tests/support/controlplanefixture.h): auth kinds, catalog, release, paged pull,
// tokens that expire or are revoked mid-pull, and every kind of bad answer with its message.
#include "cloud/cloudclient.h"
#include "cloud/cloudtasks.h"
#include "cloud/computeapi.h"
#include "cloud/deployedlint.h"
#include "controlplanefixture.h"
#include "processutil.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace cloud;

namespace {

constexpr int kSeededFlavors = 35; // tools/demo_flavors.py FLAVORS
constexpr int kTokenSeconds = 8;   // the fixture's Keystone issues short tokens: they expire during a test

QString adminId(CloudClient &admin, const QString &collection, const QString &name)
{
    const CloudReply r = admin.call(QStringLiteral("identity"), "GET", QStringLiteral("/%1?name=%2").arg(collection, name));
    return r.json.toObject().value(collection).toArray().first().toObject().value(QStringLiteral("id")).toString();
}

QString why(const CloudReply &reply)
{
    return reply.error ? reply.error->toString() : QString();
}

} // namespace

class TestCloudClient : public QObject
{
    Q_OBJECT
    ControlPlaneFixture m_cp{ControlPlaneFixture::Options{QStringLiteral("seeded"), kTokenSeconds}};

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cp.start(&error), qPrintable(error));
        qInfo("control plane started in %lld ms", m_cp.startMs());
    }

    void passwordAuthAndCatalog()
    {
        CloudClient client(m_cp.adminConfig());
        QVERIFY(!client.authenticate());
        QCOMPARE(client.token()->projectName, QStringLiteral("admin"));
        QVERIFY(client.token()->roles.contains(QStringLiteral("admin")));
        QCOMPARE(client.token()->catalog.serviceTypes(), (QStringList{QStringLiteral("compute"), QStringLiteral("identity"), QStringLiteral("placement")}));
        CloudError error;
        QCOMPARE(client.endpoint(QStringLiteral("placement"), &error)->port(), int(m_cp.port(QStringLiteral("placement"))));
        QCOMPARE(client.endpoint(QStringLiteral("compute"), &error)->port(), int(m_cp.port(QStringLiteral("nova"))));
        QVERIFY(client.token()->issuedAt.secsTo(client.token()->expiresAt) <= kTokenSeconds);
    }

    void computeVersionNamesTheRelease()
    {
        CloudClient client(m_cp.adminConfig());
        CloudError error;
        const auto v = readComputeVersion(client, &error);
        QVERIFY2(v, qPrintable(error.toString()));
        QCOMPARE(v->maxVersion, QStringLiteral("2.100")); // Debian 13's Nova 31
        QCOMPARE(v->release.release.major(), 31);
        QCOMPARE(v->release.newest, 32);
    }

    void pullPagesEveryFlavorWithAccess()
    {
        CloudClient client(m_cp.adminConfig());
        CloudError error;
        QList<int> progress;
        const auto flavors = pullFlavors(client, PullOptions{7, [&](int n) { progress << n; }}, &error);
        QVERIFY2(flavors, qPrintable(error.toString()));
        QCOMPARE(flavors->size(), kSeededFlavors);
        QCOMPARE(progress, (QList<int>{7, 14, 21, 28, 35, 35})); // five full pages, then an empty one
        QSet<QString> ids;
        for (const flavors::Flavor &f : *flavors)
            ids.insert(f.id);
        QCOMPARE(ids.size(), kSeededFlavors); // the marker moved on: no page twice
        auto find = [&](const QString &name) {
            for (const flavors::Flavor &f : *flavors)
                if (f.name == name)
                    return f;
            return flavors::Flavor{};
        };
        const flavors::Flavor sriov = find(QStringLiteral("nfv.sriov.4c8g"));
        QVERIFY(!sriov.isPublic);
        QCOMPARE(sriov.access.size(), 2);
        QCOMPARE(find(QStringLiteral("bad.policy.4c8g")).extraSpecs.value(QStringLiteral("hw:cpu_policy")), QStringLiteral("bogus"));
        QCOMPARE(find(QStringLiteral("c1.pinned.4c8g")).description, QStringLiteral("Pinned CPUs"));
        QCOMPARE(find(QStringLiteral("m2.large.swap")).swapMb, 2048);
        QCOMPARE(find(QStringLiteral("m2.large.swap")).ephemeralGb, 20);

        // Stored at 2.1, refused now: every broken and unbootable flavor is an error for Nova 31.
        QStringList withErrors;
        for (const FlavorVerdict &v : lintDeployed(*flavors, rules::NovaRelease(31)))
            if (v.hasErrors)
                withErrors << v.flavor.name;
        withErrors.sort();
        QCOMPARE(withErrors.join(QLatin1Char(' ')), (QStringList{QStringLiteral("bad.numa.8c16g"), QStringLiteral("bad.pages.4c8g"), QStringLiteral("bad.policy.4c8g"),
                                          QStringLiteral("bad.typo.4c8g"), QStringLiteral("bad.vgpu.8c32g"), QStringLiteral("bad.watchdog.2c4g"),
                                          QStringLiteral("unboot.numa3.2c4g"), QStringLiteral("unboot.rt.4c8g"), QStringLiteral("viommu.q35.4c8g")}.join(QLatin1Char(' '))));
    }

    // CloudTasks: the pull runs on a thread of its own while the caller's event loop goes on,
    // and cancelAll() ends a long pull with Cancelled.
    void tasksRunOffTheCallingThreadAndCancel()
    {
        CloudTasks tasks;
        int ticks = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start();
        const QThread *caller = QThread::currentThread();
        std::optional<int> count;
        bool offThread = false;
        tasks.run(m_cp.adminConfig(), [&offThread, caller](CloudClient &c) {
                 offThread = QThread::currentThread() != caller;
                 CloudError e;
                 const auto f = pullFlavors(c, PullOptions{5, {}}, &e);
                 return f ? int(f->size()) : -1;
             }).then(this, [&count](int n) { count = n; });
        QTRY_VERIFY_WITH_TIMEOUT(count.has_value(), 60000);
        QCOMPARE(*count, kSeededFlavors);
        QVERIFY(offThread);
        QVERIFY2(ticks > 5, qPrintable(QString::number(ticks))); // the calling thread was never blocked

        std::optional<int> kind;
        tasks.run(m_cp.adminConfig(), [](CloudClient &c) {
                 CloudError e;
                 const auto f = pullFlavors(c, PullOptions{1, {}}, &e); // 36 calls: long enough to cancel
                 return f ? -1 : int(e.kind);
             }).then(this, [&kind](int k) { kind = k; });
        QTest::qWait(300);
        tasks.cancelAll();
        QTRY_VERIFY_WITH_TIMEOUT(kind.has_value(), 30000);
        QCOMPARE(*kind, int(CloudError::Kind::Cancelled));
    }

    // The token runs out between two pages: the client sees it coming and gets a new one.
    void tokenExpiresMidPull()
    {
        CloudClient client(m_cp.adminConfig());
        CloudError error;
        int pages = 0;
        const auto flavors = pullFlavors(client, PullOptions{10, [&](int) {
                                                 if (++pages == 1) {
                                                     const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(client.token()->expiresAt);
                                                     QThread::msleep(quint64(std::max<qint64>(0, left) + 300));
                                                 }
                                             }},
                                         &error);
        QVERIFY2(flavors, qPrintable(error.toString()));
        QCOMPARE(flavors->size(), kSeededFlavors);
        // A new token (a third if the rest of the pull outlived the second). nova-api's own
        // service token expires as fast, and keystonemiddleware sometimes answers 401 while it
        // renews that one: the client then repeats the call once, which this accepts.
        QVERIFY(client.tokensIssued() >= 2);
        QVERIFY(client.token()->expiresAt > QDateTime::currentDateTimeUtc());
    }

    // Keystone revokes the token between two pages: nova-api answers 401, the client gets a
    // new token and repeats the call once.
    void tokenRevokedMidPull()
    {
        CloudClient client(m_cp.adminConfig());
        CloudError error;
        int pages = 0;
        const auto flavors = pullFlavors(client, PullOptions{10, [&](int) {
                                                 if (++pages != 2)
                                                     return;
                                                 QVERIFY(!client.authenticate()); // a fresh token: it cannot run out before the next page
                                                 HttpClient http;
                                                 HttpRequest revoke{"DELETE", QUrl(m_cp.authUrl() + QStringLiteral("/auth/tokens")),
                                                                    {{"X-Auth-Token", client.token()->id}, {"X-Subject-Token", client.token()->id}}, {}};
                                                 QCOMPARE(http.send(revoke).status, 204);
                                             }},
                                         &error);
        QVERIFY2(flavors, qPrintable(error.toString()));
        QCOMPARE(flavors->size(), kSeededFlavors);
        QCOMPARE(pages, 4); // 10, 10, 10, 5
        QCOMPARE(client.retriesAfter401(), 1);
        QVERIFY(client.tokensIssued() >= 2);
    }

    void applicationCredentialAndTokenAuth()
    {
        CloudClient admin(m_cp.adminConfig());
        QVERIFY(!admin.authenticate());
        const CloudReply made = admin.call(QStringLiteral("identity"), "POST", QStringLiteral("/users/%1/application_credentials").arg(admin.token()->userId),
                                           QJsonObject{{QStringLiteral("application_credential"), QJsonObject{{QStringLiteral("name"), QStringLiteral("vdeck-test")}}}});
        QVERIFY2(made.ok(), qPrintable(why(made)));
        const QJsonObject cred = made.json.toObject().value(QStringLiteral("application_credential")).toObject();

        CloudConfig app;
        app.name = QStringLiteral("appcred");
        app.authUrl = m_cp.authUrl();
        app.authType = AuthType::ApplicationCredential;
        app.applicationCredentialId = cred.value(QStringLiteral("id")).toString();
        app.applicationCredentialSecret = cred.value(QStringLiteral("secret")).toString();
        CloudClient appClient(app);
        CloudError error;
        QVERIFY2(readComputeVersion(appClient, &error), qPrintable(error.toString()));
        QCOMPARE(appClient.token()->projectName, QStringLiteral("admin"));

        CloudConfig tokenConfig = m_cp.adminConfig(QStringLiteral("token"));
        tokenConfig.authType = AuthType::Token;
        tokenConfig.password.clear();
        tokenConfig.token = QString::fromLatin1(admin.token()->id);
        CloudClient tokenClient(tokenConfig);
        QVERIFY2(readComputeVersion(tokenClient, &error), qPrintable(error.toString()));
        QVERIFY(tokenClient.token()->id != admin.token()->id); // a new, project-scoped token
    }

    void wrongPasswordIs401NamingCloudAndUrl()
    {
        CloudConfig c = m_cp.adminConfig(QStringLiteral("wrongpw"));
        c.password = QStringLiteral("not-it");
        CloudClient client(c);
        const std::optional<CloudError> e = client.authenticate();
        QVERIFY(e);
        QCOMPARE(e->kind, CloudError::Kind::Unauthorized);
        QCOMPARE(e->httpStatus, 401);
        const QString text = e->toString();
        QVERIFY2(text.startsWith(QStringLiteral("cloud 'wrongpw', identity, POST %1/auth/tokens: HTTP 401: ").arg(m_cp.authUrl())), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("not-it")));
    }

    void readerIsForbiddenToCreate()
    {
        CloudClient admin(m_cp.adminConfig());
        const CloudReply user = admin.call(QStringLiteral("identity"), "POST", QStringLiteral("/users"),
                                           QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), QStringLiteral("viewer")},
                                                                                            {QStringLiteral("password"), QStringLiteral("viewer-pw")},
                                                                                            {QStringLiteral("domain_id"), QStringLiteral("default")}}}});
        QVERIFY2(user.ok(), qPrintable(why(user)));
        const QString userId = user.json.toObject().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
        const CloudReply role = admin.call(QStringLiteral("identity"), "PUT",
                                           QStringLiteral("/projects/%1/users/%2/roles/%3")
                                               .arg(adminId(admin, QStringLiteral("projects"), QStringLiteral("tenant-a")), userId, adminId(admin, QStringLiteral("roles"), QStringLiteral("reader"))));
        QVERIFY2(role.ok(), qPrintable(why(role)));

        CloudConfig c = m_cp.adminConfig(QStringLiteral("viewer"));
        c.username = QStringLiteral("viewer");
        c.password = QStringLiteral("viewer-pw");
        c.projectName = QStringLiteral("tenant-a");
        CloudClient viewer(c);
        CloudError error;
        // Reading is allowed, but not the access lists (admin only): they are left empty, with a warning.
        QStringList warnings;
        const auto seen = pullFlavors(viewer, PullOptions{1000, {}, [&warnings](const QString &w) { warnings << w; }}, &error);
        QVERIFY2(seen, qPrintable(error.toString()));
        QCOMPARE(seen->size(), kSeededFlavors - 1); // not pci.fpga.1: private to tenant-b
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(QStringLiteral("cloud 'viewer', compute: the access lists of private flavors cannot be read (HTTP 403")), qPrintable(warnings.first()));
        const CloudReply r = viewer.call(QStringLiteral("compute"), "POST", QStringLiteral("/flavors"),
                                         QJsonObject{{QStringLiteral("flavor"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                                                                          {QStringLiteral("vcpus"), 1}, {QStringLiteral("ram"), 512}, {QStringLiteral("disk"), 1}}}},
                                         QStringLiteral("2.75"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, CloudError::Kind::Forbidden);
        QVERIFY2(r.error->toString().contains(QStringLiteral("cloud 'viewer', compute, POST http://127.0.0.1:%1/v2.1/flavors: HTTP 403: ").arg(m_cp.port(QStringLiteral("nova")))),
                 qPrintable(why(r)));
    }

    void existingNameIs409AndBadSpecIs400At286()
    {
        CloudClient client(m_cp.adminConfig());
        const CloudReply dup = client.call(QStringLiteral("compute"), "POST", QStringLiteral("/flavors"),
                                           QJsonObject{{QStringLiteral("flavor"), QJsonObject{{QStringLiteral("name"), QStringLiteral("m1.small")},
                                                                                            {QStringLiteral("vcpus"), 1}, {QStringLiteral("ram"), 512}, {QStringLiteral("disk"), 1}}}},
                                           QStringLiteral("2.75"));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error->kind, CloudError::Kind::Conflict);
        QVERIFY2(dup.error->message.contains(QStringLiteral("m1.small")), qPrintable(why(dup)));

        CloudError error;
        const auto flavors = pullFlavors(client, {}, &error);
        QString id;
        for (const flavors::Flavor &f : *flavors)
            if (f.name == QLatin1String("m1.tiny"))
                id = f.id; // no extra specs: the one set here is the one removed
        const QJsonObject bogus{{QStringLiteral("extra_specs"), QJsonObject{{QStringLiteral("hw:cpu_policy"), QStringLiteral("bogus")}}}};
        const CloudReply at286 = client.call(QStringLiteral("compute"), "POST", QStringLiteral("/flavors/%1/os-extra_specs").arg(id), bogus, QStringLiteral("2.86"));
        QVERIFY(!at286.ok());
        QCOMPARE(at286.error->kind, CloudError::Kind::Rejected);
        QCOMPARE(at286.status, 400);
        QVERIFY2(at286.error->message.contains(QStringLiteral("'bogus' is not one of")), qPrintable(why(at286)));
        // What the openstack CLI does by default: 2.1 stores it (and then it is undone here).
        QVERIFY(client.call(QStringLiteral("compute"), "POST", QStringLiteral("/flavors/%1/os-extra_specs").arg(id), bogus, QStringLiteral("2.1")).ok());
        QVERIFY(client.call(QStringLiteral("compute"), "DELETE", QStringLiteral("/flavors/%1/os-extra_specs/hw:cpu_policy").arg(id), QJsonValue::Undefined, QStringLiteral("2.86")).ok());
    }

    void missingEndpointNamesServiceAndRegion()
    {
        CloudConfig c = m_cp.adminConfig(QStringLiteral("elsewhere"));
        c.regionName = QStringLiteral("RegionTwo");
        CloudClient client(c);
        CloudError error;
        QVERIFY(!readComputeVersion(client, &error));
        QCOMPARE(error.kind, CloudError::Kind::NoEndpoint);
        QCOMPARE(error.toString(), QStringLiteral("cloud 'elsewhere', compute, %1: no compute endpoint for interface public in region RegionTwo in the catalog").arg(m_cp.authUrl()));
        CloudClient plain(m_cp.adminConfig());
        QVERIFY(!plain.endpoint(QStringLiteral("volumev3"), &error));
        QVERIFY2(error.message.contains(QStringLiteral("no volumev3 service in the catalog (it has: compute, identity, placement)")), qPrintable(error.toString()));
    }

    void unreachableAndCancelled()
    {
        CloudConfig c = m_cp.adminConfig(QStringLiteral("gone"));
        c.authUrl = QStringLiteral("http://127.0.0.1:%1/v3").arg(freeLoopbackPort());
        CloudClient client(c);
        const auto e = client.authenticate();
        QCOMPARE(e->kind, CloudError::Kind::Unreachable);
        QVERIFY2(e->toString().startsWith(QStringLiteral("cloud 'gone', identity, POST %1/auth/tokens: unreachable: ").arg(c.authUrl)), qPrintable(e->toString()));

        CloudClient pulling(m_cp.adminConfig());
        auto cancel = std::make_shared<std::atomic_bool>(false);
        pulling.setCancelFlag(cancel);
        CloudError error;
        QVERIFY(!pullFlavors(pulling, PullOptions{5, [&](int) { cancel->store(true); }}, &error));
        QCOMPARE(error.kind, CloudError::Kind::Cancelled);
    }

    // A self-signed HTTPS endpoint (certificate by openssl): refused without its CA, accepted with it
    // as cacert (or verify false), and then its answer is not the JSON of Keystone's API.
    void tlsAndMalformedReplies()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem")), key = dir.filePath(QStringLiteral("key.pem"));
        const ProcessResult made = runProcess(QStringLiteral("openssl"),
                                              {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                                               QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                                               QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const quint16 port = freeLoopbackPort();
        // A proxy's error page: HTML where the API's JSON should be.
        const QString serverCode = QStringLiteral(
            "import http.server, ssl, sys\n"
            "class H(http.server.BaseHTTPRequestHandler):\n"
            "    def do_GET(self):\n"
            "        body = b'<html>502 Bad Gateway</html>'\n"
            "        self.send_response(200); self.send_header('Content-Type', 'text/html')\n"
            "        self.send_header('Content-Length', str(len(body))); self.end_headers(); self.wfile.write(body)\n"
            "    do_POST = do_GET\n"
            "s = http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), H)\n"
            "ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); ctx.load_cert_chain(sys.argv[2], sys.argv[3])\n"
            "s.socket = ctx.wrap_socket(s.socket, server_side=True)\n"
            "s.serve_forever()\n");
        QProcess server;
        server.setChildProcessModifier([] { dieWithParent(); });
        server.start(QStringLiteral("python3"), {QStringLiteral("-c"), serverCode, QString::number(port), cert, key});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT([port] { QTcpSocket s; s.connectToHost(QStringLiteral("127.0.0.1"), port); return s.waitForConnected(200); }(), 10000);

        CloudConfig c = m_cp.adminConfig(QStringLiteral("selfsigned"));
        c.authUrl = QStringLiteral("https://127.0.0.1:%1/v3").arg(port);
        CloudClient untrusted(c);
        auto e = untrusted.authenticate();
        QCOMPARE(e->kind, CloudError::Kind::Tls);
        QVERIFY2(e->toString().startsWith(QStringLiteral("cloud 'selfsigned', identity, POST https://127.0.0.1:%1/v3/auth/tokens: TLS: ").arg(port)), qPrintable(e->toString()));
        QVERIFY2(e->message.contains(QStringLiteral("cacert")), qPrintable(e->toString()));

        // The catalog of region RegionTLS sends compute calls to that server.
        CloudClient admin(m_cp.adminConfig());
        QVERIFY(admin.call(QStringLiteral("identity"), "POST", QStringLiteral("/regions"), QJsonObject{{QStringLiteral("region"), QJsonObject{{QStringLiteral("id"), QStringLiteral("RegionTLS")}}}}).ok());
        const CloudReply services = admin.call(QStringLiteral("identity"), "GET", QStringLiteral("/services?type=compute"));
        const QString computeId = services.json.toObject().value(QStringLiteral("services")).toArray().first().toObject().value(QStringLiteral("id")).toString();
        const CloudReply ep = admin.call(QStringLiteral("identity"), "POST", QStringLiteral("/endpoints"),
                                         QJsonObject{{QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("service_id"), computeId}, {QStringLiteral("interface"), QStringLiteral("public")},
                                                                                            {QStringLiteral("region_id"), QStringLiteral("RegionTLS")},
                                                                                            {QStringLiteral("url"), QStringLiteral("https://127.0.0.1:%1/v2.1").arg(port)}}}});
        QVERIFY2(ep.ok(), qPrintable(why(ep)));
        c = m_cp.adminConfig(QStringLiteral("tlsregion"));
        c.regionName = QStringLiteral("RegionTLS");
        CloudError error;
        CloudClient noCa(c);
        QVERIFY(!readComputeVersion(noCa, &error));
        QCOMPARE(error.kind, CloudError::Kind::Tls);
        QVERIFY2(error.toString().startsWith(QStringLiteral("cloud 'tlsregion', compute, GET https://127.0.0.1:%1/v2.1: TLS: ").arg(port)), qPrintable(error.toString()));

        // Trusted through cacert, or not checked at all (verify false, with a warning): the
        // server's HTML page is not the version document.
        c.cacert = cert;
        CloudClient trusted(c);
        QVERIFY(trusted.warnings().isEmpty());
        QVERIFY(!readComputeVersion(trusted, &error));
        QCOMPARE(error.kind, CloudError::Kind::Malformed);
        QVERIFY2(error.toString().startsWith(QStringLiteral("cloud 'tlsregion', compute, GET https://127.0.0.1:%1/v2.1: HTTP 200: the reply is not JSON").arg(port)),
                 qPrintable(error.toString()));
        QVERIFY2(error.toString().contains(QStringLiteral("<html>502 Bad Gateway</html>")), qPrintable(error.toString()));
        c.cacert.clear();
        c.verify = false;
        CloudClient unverified(c);
        QCOMPARE(unverified.warnings().size(), 1);
        QVERIFY(!readComputeVersion(unverified, &error));
        QCOMPARE(error.kind, CloudError::Kind::Malformed);

        c.cacert = dir.filePath(QStringLiteral("missing.pem"));
        c.verify = true;
        CloudClient noFile(c);
        QCOMPARE(noFile.configError()->kind, CloudError::Kind::Config);
        QVERIFY(noFile.configError()->toString().contains(QStringLiteral("missing.pem")));
        server.kill();
        server.waitForFinished();
    }
};

VDECK_TEST_MAIN(TestCloudClient)
#include "tst_cloudclient.moc"
