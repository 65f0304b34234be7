// HostSession against real libvirt: the demo host through the test driver (parallel fetch,
// progress, partial results parents first), node-device events applied without a reload, stale and cancelled captures dropped,
// read-only refusal of a write, scripted credentials, and the daemon fixture going away and
// coming back (Disconnected with a reason, reconnect with backoff), and a user close.
#include "hosts/eventloop.h"
#include "hosts/hostsession.h"
#include "libvirtdaemonfixture.h"
#include "testmain.h"
#include "testpaths.h"

#include <QSignalSpy>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using hosts::HostSession;

namespace {

const char *kVhba = "<device><parent>scsi_host1</parent><capability type='scsi_host'><capability type='fc_host'>"
                    "<wwnn>2000000012341234</wwnn><wwpn>1000000012341234</wwpn></capability></capability></device>";
const char *kDomain = "<domain type='test'><name>vdeck-scratch</name><memory unit='MiB'>64</memory>"
                      "<os><type>hvm</type></os></domain>";

HostSession::Options optionsFor(const QString &uri, bool readOnly = false)
{
    HostSession::Options o;
    o.connect.uri = uri;
    o.connect.readOnly = readOnly;
    o.backoffMs = [](int attempt) { return 50 << std::min(attempt, 4); };
    return o;
}

QString demoUri()
{
    return QStringLiteral("test://") + testpaths::sourceFile(QStringLiteral("resources/demo/demo-testdriver.xml"));
}

bool awaitSnapshot(QSignalSpy &spy, int count = 1)
{
    return QTest::qWaitFor([&] { return spy.count() >= count; }, 20000);
}

} // namespace

class TestHostSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backoffDoublesUpToAMinute()
    {
        QCOMPARE(HostSession::defaultBackoffMs(0), 1000);
        QCOMPARE(HostSession::defaultBackoffMs(1), 2000);
        QCOMPARE(HostSession::defaultBackoffMs(5), 32000);
        QCOMPARE(HostSession::defaultBackoffMs(6), 60000);
        QCOMPARE(HostSession::defaultBackoffMs(40), 60000);
    }

    void parallelFetchesScaleWithTheHost()
    {
        QCOMPARE(hosts::parallelFetchesFor(3), 3);        // never more threads than devices
        QCOMPARE(hosts::parallelFetchesFor(52), 8);       // at least 8
        QCOMPARE(hosts::parallelFetchesFor(1000), 125);   // one per 8 devices
        QCOMPARE(hosts::parallelFetchesFor(5000), 200);   // at most 200
        QCOMPARE(hosts::parallelFetchesFor(5000, 20), 20); // asked for
        QCOMPARE(hosts::parallelFetchesFor(10, 50), 10);
        QCOMPARE(hosts::parallelFetchesFor(5000, 5000), hosts::maxParallelFetches);
    }

    void capturesTheDemoHostWithProgress()
    {
        HostSession session(optionsFor(demoUri(), true));
        QSignalSpy snapshots(&session, &HostSession::snapshotChanged);
        QSignalSpy progress(&session, &HostSession::progress);
        session.open();
        QVERIFY(awaitSnapshot(snapshots));
        QCOMPARE(session.state(), HostSession::State::Connected);
        const inventory::HostSnapshot s = session.snapshot();
        QCOMPARE(s.graph().size(), 52);
        QCOMPARE(s.graph().node(QStringLiteral("pci_0000_17_00_2"))->logicalParent, QStringLiteral("pci_0000_17_00_0"));
        QVERIFY(!s.capabilitiesXml().isEmpty());
        QCOMPARE(s.identity().hypervisorType, QStringLiteral("TEST"));
        QVERIFY(progress.count() >= 1);
        for (qsizetype i = 1; i < progress.count(); ++i)
            QVERIFY(progress.at(i).at(0).toInt() > progress.at(i - 1).at(0).toInt()); // N of M only grows
        QCOMPARE(progress.last().at(0).toInt(), 52);
        QCOMPARE(progress.last().at(1).toInt(), 52);
    }

    void deliversPartialResultsParentsFirst()
    {
        HostSession::Options options = optionsFor(demoUri(), true);
        options.fetchThreads = 1; // one device at a time, in fetch order
        options.partialIntervalMs = 0;
        HostSession session(options);
        QList<inventory::HostSnapshot> partials;
        bool complete = false;
        connect(&session, &HostSession::devicesArrived, this, [&](const inventory::HostSnapshot &p) {
            QVERIFY(!complete); // never after the whole host
            partials.append(p);
        });
        QSignalSpy snapshots(&session, &HostSession::snapshotChanged);
        connect(&session, &HostSession::snapshotChanged, this, [&] { complete = true; });
        session.open();
        QVERIFY(awaitSnapshot(snapshots));
        const inventory::DeviceGraph &whole = session.snapshot().graph();
        QVERIFY2(partials.size() >= 2, qPrintable(QString::number(partials.size())));
        int previous = 0;
        for (const inventory::HostSnapshot &p : std::as_const(partials)) {
            QVERIFY(!p.capabilitiesXml().isEmpty());
            QCOMPARE(p.identity().hypervisorType, QStringLiteral("TEST"));
            QVERIFY(p.graph().size() > previous);
            QVERIFY(p.graph().size() < whole.size());
            previous = p.graph().size();
            for (const inventory::GraphNode &n : p.graph().nodes()) {
                QVERIFY(whole.node(n.name()));
                QCOMPARE(n.device.rawXml, whole.node(n.name())->device.rawXml);
                // Parents first: a device's parent has been fetched before it.
                QVERIFY2(n.device.parent.isEmpty() || p.graph().node(n.device.parent), qPrintable(n.name()));
            }
        }
        QCOMPARE(partials.first().graph().nodes().first().name(), QStringLiteral("computer"));
    }

    void staleAndCancelledCapturesAreDropped()
    {
        HostSession session(optionsFor(demoUri()));
        QSignalSpy snapshots(&session, &HostSession::snapshotChanged);
        session.open();
        QVERIFY(awaitSnapshot(snapshots));
        session.refresh();
        session.refresh(); // the first of these two is stale
        QVERIFY(awaitSnapshot(snapshots, 2));
        QTest::qWait(300);
        QCOMPARE(snapshots.count(), 2);
        session.refresh();
        session.cancel();
        QTest::qWait(300);
        QCOMPARE(snapshots.count(), 2);
    }

    void nodeDeviceEventsUpdateIncrementally()
    {
        HostSession session(optionsFor(QStringLiteral("test:///default")));
        QSignalSpy snapshots(&session, &HostSession::snapshotChanged);
        QSignalSpy changes(&session, &HostSession::deviceChanged);
        session.open();
        QVERIFY(awaitSnapshot(snapshots));
        const int before = session.snapshot().graph().size();
        const QDateTime capturedAt = session.snapshot().capturedAt();

        // Another client of the same host creates and destroys a vHBA.
        virConnectPtr other = virConnectOpen("test:///default");
        QVERIFY(other);
        virNodeDevicePtr dev = virNodeDeviceCreateXML(other, kVhba, 0);
        QVERIFY(dev);
        const QString name = QString::fromUtf8(virNodeDeviceGetName(dev));
        QVERIFY(QTest::qWaitFor([&] { return session.snapshot().graph().node(name) != nullptr; }, 10000));
        QCOMPARE(session.snapshot().graph().size(), before + 1);
        QCOMPARE(session.snapshot().graph().node(name)->logicalParent, QStringLiteral("scsi_host1"));
        QCOMPARE(changes.first().at(0).toString(), name);
        QCOMPARE(changes.first().at(1).value<HostSession::DeviceChange>(), HostSession::DeviceChange::Added);
        QCOMPARE(session.snapshot().capturedAt(), capturedAt); // not a reload

        QCOMPARE(virNodeDeviceDestroy(dev), 0);
        virNodeDeviceFree(dev);
        QVERIFY(QTest::qWaitFor([&] { return session.snapshot().graph().node(name) == nullptr; }, 10000));
        QCOMPARE(changes.last().at(1).value<HostSession::DeviceChange>(), HostSession::DeviceChange::Removed);
        QCOMPARE(session.snapshot().graph().size(), before);
        QCOMPARE(session.snapshot().capturedAt(), capturedAt);
        virConnectClose(other);
    }

    // Domain events (issue 20): another client defines, starts, stops and undefines a guest; a
    // read-only session (auditor mode) follows without a reload.
    void domainEventsUpdateTheGuests()
    {
        HostSession session(optionsFor(QStringLiteral("test:///default"), true));
        QSignalSpy snapshots(&session, &HostSession::snapshotChanged);
        session.open();
        QVERIFY(awaitSnapshot(snapshots));
        QVERIFY(session.snapshot().guests());
        const qsizetype before = session.snapshot().guests()->size();
        const QDateTime capturedAt = session.snapshot().capturedAt();
        const auto guest = [&]() -> std::optional<inventory::Guest> {
            for (const inventory::Guest &g : *session.snapshot().guests()) {
                if (g.name == QLatin1String("vdeck-guest-event"))
                    return g;
            }
            return std::nullopt;
        };

        virConnectPtr other = virConnectOpen("test:///default");
        QVERIFY(other);
        const char *xml = "<domain type='test'><name>vdeck-guest-event</name><memory unit='MiB'>64</memory>"
                          "<os><type>hvm</type></os><devices><hostdev mode='subsystem' type='pci' managed='yes'><source>"
                          "<address domain='0x0000' bus='0x17' slot='0x00' function='0x2'/></source></hostdev></devices></domain>";
        virDomainPtr dom = virDomainDefineXML(other, xml);
        QVERIFY(dom);
        QVERIFY(QTest::qWaitFor([&] { return guest().has_value(); }, 10000));
        QCOMPARE(guest()->active, false);
        QCOMPARE(guest()->pciAddresses, QList<inventory::PciAddress>{inventory::PciAddress::fromString(QStringLiteral("0000:17:00.2"))});
        QCOMPARE(virDomainCreate(dom), 0);
        QVERIFY(QTest::qWaitFor([&] { return guest() && guest()->active; }, 10000));
        QCOMPARE(virDomainDestroy(dom), 0);
        QCOMPARE(virDomainUndefine(dom), 0);
        virDomainFree(dom);
        QVERIFY(QTest::qWaitFor([&] { return !guest(); }, 10000));
        QCOMPARE(session.snapshot().guests()->size(), before);
        QCOMPARE(session.snapshot().capturedAt(), capturedAt); // not a reload
        virConnectClose(other);
    }

    // The daemon fixture with its node-device driver: a persistent mdev defined by another client
    // (virNodeDeviceDefineXML; mdevctl keeps it in the fixture's own /etc/mdevctl.d, no mdev
    // hardware needed) arrives as a DEFINED event and appears in the session's snapshot without a
    // reload; undefining it (UNDEFINED) removes it again.
    void nodeDeviceEventsFromTheDaemon()
    {
        LibvirtDaemonFixture daemon;
        QString error;
        QVERIFY2(daemon.start(&error), qPrintable(error));
        HostSession session(optionsFor(daemon.readOnlyUri(), true));
        QSignalSpy snapshots(&session, &HostSession::snapshotChanged);
        QSignalSpy changes(&session, &HostSession::deviceChanged);
        session.open();
        QVERIFY(awaitSnapshot(snapshots));
        QString parent;
        for (const inventory::GraphNode &n : session.snapshot().graph().nodes()) {
            if (n.device.pci && parent.isEmpty())
                parent = n.name();
        }
        QVERIFY2(!parent.isEmpty(), "the daemon's node-device driver lists no PCI device to be an mdev parent");
        const int before = session.snapshot().graph().size();
        const QDateTime capturedAt = session.snapshot().capturedAt();

        virConnectPtr other = virConnectOpen(daemon.uri().toUtf8().constData());
        QVERIFY(other);
        const QByteArray xml = "<device><parent>" + parent.toUtf8()
            + "</parent><capability type='mdev'><type id='nvidia-231'/><uuid>6f0d6c2e-8d1b-4c4e-9f3a-0a5b2c7d9e41</uuid>"
              "</capability></device>";
        virNodeDevicePtr dev = virNodeDeviceDefineXML(other, xml.constData(), 0);
        QVERIFY2(dev, virGetLastErrorMessage());
        const QString name = QString::fromUtf8(virNodeDeviceGetName(dev));
        QVERIFY(QTest::qWaitFor([&] { return session.snapshot().graph().node(name) != nullptr; }, 20000));
        const inventory::GraphNode *mdev = session.snapshot().graph().node(name);
        QCOMPARE(mdev->kind, inventory::DeviceKind::Mdev);
        QCOMPARE(mdev->logicalParent, parent);
        QCOMPARE(mdev->device.mdev->uuid, QStringLiteral("6f0d6c2e-8d1b-4c4e-9f3a-0a5b2c7d9e41"));
        QCOMPARE(session.snapshot().graph().size(), before + 1);
        QCOMPARE(changes.last().at(0).toString(), name);
        QCOMPARE(changes.last().at(1).value<HostSession::DeviceChange>(), HostSession::DeviceChange::Added);
        QCOMPARE(session.snapshot().capturedAt(), capturedAt); // not a reload

        QCOMPARE(virNodeDeviceUndefine(dev, 0), 0);
        virNodeDeviceFree(dev);
        QVERIFY(QTest::qWaitFor([&] { return session.snapshot().graph().node(name) == nullptr; }, 20000));
        QCOMPARE(changes.last().at(1).value<HostSession::DeviceChange>(), HostSession::DeviceChange::Removed);
        QCOMPARE(session.snapshot().graph().size(), before);
        QCOMPARE(session.snapshot().capturedAt(), capturedAt);
        virConnectClose(other);
    }

    void readOnlyRefusesWrites()
    {
        HostSession readOnly(optionsFor(QStringLiteral("test:///default"), true));
        QSignalSpy snapshots(&readOnly, &HostSession::snapshotChanged);
        QSignalSpy validated(&readOnly, &HostSession::domainValidated);
        readOnly.open();
        QVERIFY(awaitSnapshot(snapshots));
        readOnly.validateDomainXml(QString::fromUtf8(kDomain));
        QVERIFY(validated.wait(10000));
        QCOMPARE(validated.first().at(0).toBool(), false);
        QVERIFY2(validated.first().at(1).toString().contains(QLatin1String("read only")), qPrintable(validated.first().at(1).toString()));

        HostSession readWrite(optionsFor(QStringLiteral("test:///default")));
        QSignalSpy rwSnapshots(&readWrite, &HostSession::snapshotChanged);
        QSignalSpy rwValidated(&readWrite, &HostSession::domainValidated);
        readWrite.open();
        QVERIFY(awaitSnapshot(rwSnapshots));
        readWrite.validateDomainXml(QString::fromUtf8(kDomain));
        QVERIFY(rwValidated.wait(10000));
        QVERIFY2(rwValidated.first().at(0).toBool(), qPrintable(rwValidated.first().at(1).toString()));
    }

    void daemonLostAndReconnected()
    {
        LibvirtDaemonFixture daemon;
        QString error;
        QVERIFY2(daemon.start(&error), qPrintable(error));
        HostSession::Options o = optionsFor(daemon.readOnlyUri(), true);
        o.keepAliveIntervalS = 1;
        HostSession session(o);
        QSignalSpy states(&session, &HostSession::stateChanged);
        QSignalSpy snapshots(&session, &HostSession::snapshotChanged);
        QSignalSpy warnings(&session, &HostSession::warning);
        session.open();
        QVERIFY(awaitSnapshot(snapshots));
        QCOMPARE(session.state(), HostSession::State::Connected);
        QCOMPARE(session.snapshot().identity().hypervisorType, QStringLiteral("QEMU"));
        // This build root's daemon has no node-device driver: no devices, and a warning saying so.
        if (session.snapshot().graph().isEmpty())
            QCOMPARE(warnings.count(), 1);

        daemon.stop();
        QVERIFY(QTest::qWaitFor([&] { return session.state() == HostSession::State::Disconnected; }, 20000));
        QVERIFY(!session.stateReason().isEmpty());
        QVERIFY2(daemon.start(&error), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return session.state() == HostSession::State::Connected; }, 30000));
        QVERIFY(awaitSnapshot(snapshots, 2));

        session.close();
        QCOMPARE(session.state(), HostSession::State::Closed);
        daemon.stop();
        QTest::qWait(500);
        QCOMPARE(session.state(), HostSession::State::Closed); // no reconnect after a user close
    }

    void deadHostKeepsRetrying()
    {
        HostSession session(optionsFor(QStringLiteral("qemu+unix:///system?socket=/nonexistent/vdeck.sock")));
        QSignalSpy states(&session, &HostSession::stateChanged);
        session.open();
        QVERIFY(QTest::qWaitFor([&] {
            int disconnects = 0;
            for (const QList<QVariant> &s : states)
                disconnects += s.at(0).value<HostSession::State>() == HostSession::State::Disconnected;
            return disconnects >= 3;
        }, 10000));
        QVERIFY2(session.stateReason().contains(QLatin1String("/nonexistent/vdeck.sock")), qPrintable(session.stateReason()));
        session.close();
    }

    void scriptedCredentialsAreAsked()
    {
        // The test driver asks for credentials when its XML has an <auth> section; the prompt
        // must be the injected one and may refuse.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("auth.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<node><auth><user password='s3cret'>operator</user></auth></node>");
        f.close();
        int asked = 0;
        HostSession::Options o = optionsFor(QStringLiteral("test://") + path);
        o.reconnect = false;
        o.connect.credentials = [&asked](QList<hosts::CredentialRequest> &requests) {
            ++asked;
            for (hosts::CredentialRequest &r : requests)
                r.result = r.type == VIR_CRED_AUTHNAME ? QStringLiteral("operator") : QStringLiteral("s3cret");
            return true;
        };
        HostSession session(o);
        QSignalSpy snapshots(&session, &HostSession::snapshotChanged);
        session.open();
        QVERIFY(awaitSnapshot(snapshots));
        QVERIFY(asked >= 1);
    }
};

VDECK_TEST_MAIN(TestHostSession)
#include "tst_hostsession.moc"
