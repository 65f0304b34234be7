// `vdeckctl xml` through the built binary: document, findings and exit codes, --port (normal
// bindings too),
// --image-prop, --profile, --diff, --validate.
#include "libvirtdaemonfixture.h"
#include "processutil.h"
#include "testmain.h"
#include "testpaths.h"

#include <QFile>
#include <QTemporaryDir>

namespace {
ProcessResult xml(const QStringList &args)
{
    return runProcess(testpaths::binary(QStringLiteral("vdeckctl")),
                      QStringList{QStringLiteral("xml"), testpaths::sourceFile(QStringLiteral("tests/domainxml/data/corpus-flavors.json")),
                                  QStringLiteral("--snapshot"), testpaths::sourceFile(QStringLiteral("resources/demo/demo.vdeckhost"))}
                          + args);
}
}

class TestVdeckctlXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsTheDocument()
    {
        const ProcessResult r = xml({QStringLiteral("--flavor"), QStringLiteral("pinned.4")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("<domain type=\"kvm\">"));
        QVERIFY(r.out.contains("<vcpupin vcpu=\"3\" cpuset=\"11\"/>"));
    }

    void findingsAndExitOne()
    {
        const ProcessResult r = xml({QStringLiteral("--flavor"), QStringLiteral("bad.realtime")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("RealtimeMaskNotFoundOrInvalid"));
    }

    void portsImagePropsAndProfile()
    {
        const ProcessResult v = xml({QStringLiteral("--flavor"), QStringLiteral("hugepages.1g"), QStringLiteral("--port"), QStringLiteral("vdpa:physnet0")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.contains("<source dev=\"/dev/vhost-vdpa-0\"/>"));
        QCOMPARE(xml({QStringLiteral("--flavor"), QStringLiteral("viommu.pc")}).exitCode, 1);
        QCOMPARE(xml({QStringLiteral("--flavor"), QStringLiteral("viommu.pc"), QStringLiteral("--image-prop"), QStringLiteral("hw_machine_type=q35")}).exitCode, 0);
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p.json"));
        QFile f(profile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"vdeck-compute-profile\", \"version\": 1, \"libvirt\": {\"hw_machine_type\": \"x86_64=q35\", \"cpu_mode\": \"host-passthrough\"}}");
        f.close();
        const ProcessResult p = xml({QStringLiteral("--flavor"), QStringLiteral("viommu.pc"), QStringLiteral("--profile"), profile});
        QCOMPARE(p.exitCode, 0);
        QVERIFY(p.out.contains("machine=\"q35\""));
        QVERIFY(p.out.contains("<cpu mode=\"host-passthrough\""));
        QCOMPARE(xml({QStringLiteral("--flavor"), QStringLiteral("pinned.4"), QStringLiteral("--port"), QStringLiteral("bogus")}).exitCode, 2);
        QCOMPARE(xml({QStringLiteral("--flavor"), QStringLiteral("nope")}).exitCode, 2);
    }

    // --port normal[:BINDING]: one binding for every normal port of the host; ovn by default
    void normalPortBindings()
    {
        const QString normal = QStringLiteral("--port");
        const ProcessResult ovn = xml({QStringLiteral("--flavor"), QStringLiteral("plain.small"), normal, QStringLiteral("normal")});
        QCOMPARE(ovn.exitCode, 0);
        QVERIFY(ovn.out.contains("<source bridge=\"br-int\"/>"));
        QVERIFY(ovn.out.contains("<virtualport type=\"openvswitch\">"));
        QVERIFY(!ovn.err.contains("vhostuser"));
        const ProcessResult dpdk = xml({QStringLiteral("--flavor"), QStringLiteral("plain.small"), normal, QStringLiteral("normal:ovs-dpdk"),
                                        QStringLiteral("--release"), QStringLiteral("33")});
        QCOMPARE(dpdk.exitCode, 0);
        QVERIFY(dpdk.out.contains("<interface type=\"vhostuser\">"));
        QVERIFY2(dpdk.err.contains("warning [D] port.vhostuser-without-hugepages"), dpdk.err.constData());
        QVERIFY(dpdk.out.contains("<iothreads>1</iothreads>"));
        const ProcessResult hybrid = xml({QStringLiteral("--flavor"), QStringLiteral("net.normal"), normal, QStringLiteral("normal:ovs-hybrid")});
        QCOMPARE(hybrid.exitCode, 0);
        QCOMPARE(hybrid.out.count("<source bridge=\"qbr"), 3); // the flavor's two normal ports and this one
        QCOMPARE(xml({QStringLiteral("--flavor"), QStringLiteral("plain.small"), normal, QStringLiteral("normal:linuxbridge")}).exitCode, 2);
        QCOMPARE(xml({QStringLiteral("--flavor"), QStringLiteral("plain.small"), normal, QStringLiteral("normal:ovs"), normal,
                      QStringLiteral("normal:ovn")}).exitCode, 2);
    }

    void diffAgainstAnEarlierDocument()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath(QStringLiteral("before.xml"));
        QFile f(before);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(xml({QStringLiteral("--flavor"), QStringLiteral("pinned.4")}).out);
        f.close();
        const ProcessResult same = xml({QStringLiteral("--flavor"), QStringLiteral("pinned.4"), QStringLiteral("--diff"), before});
        QCOMPARE(same.exitCode, 0);
        QVERIFY(same.out.isEmpty());
        const ProcessResult d = xml({QStringLiteral("--flavor"), QStringLiteral("pinned.4"), QStringLiteral("--image-prop"), QStringLiteral("hw_pmu=false"),
                                     QStringLiteral("--diff"), before});
        QCOMPARE(d.exitCode, 0);
        QVERIFY2(d.out.contains("+    <pmu state=\"off\"/>"), d.out.constData());
        QVERIFY(d.out.startsWith("--- "));
    }

    // --connect: capture the fixture daemon's host, build on it, define + undefine there;
    // --auditor refuses the define.
    void validateOnHost()
    {
        LibvirtDaemonFixture daemon;
        QString error;
        QVERIFY2(daemon.start(&error), qPrintable(error));
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("qemu.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"vdeck-compute-profile\", \"version\": 1, \"libvirt\": {\"virt_type\": \"qemu\"}}");
        f.close();
        const QStringList args{QStringLiteral("xml"), testpaths::sourceFile(QStringLiteral("tests/domainxml/data/corpus-flavors.json")),
                               QStringLiteral("--flavor"), QStringLiteral("plain.small"), QStringLiteral("--connect"), daemon.uri(),
                               QStringLiteral("--profile"), f.fileName(), QStringLiteral("--validate")};
        const ProcessResult r = runProcess(testpaths::binary(QStringLiteral("vdeckctl")), args, 120000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("<domain type=\"qemu\">"));
        QVERIFY2(r.err.contains("host: accepted"), r.err.constData());
        const ProcessResult a = runProcess(testpaths::binary(QStringLiteral("vdeckctl")), args + QStringList{QStringLiteral("--auditor")}, 120000);
        QVERIFY2(a.err.contains("host: refused"), a.err.constData());
    }

    void validateWithTheSchema()
    {
        const ProcessResult r = xml({QStringLiteral("--flavor"), QStringLiteral("nfv.vdpa"), QStringLiteral("--validate")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("schema: valid"), r.err.constData());
    }
};

VDECK_TEST_MAIN(TestVdeckctlXml)
#include "tst_vdeckctl_xml.moc"
