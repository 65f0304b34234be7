// libvirt's own domain.rng judges documents; errors carry line numbers.
#include "domainxml/schemavalidator.h"
#include "testmain.h"

namespace {
QByteArray domain(const QByteArray &devices, const QByteArray &extra = {})
{
    return "<domain type='kvm'>\n"
           "  <name>vdeck-schema</name>\n"
           "  <memory unit='KiB'>1048576</memory>\n"
           "  <vcpu>2</vcpu>\n"
           "  <os><type arch='x86_64' machine='q35'>hvm</type></os>\n"
           + extra + "  <devices>\n" + devices + "  </devices>\n</domain>\n";
}
}

class TestSchemaValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_validator.isLoaded(), qPrintable(m_validator.loadError())); }

    void acceptsNovaShapedDocuments_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("minimal") << domain({});
        QTest::newRow("vdpa interface") << domain("    <interface type='vdpa'><mac address='fa:16:3e:11:22:33'/><source dev='/dev/vhost-vdpa-0'/></interface>\n");
        QTest::newRow("mdev hostdev") << domain("    <hostdev mode='subsystem' type='mdev' managed='no' model='vfio-pci'><source><address uuid='b1ae8bf6-38b0-4c81-9d44-78ce3f520496'/></source></hostdev>\n");
        QTest::newRow("iommu") << domain("    <iommu model='intel'><driver intremap='on' caching_mode='on' aw_bits='48' eim='on' iotlb='on'/></iommu>\n",
                                         "  <features><ioapic driver='qemu'/></features>\n");
        QTest::newRow("pinning and hugepages") << domain({},
            "  <memoryBacking><hugepages><page size='1048576' unit='KiB' nodeset='0'/></hugepages><locked/><nosharepages/></memoryBacking>\n"
            "  <cputune><vcpupin vcpu='0' cpuset='2'/><vcpupin vcpu='1' cpuset='3'/><emulatorpin cpuset='2'/>"
            "<vcpusched vcpus='1' scheduler='fifo' priority='1'/></cputune>\n"
            "  <numatune><memory mode='strict' nodeset='0'/><memnode cellid='0' mode='strict' nodeset='0'/></numatune>\n"
            "  <cpu mode='host-model'><topology sockets='1' dies='1' clusters='1' cores='2' threads='1'/>"
            "<numa><cell id='0' cpus='0-1' memory='1048576' memAccess='shared'/></numa></cpu>\n");
    }

    void acceptsNovaShapedDocuments()
    {
        QFETCH(QByteArray, xml);
        const auto r = m_validator.validate(xml);
        QVERIFY(r.wellFormed);
        QVERIFY2(r.valid, qPrintable(r.summary()));
        QCOMPARE(r.summary(), QStringLiteral("valid"));
    }

    void rejectsWithLineNumbers()
    {
        // An <interface type='vdpa'> needs <source dev=...>; an iommu model must be known.
        const auto r = m_validator.validate(domain("    <iommu model='none'/>\n"));
        QVERIFY(r.wellFormed);
        QVERIFY(!r.valid);
        QVERIFY(!r.issues.isEmpty());
        // RelaxNG names the element whose content it could not match: <devices> (line 6), which
        // holds the bad <iommu> (line 7).
        bool located = false;
        for (const auto &i : r.issues) {
            located = located || ((i.line == 6 || i.line == 7) && (i.element == QLatin1String("devices") || i.element == QLatin1String("iommu")));
        }
        QVERIFY2(located, qPrintable(r.summary()));
    }

    void malformedIsNotWellFormed()
    {
        const auto r = m_validator.validate("<domain type='kvm'>\n  <name>x</name>\n  <memory>1</mem>\n</domain>\n");
        QVERIFY(!r.wellFormed);
        QVERIFY(!r.valid);
        QVERIFY(!r.issues.isEmpty());
        QCOMPARE(r.issues.constFirst().line, 3);
        QVERIFY(r.summary().startsWith(QLatin1String("line 3: ")));
    }

    void missingSchemaIsReported()
    {
        SchemaValidator missing(QStringLiteral("/nonexistent/domain.rng"));
        QVERIFY(!missing.isLoaded());
        QVERIFY(missing.loadError().contains(QLatin1String("/nonexistent/domain.rng")));
        const auto r = missing.validate(domain({}));
        QVERIFY(r.wellFormed);
        QVERIFY(!r.valid);
    }

private:
    SchemaValidator m_validator;
};

VDECK_TEST_MAIN(TestSchemaValidator)
#include "tst_schemavalidator.moc"
