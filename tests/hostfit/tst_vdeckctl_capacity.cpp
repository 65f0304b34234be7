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

} // namespace

class TestVdeckctlCapacity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
        // The test driver reports no NUMA cells in its capabilities, so no CPUs Nova could use:
        // the capture went through (host name "vm", libvirt's test driver) and nothing fits.
        QVERIFY2(r.exitCode == 1, r.err.constData());
        const QJsonObject host = QJsonDocument::fromJson(r.out).array().at(0).toObject().value(QStringLiteral("host")).toObject();
        QCOMPARE(host, (QJsonObject{{QStringLiteral("name"), QStringLiteral("vm")}, {QStringLiteral("fits"), 0},
                                    {QStringLiteral("limitedBy"), QStringLiteral("host CPUs (the capabilities list no NUMA cells)")},
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
