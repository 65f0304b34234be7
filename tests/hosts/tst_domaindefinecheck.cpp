// "Validate on host" against a real libvirt daemon with the QEMU driver: accepted or rejected
// with libvirt's message, never left behind, refused read-only and in auditor mode.
#include "hosts/domaindefinecheck.h"
#include "libvirtdaemonfixture.h"
#include "testmain.h"

#include <libvirt/virterror.h>

using namespace hosts;

namespace {
const QString kGood = QStringLiteral("<domain type='qemu'>\n  <name>flavor-preview</name>\n  <uuid>0b5e3c4e-52d3-4c51-9a3a-1f0f4f0e7a11</uuid>\n"
                                     "  <memory unit='KiB'>131072</memory>\n  <vcpu>1</vcpu>\n"
                                     "  <os><type arch='x86_64' machine='q35'>hvm</type></os>\n</domain>\n");

QStringList names(virConnectPtr conn)
{
    QStringList list;
    virDomainPtr *domains = nullptr;
    const int n = virConnectListAllDomains(conn, &domains, 0);
    for (int i = 0; i < n; ++i) {
        list.append(QString::fromUtf8(virDomainGetName(domains[i])));
        virDomainFree(domains[i]);
    }
    free(domains);
    list.sort();
    return list;
}

void quiet(void *, virErrorPtr) {}
}

class TestDomainDefineCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        virSetErrorFunc(nullptr, quiet);
        QString error;
        QVERIFY2(m_daemon.start(&error), qPrintable(error));
        m_conn = virConnectOpen(m_daemon.uri().toUtf8().constData());
        QVERIFY(m_conn);
    }

    void cleanupTestCase()
    {
        if (m_conn)
            virConnectClose(m_conn);
    }

    void scratchNameReplacesNameAndUuid()
    {
        const QString xml = definecheck::withScratchName(kGood, QStringLiteral("vdeck-validate-x"));
        QVERIFY(xml.contains(QLatin1String("<name>vdeck-validate-x</name>")));
        QVERIFY(!xml.contains(QLatin1String("<uuid>")));
        QVERIFY(!xml.contains(QLatin1String("flavor-preview")));
    }

    void acceptedAndNotLeftBehind()
    {
        const QStringList before = names(m_conn);
        const auto r = definecheck::defineScratch(m_conn, kGood, false);
        QVERIFY2(r.accepted, qPrintable(r.message));
        QVERIFY(r.scratchName.startsWith(QLatin1String("vdeck-validate-")));
        QCOMPARE(names(m_conn), before);
    }

    void rejectedWithLibvirtsMessage()
    {
        // What Nova's stage D guards against: an Intel vIOMMU on the default 'pc' machine type.
        QString bad = kGood;
        bad.replace(QStringLiteral("machine='q35'"), QStringLiteral("machine='pc'"));
        bad.replace(QStringLiteral("</domain>"), QStringLiteral("  <features><ioapic driver='qemu'/></features>\n  <devices><iommu model='intel'/></devices>\n</domain>"));
        const QStringList before = names(m_conn);
        const auto r = definecheck::defineScratch(m_conn, bad, false);
        QVERIFY(!r.accepted);
        QVERIFY(!r.refused);
        QVERIFY2(r.message.contains(QLatin1String("Q35"), Qt::CaseInsensitive), qPrintable(r.message));
        QCOMPARE(names(m_conn), before);
    }

    void refusedInAuditorModeAndReadOnly()
    {
        const QStringList before = names(m_conn);
        auto r = definecheck::defineScratch(m_conn, kGood, true);
        QVERIFY(r.refused && !r.accepted);
        virConnectPtr ro = virConnectOpenReadOnly(m_daemon.readOnlyUri().toUtf8().constData());
        QVERIFY(ro);
        r = definecheck::defineScratch(ro, kGood, false);
        QVERIFY(r.refused && !r.accepted);
        virConnectClose(ro);
        QCOMPARE(names(m_conn), before);
    }

    void purgesLeftoversOfAnInterruptedRun()
    {
        const QStringList before = names(m_conn);
        const QString leftover = definecheck::withScratchName(kGood, QStringLiteral("vdeck-validate-interrupted"));
        virDomainPtr dom = virDomainDefineXML(m_conn, leftover.toUtf8().constData());
        QVERIFY(dom);
        virDomainFree(dom);
        QVERIFY(names(m_conn).contains(QStringLiteral("vdeck-validate-interrupted")));
        QCOMPARE(definecheck::purgeScratchDomains(m_conn, true), 0);
        QCOMPARE(definecheck::purgeScratchDomains(m_conn, false), 1);
        QCOMPARE(names(m_conn), before);
    }

    // check(): what "validate on host" runs (the session, vdeckctl xml and check-xml): the
    // leftovers first, then the define; in auditor mode neither.
    void checkPurgesLeftoversThenDefines()
    {
        const QStringList before = names(m_conn);
        const QString leftover = definecheck::withScratchName(kGood, QStringLiteral("vdeck-validate-left-by-a-crash"));
        virDomainPtr dom = virDomainDefineXML(m_conn, leftover.toUtf8().constData());
        QVERIFY(dom);
        virDomainFree(dom);
        auto r = definecheck::check(m_conn, kGood, true);
        QVERIFY(r.refused && !r.accepted);
        QVERIFY(names(m_conn).contains(QStringLiteral("vdeck-validate-left-by-a-crash")));
        r = definecheck::check(m_conn, kGood, false);
        QVERIFY2(r.accepted, qPrintable(r.message));
        QCOMPARE(names(m_conn), before);
    }

private:
    LibvirtDaemonFixture m_daemon;
    virConnectPtr m_conn = nullptr;
};

VDECK_TEST_MAIN(TestDomainDefineCheck)
#include "tst_domaindefinecheck.moc"
