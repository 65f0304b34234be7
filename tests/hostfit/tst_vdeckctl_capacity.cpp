// vdeckctl lint --snapshot/--connect and vdeckctl capacity, driven as a script would, on the
// bundled demo host (file and libvirt's test driver) and the example flavors.
#include "processutil.h"
#include "testmain.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

ProcessResult ctl(const QStringList &args)
{
    return runProcess(testpaths::binary(QStringLiteral("vdeckctl")), args);
}

QString demo()
{
    return testpaths::sourceFile(QStringLiteral("resources/demo/demo.vdeckhost"));
}

QString examples()
{
    return testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors"));
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return f.fileName();
}

QJsonObject byFlavor(const QJsonArray &a, const QString &name)
{
    for (const QJsonValue &v : a) {
        if (v.toObject().value(QStringLiteral("flavor")).toString() == name)
            return v.toObject();
    }
    return {};
}

// 4 pinned vCPUs on 8 GiB of 1 GiB pages: demo node 0 has 40 free pages (5), node 1 56 (7) = 12.
const QByteArray kPinned = R"({"name":"pinned.1g","vcpus":4,"ram":8192,"disk":10,"properties":{"hw:cpu_policy":"dedicated","hw:mem_page_size":"1048576"}})";
// 160 GiB on 1 GiB pages: no node has 160 free.
const QByteArray kHuge = R"({"name":"huge","vcpus":4,"ram":163840,"disk":10,"properties":{"hw:cpu_policy":"dedicated","hw:mem_page_size":"1048576"}})";

// auto without a machine type on the demo host (libvirt 11.3): pc has no vIOMMU, and auto becomes
// virtio there, whose driver attributes libvirt refuses.
const QByteArray kViommuAuto = R"({"name":"viommu.auto","vcpus":2,"ram":2048,"disk":10,"properties":{"hw:viommu_model":"auto"}})";
const QByteArray kViommuVirtio = R"({"name":"viommu.virtio","vcpus":2,"ram":2048,"disk":10,"properties":{"hw:viommu_model":"virtio"}})";


QStringList trimmedLines(const QByteArray &text)
{
    QStringList out;
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << line.trimmed();
    return out;
}
} // namespace

class TestVdeckctlCapacity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // One list of findings for a flavor on a host: vdeckctl lint --snapshot and vdeckctl xml print
    // the same findings, the same way, deduplicated (the rules' machine-type warning and the
    // builder's error give way to the host's error), the error Nova reports first.
    void lintAndXmlShowOneList()
    {
        QTemporaryDir dir;
        const QString file = write(dir, QStringLiteral("viommu.json"), kViommuAuto);
        const ProcessResult lint = ctl({QStringLiteral("lint"), file, QStringLiteral("--snapshot"), demo()});
        QCOMPARE(lint.exitCode, 1);
        QStringList lintLines = trimmedLines(lint.out);
        // drop the heading, the flavor line and the capacity line: the findings remain
        lintLines = lintLines.mid(2, lintLines.size() - 3);
        const ProcessResult xml = ctl({QStringLiteral("xml"), file, QStringLiteral("--flavor"), QStringLiteral("viommu.auto"),
                                       QStringLiteral("--snapshot"), demo()});
        QCOMPARE(xml.exitCode, 1);
        QCOMPARE(trimmedLines(xml.err), lintLines);
        QVERIFY2(lintLines.constFirst().startsWith(QLatin1String("error [D] host.viommu-machine-type (InvalidVIOMMUMachineType)")), qPrintable(lintLines.join(QLatin1Char('\n'))));
        QVERIFY(lintLines.filter(QStringLiteral("viommu.virtio-driver-attributes (libvirtError; later blocker)")).size() == 1);
        QVERIFY(lintLines.filter(QStringLiteral("viommu.machine-type-default")).isEmpty());
        QVERIFY(lintLines.filter(QStringLiteral("viommu.auto:")).isEmpty());
        const QJsonArray json = QJsonDocument::fromJson(ctl({QStringLiteral("lint"), file, QStringLiteral("--snapshot"), demo(), QStringLiteral("--json")}).out).array();
        const QJsonArray findings = json.at(0).toObject().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("novaReports")).toBool(), true);
        QCOMPARE(findings.at(1).toObject().value(QStringLiteral("novaReports")).toBool(), false);
    }

    // Nova writes the document and libvirt refuses it: xml prints it (to show what Nova wrote) and
    // exits 1; lint without a host already says so.
    void virtioViommuIsRefusedEverywhere()
    {
        QTemporaryDir dir;
        const QString file = write(dir, QStringLiteral("virtio.json"), kViommuVirtio);
        const ProcessResult xml = ctl({QStringLiteral("xml"), file, QStringLiteral("--flavor"), QStringLiteral("viommu.virtio"),
                                       QStringLiteral("--snapshot"), demo(), QStringLiteral("--image-prop"), QStringLiteral("hw_machine_type=q35")});
        QCOMPARE(xml.exitCode, 1);
        QVERIFY2(xml.out.contains("<iommu model=\"virtio\">"), xml.out.constData());
        QVERIFY(xml.err.startsWith("error [D] viommu.virtio-driver-attributes (libvirtError)"));
        const ProcessResult lint = ctl({QStringLiteral("lint"), file, QStringLiteral("--image-prop"), QStringLiteral("hw_machine_type=q35")});
        QCOMPARE(lint.exitCode, 1);
        QVERIFY(lint.out.contains("error [D] viommu.virtio-driver-attributes (libvirtError)"));
    }

    void lintWithSnapshotAddsHostObject()
    {
        QTemporaryDir dir;
        const QString file = write(dir, QStringLiteral("f.json"), "[" + kPinned + "," + kHuge + "]");
        const ProcessResult r = ctl({QStringLiteral("lint"), file, QStringLiteral("--snapshot"), demo(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1); // "huge" cannot run on the host
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(a.size(), 2);
        const QJsonObject pinned = byFlavor(a, QStringLiteral("pinned.1g")).value(QStringLiteral("host")).toObject();
        QCOMPARE(pinned, (QJsonObject{{QStringLiteral("name"), QStringLiteral("compute-r750-07.demo.vdeck")}, {QStringLiteral("fits"), 12},
                                      {QStringLiteral("limitedBy"), QStringLiteral("1 GiB pages on NUMA nodes 0, 1")}, {QStringLiteral("canRun"), true}}));
        const QJsonObject huge = byFlavor(a, QStringLiteral("huge"));
        QCOMPARE(huge.value(QStringLiteral("host")).toObject().value(QStringLiteral("canRun")).toBool(), false);
        QCOMPARE(huge.value(QStringLiteral("host")).toObject().value(QStringLiteral("fits")).toInt(), 0);
        const QJsonObject err = huge.value(QStringLiteral("findings")).toArray().at(0).toObject();
        QCOMPARE(err.value(QStringLiteral("code")).toString(), QStringLiteral("host.hugepages-exhausted"));
        QCOMPARE(err.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(err.value(QStringLiteral("stage")).toString(), QStringLiteral("C"));
        QCOMPARE(err.value(QStringLiteral("novaException")).toString(), QStringLiteral("NoValidHost"));
        QVERIFY(err.contains(QStringLiteral("httpStatus")) && err.contains(QStringLiteral("keys")) && err.contains(QStringLiteral("fix")));
        QVERIFY2(err.value(QStringLiteral("message")).toString().contains(QLatin1String("node 1: 56 free, 160 needed")), r.out.constData());
        // only the flavor that fits: exit 0, and the text form names the host
        const QString one = write(dir, QStringLiteral("one.json"), kPinned);
        const ProcessResult text = ctl({QStringLiteral("lint"), one, QStringLiteral("--snapshot"), demo()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("host compute-r750-07.demo.vdeck: 12 fit now; limited by 1 GiB pages on NUMA nodes 0, 1"), text.out.constData());
        QVERIFY(text.out.contains("info [C] host.capacity"));
    }

    void lintUsage()
    {
        QTemporaryDir dir;
        const QString one = write(dir, QStringLiteral("one.json"), kPinned);
        ProcessResult r = ctl({QStringLiteral("lint"), one, QStringLiteral("--snapshot"), demo(), QStringLiteral("--connect"), QStringLiteral("test:///default")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("at most one of --snapshot and --connect"));
        r = ctl({QStringLiteral("lint"), one, QStringLiteral("--snapshot"), dir.filePath(QStringLiteral("missing.vdeckhost"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("missing.vdeckhost"), r.err.constData());
        r = ctl({QStringLiteral("lint"), one, QStringLiteral("--profile"), one});
        QCOMPARE(r.exitCode, 2);
    }

    void lintConnectsReadOnlyToTheTestDriver()
    {
        // the demo host in libvirt's test driver (no vDPA, which the test driver cannot hold)
        const QString uri = QStringLiteral("test://") + testpaths::sourceFile(QStringLiteral("resources/demo/demo-testdriver.xml"));
        QTemporaryDir dir;
        const QString one = write(dir, QStringLiteral("one.json"), kPinned);
        const ProcessResult r = ctl({QStringLiteral("lint"), one, QStringLiteral("--connect"), uri, QStringLiteral("--json")});
        // The test driver's capabilities list no NUMA cells; the capture takes the host's two
        // cells and CPUs from virNodeGetInfo, and the pinned flavor's 1 GiB pages are what the
        // test driver lacks: the capture went through (host name "vm") and nothing fits.
        QVERIFY2(r.exitCode == 1, r.err.constData());
        const QJsonObject host = QJsonDocument::fromJson(r.out).array().at(0).toObject().value(QStringLiteral("host")).toObject();
        QCOMPARE(host, (QJsonObject{{QStringLiteral("name"), QStringLiteral("vm")}, {QStringLiteral("fits"), 0},
                                    {QStringLiteral("limitedBy"), QStringLiteral("1 GiB pages on NUMA nodes 0, 1")},
                                    {QStringLiteral("canRun"), false}}));
        // a URI that does not connect: I/O error naming the URI
        const ProcessResult bad = ctl({QStringLiteral("lint"), one, QStringLiteral("--connect"), QStringLiteral("test:///nonexistent/host.xml")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("test:///nonexistent/host.xml"), bad.err.constData());
    }

    void capacityCommand()
    {
        ProcessResult r = ctl({QStringLiteral("capacity"), QStringLiteral("--snapshot"), demo(), examples(), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(all.size(), 4);
        // rt.pinned.8c16g: 16 x 1 GiB pages each: node 0 40 / 16 = 2, node 1 56 / 16 = 3; its
        // direct port needs a free VF on the same node (legacy policy): node 0 has ConnectX VFs,
        // node 1 only the E810's VFs 2 and 3 -> 2 + 2 = 4, then node 1 has pages but no VF.
        const QJsonObject rt = byFlavor(all, QStringLiteral("rt.pinned.8c16g"));
        QCOMPARE(rt.value(QStringLiteral("fits")).toInt(), 4);
        QCOMPARE(rt.value(QStringLiteral("limitedBy")).toString(), QStringLiteral("devices on the instance's NUMA node (legacy policy)"));
        QCOMPARE(rt.value(QStringLiteral("code")).toString(), QStringLiteral("host.devices-not-numa-local"));
        QCOMPARE(rt.value(QStringLiteral("host")).toString(), QStringLiteral("compute-r750-07.demo.vdeck"));
        // vgpu: the T4's nvidia-231, 1 mdev + 7 available = 8
        const QJsonObject vgpu = byFlavor(all, QStringLiteral("vgpu.nvidia-11.8c32g"));
        QCOMPARE(vgpu.value(QStringLiteral("fits")).toInt(), 8);
        QCOMPARE(vgpu.value(QStringLiteral("code")).toString(), QStringLiteral("host.mdev-unavailable"));
        // --flavor picks one; text form
        r = ctl({QStringLiteral("capacity"), QStringLiteral("--snapshot"), demo(), examples(), QStringLiteral("--flavor"), QStringLiteral("rt.pinned.8c16g")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("rt.pinned.8c16g: 4 fit on compute-r750-07.demo.vdeck; limited by devices on the instance's NUMA node (legacy policy)\n"), r.out.constData());
        // a flavor that cannot run: exit 1
        QTemporaryDir dir;
        const QString huge = write(dir, QStringLiteral("huge.json"), kHuge);
        r = ctl({QStringLiteral("capacity"), QStringLiteral("--snapshot"), demo(), huge});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith("huge: 0 fit on compute-r750-07.demo.vdeck; limited by 1 GiB pages on NUMA nodes 0, 1\n"), r.out.constData());
    }

    void capacityUsage()
    {
        QCOMPARE(ctl({QStringLiteral("capacity"), examples()}).exitCode, 2); // no host
        const ProcessResult r = ctl({QStringLiteral("capacity"), QStringLiteral("--snapshot"), demo(), examples(), QStringLiteral("--flavor"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("has no flavor 'nope'"), r.err.constData());
        const ProcessResult help = ctl({QStringLiteral("capacity"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("libvirt >= 8.3.0 for vIOMMU model virtio"));
        QVERIFY(help.out.contains("kernel >= 5.7.0 for vDPA"));
    }
};

VDECK_TEST_MAIN(TestVdeckctlCapacity)
#include "tst_vdeckctl_capacity.moc"
