// The connect dialog's URI builder and the credential bridge (worker thread asks, GUI answers).
#include "hosts/connecturi.h"
#include "hosts/credentialbridge.h"
#include "testmain.h"

#include <QSignalSpy>
#include <QThread>
#include <QUrlQuery>

using hosts::UriSpec;
using Transport = hosts::UriSpec::Transport;

class TestConnectUri : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builds_data()
    {
        QTest::addColumn<int>("transport");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("testFile");
        QTest::addColumn<QString>("expected");
        QTest::newRow("local") << int(Transport::Local) << QString() << QString() << 0 << QString() << QStringLiteral("/system") << QString()
                               << QStringLiteral("qemu:///system");
        QTest::newRow("local session") << int(Transport::Local) << QString() << QString() << 0 << QString() << QStringLiteral("/session")
                                       << QString() << QStringLiteral("qemu:///session");
        QTest::newRow("ssh") << int(Transport::Ssh) << QStringLiteral("root") << QStringLiteral("compute-1") << 2222
                             << QStringLiteral("/home/op/.ssh/id_ed25519") << QStringLiteral("/system") << QString()
                             << QStringLiteral("qemu+ssh://root@compute-1:2222/system?keyfile=/home/op/.ssh/id_ed25519");
        QTest::newRow("ssh no user") << int(Transport::Ssh) << QString() << QStringLiteral("compute-1") << 0 << QString()
                                     << QStringLiteral("/system") << QString() << QStringLiteral("qemu+ssh://compute-1/system");
        QTest::newRow("tls") << int(Transport::Tls) << QString() << QStringLiteral("compute-2") << 16514 << QString()
                             << QStringLiteral("/system") << QString() << QStringLiteral("qemu+tls://compute-2:16514/system");
        QTest::newRow("test file") << int(Transport::Test) << QString() << QString() << 0 << QString() << QStringLiteral("/system")
                                   << QStringLiteral("/srv/hosts/demo.xml") << QStringLiteral("test:///srv/hosts/demo.xml");
        QTest::newRow("test default") << int(Transport::Test) << QString() << QString() << 0 << QString() << QStringLiteral("/system")
                                      << QString() << QStringLiteral("test:///default");
    }

    void builds()
    {
        QFETCH(int, transport);
        UriSpec spec;
        spec.transport = Transport(transport);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, keyFile);
        QFETCH(QString, path);
        QFETCH(QString, testFile);
        QFETCH(QString, expected);
        spec.user = user;
        spec.host = host;
        spec.port = port;
        spec.keyFile = keyFile;
        spec.driverPath = path;
        spec.testFile = testFile;
        QString error;
        QCOMPARE(hosts::buildUri(spec, &error), expected);
        QVERIFY(error.isEmpty());
    }

    void libsshVerifiesHostKeys()
    {
        UriSpec spec;
        spec.transport = Transport::Libssh;
        spec.user = QStringLiteral("root");
        spec.host = QStringLiteral("compute-3");
        spec.knownHostsFile = QStringLiteral("/home/op/.ssh/known_hosts");
        QString error;
        const QString uri = hosts::buildUri(spec, &error);
        QVERIFY2(!uri.isEmpty(), qPrintable(error));
        QVERIFY(uri.startsWith(QLatin1String("qemu+libssh://root@compute-3")));
        const QUrlQuery query(QUrl(uri).query());
        QCOMPARE(query.queryItemValue(QStringLiteral("known_hosts"), QUrl::FullyDecoded), spec.knownHostsFile);
        QCOMPARE(query.queryItemValue(QStringLiteral("known_hosts_verify")), QStringLiteral("normal"));
        QVERIFY(!uri.contains(QLatin1String("no_verify")));
        spec.knownHostsFile.clear(); // falls back to ~/.ssh/known_hosts, never to no verification
        QVERIFY(QUrlQuery(QUrl(hosts::buildUri(spec, &error)).query()).hasQueryItem(QStringLiteral("known_hosts")));
    }

    void incompleteSpecsSayWhy()
    {
        UriSpec spec;
        spec.transport = Transport::Ssh;
        QString error;
        QVERIFY(hosts::buildUri(spec, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("host")));
        spec.transport = Transport::Test;
        spec.testFile = QStringLiteral("relative.xml");
        error.clear();
        QVERIFY(hosts::buildUri(spec, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("absolute")));
    }

    void credentialsAreAskedOnTheBridgeThread()
    {
        hosts::CredentialBridge bridge;
        QSignalSpy asked(&bridge, &hosts::CredentialBridge::requested);
        connect(&bridge, &hosts::CredentialBridge::requested, this,
                [&bridge](quint64 id, const QString &uri, QList<hosts::CredentialRequest> requests) {
                    QCOMPARE(QThread::currentThread(), bridge.thread());
                    QCOMPARE(uri, QStringLiteral("qemu+tls://h/system"));
                    requests[0].result = QStringLiteral("operator");
                    requests[1].result = QStringLiteral("s3cret");
                    bridge.answer(id, requests, true);
                });
        const hosts::CredentialPrompt prompt = bridge.prompt(QStringLiteral("qemu+tls://h/system"));
        QList<hosts::CredentialRequest> requests{{2, QStringLiteral("User:"), {}, {}, false, {}},
                                                 {5, QStringLiteral("Password:"), {}, {}, true, {}}};
        bool ok = false;
        QThread *worker = QThread::create([&] { ok = prompt(requests); });
        worker->start();
        QTRY_VERIFY(worker->isFinished());
        delete worker;
        QVERIFY(ok);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(requests.at(0).result, QStringLiteral("operator"));
        QCOMPARE(requests.at(1).result, QStringLiteral("s3cret"));
        QCOMPARE(bridge.pending(), 0);
    }

    void aGoneBridgeCancelsWaitingWorkers()
    {
        auto *bridge = new hosts::CredentialBridge;
        const hosts::CredentialPrompt prompt = bridge->prompt(QStringLiteral("qemu+ssh://h/system"));
        QList<hosts::CredentialRequest> requests{{5, QStringLiteral("Password:"), {}, {}, true, {}}};
        bool ok = true;
        QThread *worker = QThread::create([&] { ok = prompt(requests); });
        worker->start();
        QTRY_COMPARE(bridge->pending(), 1); // nobody answers
        delete bridge;
        QVERIFY(worker->wait(5000));
        delete worker;
        QVERIFY(!ok);
        QVERIFY(!prompt(requests)); // asking a gone bridge: no
    }
};

VDECK_TEST_MAIN(TestConnectUri)
#include "tst_connecturi.moc"
