// tools/delay-proxy.py (through DelayProxyFixture), the network of the remote benchmarks: an
// echo server behind it sees every byte intact, a round trip takes at least twice the one-way
// delay, and the stream stays pipelined (chunks sent apart arrive apart, each delayed once, not
// queued behind one another's delay).
#include "delayproxyfixture.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

class TestDelayProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_echo.listen(QHostAddress::LocalHost, 0));
        connect(&m_echo, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_echo.nextPendingConnection()) {
                s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    void cleanup()
    {
        m_proxy.stop();
        m_echo.close();
        disconnect(&m_echo, nullptr, this, nullptr);
    }

    void roundTripIsTwiceTheDelay()
    {
        QVERIFY(startProxy(50));
        QTcpSocket client;
        QVERIFY(connectClient(client));
        QList<qint64> rtts;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            client.write("x");
            QVERIFY(QTest::qWaitFor([&] { return client.bytesAvailable() > 0; }, 5000));
            rtts.append(t.elapsed());
            QCOMPARE(client.readAll(), QByteArray("x"));
        }
        std::sort(rtts.begin(), rtts.end());
        qInfo("RTT through the proxy at 50 ms one-way: %lld to %lld ms", rtts.first(), rtts.last());
        QVERIFY2(rtts.first() >= 99, qPrintable(QStringLiteral("a round trip took %1 ms").arg(rtts.first())));
        // A loaded machine adds scheduling delay, never less: the median stays near 100 ms.
        QVERIFY2(rtts.at(2) < 300, qPrintable(QStringLiteral("median round trip %1 ms").arg(rtts.at(2))));
    }

    void bytesArriveIntact()
    {
        QVERIFY(startProxy(5));
        QTcpSocket client;
        QVERIFY(connectClient(client));
        QByteArray sent(8 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(4711);
        rng.fillRange(reinterpret_cast<quint32 *>(sent.data()), sent.size() / 4);
        QByteArray received;
        connect(&client, &QTcpSocket::readyRead, &client, [&] { received += client.readAll(); });
        for (qsizetype at = 0; at < sent.size(); at += 100000)
            client.write(sent.mid(at, 100000));
        QVERIFY(QTest::qWaitFor([&] { return received.size() >= sent.size(); }, 60000));
        QCOMPARE(received.size(), sent.size());
        QVERIFY(received == sent);
    }

    void streamStaysPipelined()
    {
        const int delayMs = 100, chunks = 10, spacingMs = 20;
        QVERIFY(startProxy(delayMs));
        QTcpSocket client;
        QVERIFY(connectClient(client));
        QElapsedTimer clock;
        QList<qint64> sentAt, arrivedAt;
        QByteArray received;
        connect(&client, &QTcpSocket::readyRead, &client, [&] {
            const QByteArray data = client.readAll();
            for (int i = 0; i < data.size(); ++i)
                arrivedAt.append(clock.elapsed());
            received += data;
        });
        clock.start();
        for (int i = 0; i < chunks; ++i) {
            sentAt.append(clock.elapsed());
            client.write(QByteArray(1, char('a' + i)));
            client.flush();
            QTest::qWait(spacingMs);
        }
        QVERIFY(QTest::qWaitFor([&] { return received.size() >= chunks; }, 10000));
        QCOMPARE(received, QByteArray("abcdefghij"));
        for (int i = 0; i < chunks; ++i)
            QVERIFY2(arrivedAt.at(i) - sentAt.at(i) >= 2 * delayMs - 1,
                     qPrintable(QStringLiteral("chunk %1 came back after %2 ms").arg(i).arg(arrivedAt.at(i) - sentAt.at(i))));
        // Pipelined: about (chunks - 1) x spacing + RTT = 380 ms. Chunks waiting for one another's
        // delay would take at least chunks x delay = 1,000 ms in one direction alone.
        QVERIFY2(arrivedAt.last() < chunks * delayMs - 100,
                 qPrintable(QStringLiteral("the last chunk came back after %1 ms").arg(arrivedAt.last())));
    }

    void refusesBadArguments()
    {
        DelayProxyFixture bad;
        QString error;
        QVERIFY(!bad.start(m_echo.serverPort(), -1, &error));
        QVERIFY2(error.contains(QLatin1String("did not start listening")), qPrintable(error));
    }

private:
    bool startProxy(double oneWayMs)
    {
        QString error;
        if (!m_proxy.start(m_echo.serverPort(), oneWayMs, &error))
            qWarning("%s", qPrintable(error));
        return error.isEmpty();
    }

    bool connectClient(QTcpSocket &client)
    {
        client.connectToHost(QHostAddress::LocalHost, m_proxy.port());
        const bool ok = QTest::qWaitFor([&] { return client.state() == QAbstractSocket::ConnectedState; }, 5000);
        client.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return ok;
    }

    QTcpServer m_echo;
    DelayProxyFixture m_proxy;
};

VDECK_TEST_MAIN(TestDelayProxy)
#include "tst_delayproxy.moc"
