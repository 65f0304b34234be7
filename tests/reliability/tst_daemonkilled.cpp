// Fault injection: the libvirt daemon killed with SIGKILL in the middle of an inventory. The
// daemon serves libvirt's test driver with a generated host of many node devices, so the kill
// lands while the device XMLs are being fetched. The session must reach Disconnected with a
// clear reason within 5 s, show no partial host as if it were complete (neither on the first
// capture nor on a refresh of a host already shown), and reconnect and capture the whole host
// once the daemon is back. The window, too, shows no partial host once its capture has failed.
#include "core/settings.h"
#include "hosts/hostmanager.h"
#include "hosts/hostsession.h"
#include "itemmodels/devicetreemodel.h"
#include "libvirtdaemonfixture.h"
#include "mainwindow.h"
#include "pages/devicespage.h"
#include "pages/hostspage.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using hosts::HostSession;

namespace {

constexpr int kPciDevices = 20000;
constexpr int kDevices = kPciDevices + 1; // and the root, "computer"

// A test-driver host with kPciDevices PCI functions below the root.
QByteArray bigHost()
{
    QByteArray xml = "<node>\n<device><name>computer</name><capability type='system'><hardware><vendor>vDeck</vendor>"
                     "<uuid>4c4c4544-0051-5a10-8037-b9c04f4c4d33</uuid></hardware></capability></device>\n";
    for (int i = 0; i < kPciDevices; ++i) {
        const int bus = i / 256, slot = (i / 8) % 32, function = i % 8;
        const QByteArray name = QStringLiteral("pci_0000_%1_%2_%3")
                                    .arg(bus, 2, 16, QLatin1Char('0'))
                                    .arg(slot, 2, 16, QLatin1Char('0'))
                                    .arg(function)
                                    .toLatin1();
        xml += "<device><name>" + name + "</name><parent>computer</parent><capability type='pci'><domain>0</domain><bus>"
             + QByteArray::number(bus) + "</bus><slot>" + QByteArray::number(slot) + "</slot><function>"
             + QByteArray::number(function) + "</function><product id='0x101d'>MT42822</product>"
               "<vendor id='0x15b3'>Mellanox Technologies</vendor></capability></device>\n";
    }
    return xml + "</node>\n";
}

bool waitForState(const HostSession &session, HostSession::State state, int timeoutMs)
{
    return QTest::qWaitFor([&] { return session.state() == state; }, timeoutMs);
}

} // namespace

class TestDaemonKilled : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hostFile = m_dir.filePath(QStringLiteral("big-host.xml"));
        QFile f(m_hostFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(bigHost()) > 0);
        f.close();
        QString error;
        QVERIFY2(m_daemon.start(&error), qPrintable(error));
    }

    void killedDuringTheFirstInventoryAndDuringARefresh()
    {
        HostSession::Options o;
        o.connect.uri = m_daemon.testDriverUri(m_hostFile);
        o.connect.readOnly = true;
        o.keepAliveIntervalS = 1;
        o.backoffMs = [](int) { return 200; };
        HostSession session(o);
        QSignalSpy snapshots(&session, &HostSession::snapshotChanged);
        QSignalSpy progress(&session, &HostSession::progress);
        QSignalSpy failures(&session, &HostSession::captureFailed);
        session.open();

        // 1. The first inventory: SIGKILL as soon as device XMLs arrive.
        QVERIFY2(QTest::qWaitFor([&] { return !progress.isEmpty(); }, 120000), qPrintable(m_daemon.logTail()));
        killAndExpectDisconnected(session);
        QTest::qWait(300); // whatever was still queued arrives now
        QCOMPARE(snapshots.count(), 0);
        QVERIFY(session.snapshot().isNull());
        QVERIFY2(progress.last().at(0).toInt() < kDevices, "the kill landed after the fetch: make the host bigger");
        QCOMPARE(failures.count(), 1);
        const QString message = failures.first().at(0).toString();
        QVERIFY2(message.contains(QLatin1String("lost the connection to ") + o.connect.uri), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("of %1 read").arg(kDevices)), qPrintable(message));

        // 2. The daemon is back: the session reconnects by itself and captures the whole host.
        restartAndExpectWholeHost(session, snapshots);
        const inventory::HostSnapshot complete = session.snapshot();

        // 3. A refresh of a host already shown, killed in the middle: the complete earlier capture
        // stays, never a partial one in its place.
        progress.clear();
        failures.clear();
        session.refresh();
        QVERIFY(QTest::qWaitFor([&] { return !progress.isEmpty(); }, 60000));
        killAndExpectDisconnected(session);
        QTest::qWait(300);
        QCOMPARE(snapshots.count(), 1);
        QCOMPARE(session.snapshot().capturedAt(), complete.capturedAt());
        QCOMPARE(session.snapshot().graph().size(), kDevices);
        QVERIFY2(progress.last().at(0).toInt() < kDevices, "the kill landed after the fetch: make the host bigger");
        QCOMPARE(failures.count(), 1);

        restartAndExpectWholeHost(session, snapshots);
        session.close();
    }

    // The devices page grows while a host loads; when the connection is lost before the host is
    // complete, those rows go (the host has no complete state yet), and the whole host comes
    // after the reconnect.
    void windowDropsThePartialTreeOfAFailedCapture()
    {
        Settings settings(m_dir.filePath(QStringLiteral("vdeck.ini")));
        MainWindow w(AppMode::Auditor, &settings);
        w.show();
        w.showPage(QStringLiteral("devices"));
        auto *devices = w.devicesPage();
        hosts::HostManager *manager = w.hostManager();
        const QString id = manager->connectHost({QStringLiteral("big"), m_daemon.testDriverUri(m_hostFile), true, QString()}, false);
        w.hostsPage()->selectHost(id);
        QCOMPARE(w.currentHostId(), id);
        hosts::HostSession *session = manager->session(id);
        QVERIFY(session);

        QVERIFY2(QTest::qWaitFor([&] { return devices->showsPartial() && devices->model()->snapshot().graph().size() > 0; }, 120000),
                 qPrintable(session->stateReason()));
        QVERIFY(devices->model()->rowCount() > 0);
        killAndExpectDisconnected(*session);
        QVERIFY(QTest::qWaitFor([&] { return !devices->showsPartial(); }, 5000));
        QTest::qWait(300); // partials still queued must not bring rows back
        QVERIFY(!devices->showsPartial());
        QCOMPARE(devices->model()->rowCount(), 0);

        QString error;
        QVERIFY2(m_daemon.start(&error), qPrintable(error));
        QVERIFY2(QTest::qWaitFor([&] { return devices->model()->snapshot().graph().size() == kDevices; }, 120000),
                 qPrintable(session->stateReason()));
        QVERIFY(!devices->showsPartial());
    }

private:
    void killAndExpectDisconnected(const HostSession &session)
    {
        QElapsedTimer sinceKill;
        m_daemon.kill();
        sinceKill.start();
        QVERIFY2(waitForState(session, HostSession::State::Disconnected, 5000),
                 qPrintable(QStringLiteral("still %1 5 s after the kill").arg(int(session.state()))));
        qInfo("Disconnected %lld ms after SIGKILL: %s", qint64(sinceKill.elapsed()), qPrintable(session.stateReason()));
        // One of the close callback's reasons (EOF, error, keepalive), not an empty string.
        QVERIFY2(session.stateReason().contains(QLatin1String("connection")) || session.stateReason().contains(QLatin1String("keepalive")),
                 qPrintable(session.stateReason()));
    }

    void restartAndExpectWholeHost(const HostSession &session, QSignalSpy &snapshots)
    {
        const qsizetype before = snapshots.count();
        QString error;
        QVERIFY2(m_daemon.start(&error), qPrintable(error));
        QVERIFY(waitForState(session, HostSession::State::Connected, 30000));
        QVERIFY2(QTest::qWaitFor([&] { return snapshots.count() > before; }, 120000), qPrintable(session.stateReason()));
        QCOMPARE(session.snapshot().graph().size(), kDevices);
        int broken = 0;
        for (const inventory::Device &d : session.snapshot().graph().devices())
            broken += d.broken;
        QCOMPARE(broken, 0);
    }

    QTemporaryDir m_dir;
    QString m_hostFile;
    LibvirtDaemonFixture m_daemon;
};

VDECK_GUI_TEST_MAIN(TestDaemonKilled)
#include "tst_daemonkilled.moc"
