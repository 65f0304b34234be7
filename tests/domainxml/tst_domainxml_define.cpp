// Every buildable corpus document defined (VIR_DOMAIN_DEFINE_VALIDATE) and undefined on a real
// libvirt daemon with the QEMU driver, with [libvirt]virt_type=qemu. The fixture host has none
// of the demo host's vDPA devices, VFs or mdevs, so the define uses a variant without the
// <interface> and <hostdev> devices; those subtrees are covered by the schema test.
#include "corpus.h"
#include "domainxml/builder.h"
#include "hostfit/flavoronhost.h"
#include "hosts/domaindefinecheck.h"
#include "libvirtdaemonfixture.h"
#include "testmain.h"

#include <QRegularExpression>

#include <libvirt/virterror.h>

namespace {
void quiet(void *, virErrorPtr) {}

QString withoutHostDevices(QString xml)
{
    static const QRegularExpression devices(QStringLiteral("\\s*<!--[^>]*-->\\s*<(interface|hostdev)\\b.*?</\\1>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    return xml.remove(devices);
}
}

class TestDomainXmlDefine : public QObject
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

    void variantDropsOnlyHostDevices()
    {
        const QString xml = domainxml::build(corpus::flavor(QStringLiteral("nfv.vdpa")), corpus::demoHost(), {}).xml;
        const QString variant = withoutHostDevices(xml);
        QVERIFY(xml.contains(QLatin1String("<interface")));
        QVERIFY(!variant.contains(QLatin1String("<interface")));
        QVERIFY(variant.contains(QLatin1String("<memballoon")));
    }

    // every release's document: 23 (cirrus video, <type> without arch, no vmcoreinfo), 26 (the
    // first with vIOMMU), 31, 32 (balloon free page reporting, flavor and image metadata) and 33
    // (an IOThread pinned with the emulator threads)
    void everyDocumentDefines_data()
    {
        QTest::addColumn<int>("release");
        for (const int r : {23, 26, 31, 32, 33})
            QTest::addRow("%d", r) << r;
    }

    void everyDocumentDefines()
    {
        QFETCH(int, release);
        domainxml::ComputeProfile profile;
        profile.virtType = QStringLiteral("qemu");
        domainxml::BuildOptions options;
        options.release = rules::NovaRelease(release);
        const inventory::HostSnapshot host = corpus::demoHost();
        int defined = 0;
        for (const flavors::Flavor &f : corpus::flavors().flavors) {
            const domainxml::BuildResult r = domainxml::build(f, host, profile, options);
            if (!r.ok())
                continue;
            const hosts::definecheck::Result v = hosts::definecheck::defineScratch(m_conn, withoutHostDevices(r.xml), false);
            if (r.xml.contains(QLatin1String("<iommu model=\"virtio\">"))) {
                // What Nova 31 writes for hw:viommu_model=auto/virtio, and libvirt refuses; the one
                // list of the flavor on the host says so, as an error (viommu.virtio-driver-attributes).
                QVERIFY2(!v.accepted && v.message.contains(QLatin1String("doesn't support additional attributes")), qPrintable(v.message));
                hostfit::FlavorOnHostOptions assess;
                assess.build = options;
                const QList<rules::Finding> list = hostfit::assessOnHost(f, host, profile, assess).findings;
                QVERIFY(std::any_of(list.cbegin(), list.cend(), [](const rules::Finding &x) {
                    return x.code == QLatin1String("viommu.virtio-driver-attributes") && x.severity == rules::Severity::Error;
                }));
                continue;
            }
            QVERIFY2(v.accepted, qPrintable(f.name + QStringLiteral(": ") + v.message));
            ++defined;
        }
        QVERIFY(defined >= 20);
        virDomainPtr *domains = nullptr;
        const int left = virConnectListAllDomains(m_conn, &domains, 0);
        for (int i = 0; i < left; ++i)
            virDomainFree(domains[i]);
        free(domains);
        QCOMPARE(left, 0);
    }

private:
    LibvirtDaemonFixture m_daemon;
    virConnectPtr m_conn = nullptr;
};

VDECK_TEST_MAIN(TestDomainXmlDefine)
#include "tst_domainxml_define.moc"
