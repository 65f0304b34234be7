// Security: an auditor changes nothing. Every write path is attempted in auditor mode and
// refused, and the daemon's domains and node devices are the same before and after:
// - through vDeck's API where it has one: "validate on host" (a HostSession in auditor mode;
//   the define check on a read-only connection even when told it is not in auditor mode), the purge
//   of scratch domains (an undefine), saving the flavor library;
// - through the connection vDeck opens in auditor mode (hosts::openConnection, read-only, here
//   even on the daemon's read-write socket) where vDeck has no API: domain define, undefine,
//   start, destroy; node-device create, destroy, define, undefine.
// Against the daemon fixture twice: its QEMU and node-device drivers (qemu:///system) and
// libvirt's test driver served by the same daemon (test+unix:///default, state shared by every
// connection), where each payload is first shown to work on a read-write connection, so a
// refusal means read-only and not a bad payload.
#include "document/flavordocument.h"
#include "flavors/catalog.h"
#include "flavors/fileerror.h"
#include "hosts/connection.h"
#include "hosts/domaindefinecheck.h"
#include "hosts/hostsession.h"
#include "libvirtdaemonfixture.h"
#include "testmain.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <algorithm>
#include <functional>

namespace {

void quiet(void *, virErrorPtr) {}

struct Payloads
{
    QByteArray newDomain;      // defined by nobody yet
    QByteArray existingDomain; // defined (inactive) by the test before the auditor comes
    QByteArray vhba;           // a node device to create
    QByteArray mdev;           // a node device to define
};

const Payloads kQemu{
    "<domain type='qemu'><name>vdeck-audit-new</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
    "<os><type arch='x86_64' machine='q35'>hvm</type></os></domain>",
    "<domain type='qemu'><name>vdeck-audit-existing</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
    "<os><type arch='x86_64' machine='q35'>hvm</type></os></domain>",
    "<device><parent>scsi_host1</parent><capability type='scsi_host'><capability type='fc_host'>"
    "<wwnn>2000000012341234</wwnn><wwpn>1000000012341234</wwpn></capability></capability></device>",
    "<device><parent>computer</parent><capability type='mdev'><type id='nvidia-231'/>"
    "<uuid>7b1e4a52-3f0c-4d8e-9a61-2c5d8e0f4b17</uuid></capability></device>"};

const Payloads kTest{
    "<domain type='test'><name>vdeck-audit-new</name><memory unit='MiB'>64</memory><os><type>hvm</type></os></domain>",
    "<domain type='test'><name>vdeck-audit-existing</name><memory unit='MiB'>64</memory><os><type>hvm</type></os></domain>",
    kQemu.vhba,
    kQemu.mdev};

// Everything a write could change: each domain with its state and XML, each node device.
QStringList hostState(virConnectPtr conn)
{
    QStringList state;
    virDomainPtr *domains = nullptr;
    const int n = virConnectListAllDomains(conn, &domains, 0);
    for (int i = 0; i < n; ++i) {
        char *xml = virDomainGetXMLDesc(domains[i], VIR_DOMAIN_XML_INACTIVE);
        state.append(QStringLiteral("domain %1 active=%2 persistent=%3\n%4")
                         .arg(QString::fromUtf8(virDomainGetName(domains[i])))
                         .arg(virDomainIsActive(domains[i]))
                         .arg(virDomainIsPersistent(domains[i]))
                         .arg(QString::fromUtf8(xml)));
        free(xml);
        virDomainFree(domains[i]);
    }
    free(domains);
    virNodeDevicePtr *devices = nullptr;
    const int m = virConnectListAllNodeDevices(conn, &devices, 0);
    for (int i = 0; i < m; ++i) {
        state.append(QStringLiteral("nodedev %1 active=%2").arg(QString::fromUtf8(virNodeDeviceGetName(devices[i]))).arg(virNodeDeviceIsActive(devices[i])));
        virNodeDeviceFree(devices[i]);
    }
    free(devices);
    state.sort();
    return state;
}

QString firstNodeDevice(virConnectPtr conn)
{
    virNodeDevicePtr *devices = nullptr;
    const int m = virConnectListAllNodeDevices(conn, &devices, 0);
    QString name = m > 0 ? QString::fromUtf8(virNodeDeviceGetName(devices[0])) : QString();
    for (int i = 0; i < m; ++i)
        virNodeDeviceFree(devices[i]);
    free(devices);
    return name;
}

// One write: 0 when libvirt did it, else libvirt's error code (read before the handle is freed:
// every libvirt call, virDomainFree too, resets the thread's last error).
struct Write
{
    const char *what;
    std::function<int(virConnectPtr)> attempt;
};

int outcome(bool done)
{
    return done ? 0 : std::max(1, virGetLastErrorCode());
}

QList<Write> everyWrite(const Payloads &p, const QString &deviceToDestroy, const QByteArray &domainToDestroy)
{
    const QByteArray device = deviceToDestroy.toUtf8();
    auto withDomain = [](virConnectPtr c, const char *name, const std::function<int(virDomainPtr)> &f) {
        virDomainPtr d = virDomainLookupByName(c, name);
        const int result = outcome(d && f(d) == 0);
        if (d)
            virDomainFree(d);
        return result;
    };
    auto withDevice = [device](virConnectPtr c, const std::function<int(virNodeDevicePtr)> &f) {
        virNodeDevicePtr d = virNodeDeviceLookupByName(c, device.constData());
        const int result = outcome(d && f(d) == 0);
        if (d)
            virNodeDeviceFree(d);
        return result;
    };
    auto made = [](auto *handle, auto freeFn) {
        const int result = outcome(handle != nullptr);
        if (handle)
            freeFn(handle);
        return result;
    };
    return {
        {"domain define", [p, made](virConnectPtr c) { return made(virDomainDefineXML(c, p.newDomain.constData()), virDomainFree); }},
        {"domain define with validation", [p, made](virConnectPtr c) {
             return made(virDomainDefineXMLFlags(c, p.newDomain.constData(), VIR_DOMAIN_DEFINE_VALIDATE), virDomainFree);
         }},
        {"domain create (transient)", [p, made](virConnectPtr c) { return made(virDomainCreateXML(c, p.newDomain.constData(), 0), virDomainFree); }},
        {"domain undefine", [withDomain](virConnectPtr c) { return withDomain(c, "vdeck-audit-existing", virDomainUndefine); }},
        {"domain start", [withDomain](virConnectPtr c) { return withDomain(c, "vdeck-audit-existing", virDomainCreate); }},
        {"domain destroy", [withDomain, domainToDestroy](virConnectPtr c) { return withDomain(c, domainToDestroy.constData(), virDomainDestroy); }},
        {"node-device create", [p, made](virConnectPtr c) { return made(virNodeDeviceCreateXML(c, p.vhba.constData(), 0), virNodeDeviceFree); }},
        {"node-device define", [p, made](virConnectPtr c) { return made(virNodeDeviceDefineXML(c, p.mdev.constData(), 0), virNodeDeviceFree); }},
        {"node-device destroy", [withDevice](virConnectPtr c) { return withDevice(c, virNodeDeviceDestroy); }},
        {"node-device undefine", [withDevice](virConnectPtr c) {
             return withDevice(c, [](virNodeDevicePtr d) { return virNodeDeviceUndefine(d, 0); });
         }},
    };
}

} // namespace

class TestAuditorMode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        virSetErrorFunc(nullptr, quiet);
        QString error;
        QVERIFY2(m_daemon.start(&error), qPrintable(error));
    }

    void qemuDaemonRefusesEveryWrite()
    {
        ConnectionPair c = connectBoth(m_daemon.uri());
        QVERIFY(c.admin && c.auditor);
        defineExisting(c.admin, kQemu, false); // QEMU would really start a guest: nothing runs here
        // A device of the daemon's node-device driver (udev) to try destroy and undefine on.
        const QString device = firstNodeDevice(c.admin);
        QVERIFY2(!device.isEmpty(), "the daemon lists no node devices: no node-device driver?");
        refusesAll(c.admin, c.auditor, kQemu, device, "vdeck-audit-existing");
        refusesThroughVdeck(c, m_daemon.uri(), kQemu);
        // The daemon's own guard: its read-only socket refuses a client that asks read-write.
        virConnectPtr roSocket = hosts::openConnection(hosts::ConnectOptions{m_daemon.readOnlyUri(), false, {}}, nullptr).release();
        QVERIFY(roSocket);
        refusesAll(c.admin, roSocket, kQemu, device, "vdeck-audit-existing");
        virConnectClose(roSocket);
        undefineExisting(c.admin);
        closeBoth(c);
    }

    void testDriverRefusesEveryWriteThatWorksReadWrite()
    {
        const QString uri = m_daemon.testDriverUri();
        ConnectionPair c = connectBoth(uri);
        QVERIFY(c.admin && c.auditor);
        QCOMPARE(QString::fromUtf8(virConnectGetType(c.auditor)), QStringLiteral("TEST")); // served by the daemon

        // The payloads work when written read-write: a refusal below is about read-only.
        const QStringList pristine = hostState(c.admin);
        virDomainPtr dom = virDomainDefineXML(c.admin, kTest.newDomain.constData());
        QVERIFY(dom);
        QCOMPARE(virDomainUndefine(dom), 0);
        virDomainFree(dom);
        virNodeDevicePtr vhba = virNodeDeviceCreateXML(c.admin, kTest.vhba.constData(), 0);
        QVERIFY(vhba);
        QCOMPARE(hostState(c.admin).size(), pristine.size() + 1);

        // The auditor then tries everything, including destroying the vHBA just made.
        defineExisting(c.admin, kTest, true);
        const QString vhbaName = QString::fromUtf8(virNodeDeviceGetName(vhba));
        refusesAll(c.admin, c.auditor, kTest, vhbaName, "vdeck-audit-running");
        refusesThroughVdeck(c, uri, kTest);
        virConnectPtr roSocket = hosts::openConnection(hosts::ConnectOptions{uri + QStringLiteral("-ro"), false, {}}, nullptr).release();
        QVERIFY(roSocket);
        refusesAll(c.admin, roSocket, kTest, vhbaName, "vdeck-audit-running");
        virConnectClose(roSocket);

        QCOMPARE(virNodeDeviceDestroy(vhba), 0);
        virNodeDeviceFree(vhba);
        undefineExisting(c.admin);
        QCOMPARE(hostState(c.admin), pristine);
        closeBoth(c);
    }

    void flavorLibraryIsNotSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.vdeckflavors"));
        QVERIFY(QFile::copy(testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors")), path));
        const QByteArray before = fileHash(path);
        FlavorDocument doc;
        flavors::FileError ferr;
        QVERIFY(doc.open(path, &ferr));
        doc.setReadOnly(true);
        QString error;
        QVERIFY(!doc.save(&error));
        QVERIFY2(error.contains(QLatin1String("auditor")), qPrintable(error));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("library.vdeckflavors")});
    }

private:
    struct ConnectionPair
    {
        virConnectPtr admin = nullptr;   // the test's own read-write connection
        virConnectPtr auditor = nullptr; // what vDeck opens in auditor mode
    };

    ConnectionPair connectBoth(const QString &uri)
    {
        ConnectionPair c;
        c.admin = virConnectOpen(uri.toUtf8().constData());
        QString error;
        // The read-write socket on purpose: auditor mode must not depend on the URI.
        c.auditor = hosts::openConnection(hosts::ConnectOptions{uri, true, {}}, &error).release();
        if (!c.auditor)
            qWarning("%s", qPrintable(error));
        return c;
    }

    static void closeBoth(ConnectionPair &c)
    {
        virConnectClose(c.auditor);
        virConnectClose(c.admin);
    }

    // An inactive persistent domain to undefine and start, and with withRunning a running
    // transient one to destroy.
    static void defineExisting(virConnectPtr admin, const Payloads &p, bool withRunning)
    {
        virDomainPtr d = virDomainDefineXML(admin, p.existingDomain.constData());
        QVERIFY(d);
        virDomainFree(d);
        if (!withRunning)
            return;
        QByteArray running = p.newDomain;
        running.replace("vdeck-audit-new", "vdeck-audit-running");
        virDomainPtr r = virDomainCreateXML(admin, running.constData(), 0);
        QVERIFY(r);
        virDomainFree(r);
    }

    static void undefineExisting(virConnectPtr admin)
    {
        for (const char *name : {"vdeck-audit-existing", "vdeck-audit-running"}) {
            if (virDomainPtr d = virDomainLookupByName(admin, name)) {
                if (virDomainIsActive(d) == 1)
                    virDomainDestroy(d);
                if (virDomainIsPersistent(d) == 1)
                    virDomainUndefine(d);
                virDomainFree(d);
            }
        }
    }

    void refusesAll(virConnectPtr admin, virConnectPtr auditor, const Payloads &p, const QString &device, const QByteArray &running)
    {
        const QStringList before = hostState(admin);
        for (const Write &w : everyWrite(p, device, running)) {
            const int error = w.attempt(auditor);
            QVERIFY2(error == VIR_ERR_OPERATION_DENIED, qPrintable(QStringLiteral("%1: error %2").arg(QLatin1String(w.what)).arg(error)));
            QVERIFY2(hostState(admin) == before, w.what);
        }
    }

    void refusesThroughVdeck(const ConnectionPair &c, const QString &uri, const Payloads &p)
    {
        const QStringList before = hostState(c.admin);
        // "Validate on host" from a session in auditor mode.
        hosts::HostSession::Options o;
        o.connect = hosts::ConnectOptions{uri, true, {}};
        o.reconnect = false;
        hosts::HostSession session(o);
        QSignalSpy snapshots(&session, &hosts::HostSession::snapshotChanged);
        QSignalSpy validated(&session, &hosts::HostSession::domainValidated);
        session.open();
        QVERIFY(QTest::qWaitFor([&] { return !snapshots.isEmpty(); }, 30000));
        session.validateDomainXml(QString::fromUtf8(p.newDomain));
        QVERIFY(validated.count() > 0 || validated.wait(30000));
        QCOMPARE(validated.first().at(0).toBool(), false);
        session.close();

        // The define check told it is in operator mode but handed the auditor's connection: the
        // connection itself refuses (define and undefine).
        const auto r = hosts::definecheck::defineScratch(c.auditor, QString::fromUtf8(p.newDomain), false);
        QVERIFY(!r.accepted && r.refused);
        QCOMPARE(hostState(c.admin), before);

        // A scratch domain left by an interrupted operator run stays: purging is an undefine.
        const QString leftover = hosts::definecheck::withScratchName(QString::fromUtf8(p.newDomain), QStringLiteral("vdeck-validate-left"));
        virDomainPtr d = virDomainDefineXML(c.admin, leftover.toUtf8().constData());
        QVERIFY(d);
        const QStringList withLeftover = hostState(c.admin);
        QCOMPARE(hosts::definecheck::purgeScratchDomains(c.auditor, true), 0);
        QCOMPARE(hosts::definecheck::purgeScratchDomains(c.auditor, false), 0);
        QCOMPARE(hostState(c.admin), withLeftover);
        QCOMPARE(virDomainUndefine(d), 0);
        virDomainFree(d);
        QCOMPARE(hostState(c.admin), before);
    }

    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }

    LibvirtDaemonFixture m_daemon;
};

VDECK_TEST_MAIN(TestAuditorMode)
#include "tst_auditormode.moc"
