// Rules: parsers exactly as Nova, findings by release, operations matrix.
#include "flavors/catalog.h"
#include "rules/checker.h"
#include "rules/cpuspec.h"
#include "rules/operations.h"
#include "rules/pagesize.h"
#include "rules/stageb.h"
#include "testmain.h"

using namespace rules;

namespace {
flavors::Flavor flavor(std::initializer_list<flavors::Property> specs, std::initializer_list<flavors::Property> image = {})
{
    flavors::Flavor f;
    f.name = QStringLiteral("f");
    f.vcpus = 4;
    f.ramMb = 4096;
    f.extraSpecs = specs;
    f.imageProperties = image;
    return f;
}
const Finding *firstError(const QList<Finding> &list)
{
    for (const Finding &f : list)
        if (f.severity == Severity::Error)
            return &f;
    return nullptr;
}
}

class TestRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pageSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("kib");
        QTest::newRow("digits") << QStringLiteral("2048") << true << 2048.0;
        QTest::newRow("2MB") << QStringLiteral("2MB") << true << 2048.0;
        QTest::newRow("2MiB") << QStringLiteral("2MiB") << true << 2048.0;
        QTest::newRow("1GB") << QStringLiteral("1GB") << true << 1048576.0;
        QTest::newRow("2Mb bits") << QStringLiteral("2Mb") << true << 256.0;
        QTest::newRow("2M") << QStringLiteral("2M") << false << 0.0;
        QTest::newRow("2kB") << QStringLiteral("2kB") << false << 0.0;
    }
    void pageSizes()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, kib);
        const auto p = parsePageSize(text);
        QCOMPARE(p.has_value(), valid);
        if (valid)
            QCOMPARE(p->kib, kib);
    }

    void cpuSpecs()
    {
        QCOMPARE(*parseCpuSpec(QStringLiteral("1-4,^3,6")), (QSet<int>{1, 2, 4, 6}));
        QCOMPARE(*applyCpuMask(QStringLiteral("^0-1"), 4), (QSet<int>{2, 3}));
        QString why;
        QVERIFY(!parseCpuSpec(QStringLiteral("3-1"), &why));
        QVERIFY(why.contains(QStringLiteral("Invalid range expression")));
        QVERIFY(!parseCpuSpec(QStringLiteral("1-2-3")));
    }

    void releases()
    {
        QCOMPARE(NovaRelease::parse(QStringLiteral("2025.1"))->major(), 31);
        QCOMPARE(NovaRelease::parse(QStringLiteral("epoxy"))->major(), 31);
        QCOMPARE(NovaRelease::parse(QStringLiteral("31"))->major(), 31);
        QVERIFY(NovaRelease::parse(QStringLiteral("master"))->isMaster());
        QVERIFY(!NovaRelease::parse(QStringLiteral("22")));
    }

    void realtimeNeedsPinning()
    {
        const auto list = checkFlavor(flavor({{QStringLiteral("hw:cpu_realtime"), QStringLiteral("yes")},
                                              {QStringLiteral("hw:cpu_realtime_mask"), QStringLiteral("^0")}}),
                                      flavors::ExtraSpecCatalog::bundled(), {});
        const Finding *e = firstError(list);
        QVERIFY(e);
        QCOMPARE(e->code, QStringLiteral("cpu.realtime-needs-pinning"));
        QCOMPARE(e->novaException, QStringLiteral("RealtimeConfigurationInvalid"));
        QCOMPARE(e->fix, QStringLiteral("set hw:cpu_policy=dedicated"));
    }

    void lockedMemoryStatusByRelease()
    {
        const auto f = flavor({{QStringLiteral("hw:locked_memory"), QStringLiteral("true")}});
        const auto zed = checkFlavor(f, flavors::ExtraSpecCatalog::bundled(), {NovaRelease(26)});
        QCOMPARE(firstError(zed)->httpStatus, 403);
        const auto master = checkFlavor(f, flavors::ExtraSpecCatalog::bundled(), {NovaRelease(NovaRelease::kMaster)});
        QCOMPARE(firstError(master)->httpStatus, 400);
        const auto yoga = checkFlavor(f, flavors::ExtraSpecCatalog::forRelease(25), {NovaRelease(25)});
        QCOMPARE(firstError(yoga)->code, QStringLiteral("spec.unknown-key"));
        const auto conflict = checkFlavor(flavor({{QStringLiteral("hw:locked_memory"), QStringLiteral("true")},
                                                  {QStringLiteral("hw:mem_page_size"), QStringLiteral("large")}},
                                                 {{QStringLiteral("hw_locked_memory"), QStringLiteral("false")}}),
                                          flavors::ExtraSpecCatalog::bundled(), {NovaRelease(31)});
        QCOMPARE(firstError(conflict)->httpStatus, 500);
    }

    void typoGetsAFix()
    {
        const auto list = checkFlavor(flavor({{QStringLiteral("hw:emulator_thread_policy"), QStringLiteral("isolate")}}),
                                      flavors::ExtraSpecCatalog::bundled(), {});
        QCOMPARE(firstError(list)->stage, Stage::A);
        QCOMPARE(firstError(list)->fix, QStringLiteral("rename hw:emulator_thread_policy to hw:emulator_threads_policy"));
    }

    void pciPolicyWithoutNumaWarns()
    {
        const auto list = checkFlavor(flavor({{QStringLiteral("hw:pci_numa_affinity_policy"), QStringLiteral("required")}}),
                                      flavors::ExtraSpecCatalog::bundled(), {});
        QVERIFY(!hasErrors(list));
        QVERIFY(std::any_of(list.begin(), list.end(), [](const Finding &f) { return f.code == QStringLiteral("pci.numa-policy-without-numa"); }));
    }

    void viommuNeedsQ35()
    {
        const auto list = checkFlavor(flavor({{QStringLiteral("hw:viommu_model"), QStringLiteral("intel")}},
                                             {{QStringLiteral("hw_machine_type"), QStringLiteral("pc")}}),
                                      flavors::ExtraSpecCatalog::bundled(), {});
        QCOMPARE(firstError(list)->code, QStringLiteral("viommu.machine-type"));
        QCOMPARE(firstError(list)->stage, Stage::D);
    }

    // libvirt refuses Nova's <driver> attributes on <iommu model='virtio'> on every host: an error
    // from the flavor alone (stage D, libvirtError); intel is fine.
    void viommuVirtioIsAnError()
    {
        const auto virtio = checkFlavor(flavor({{QStringLiteral("hw:viommu_model"), QStringLiteral("virtio")}},
                                               {{QStringLiteral("hw_machine_type"), QStringLiteral("q35")}}),
                                        flavors::ExtraSpecCatalog::bundled(), {});
        QCOMPARE(firstError(virtio)->code, QStringLiteral("viommu.virtio-driver-attributes"));
        QCOMPARE(firstError(virtio)->novaException, QStringLiteral("libvirtError"));
        QVERIFY(firstError(virtio)->novaReports);
        const auto intel = checkFlavor(flavor({{QStringLiteral("hw:viommu_model"), QStringLiteral("intel")}},
                                              {{QStringLiteral("hw_machine_type"), QStringLiteral("q35")}}),
                                       flavors::ExtraSpecCatalog::bundled(), {});
        QVERIFY(!hasErrors(intel));
    }

    // Every blocker in one pass: the first is the one Nova raises (novaReports), then each later
    // check that does not read what failed. Here the image's CPU policy does not coerce, realtime
    // fails (every vCPU realtime, no emulator policy) and the thread policy has no pinning.
    void everyBlockerAtOnce()
    {
        const auto list = checkFlavor(flavor({{QStringLiteral("hw:cpu_policy"), QStringLiteral("shared")},
                                              {QStringLiteral("hw:cpu_thread_policy"), QStringLiteral("isolate")},
                                              {QStringLiteral("hw:cpu_realtime"), QStringLiteral("yes")},
                                              {QStringLiteral("hw:numa_nodes"), QStringLiteral("3")},
                                              {QStringLiteral("hw:mem_page_size"), QStringLiteral("large")}},
                                             {{QStringLiteral("hw_cpu_policy"), QStringLiteral("bogus")}}),
                                      flavors::ExtraSpecCatalog::bundled(), {});
        QStringList errors;
        for (const Finding &f : list) {
            if (f.severity == Severity::Error)
                errors << QStringLiteral("%1%2").arg(f.code, f.novaReports ? QStringLiteral("*") : QString());
        }
        // Nova stops at the image property (ImageMeta.from_dict) first
        QCOMPARE(errors, (QStringList{QStringLiteral("image.invalid-property*"), QStringLiteral("cpu.realtime-all-vcpus"),
                                      QStringLiteral("cpu.thread-policy-needs-pinning")}));
        // The first-error mode Nova's own code has stops where Nova stops.
        const StageBResult first = checkStageB(flavor({{QStringLiteral("hw:cpu_realtime"), QStringLiteral("yes")}},
                                                      {{QStringLiteral("hw_cpu_policy"), QStringLiteral("bogus")}}),
                                               NovaRelease(31));
        QCOMPARE(first.blockers.size(), 1);
        QCOMPARE(first.error->code, QStringLiteral("image.invalid-property"));
        // With stage-A errors, stage B runs on the keys the API accepts; Nova reports the schema error
        // before any validator's, whatever the keys' order.
        const auto withA = checkFlavor(flavor({{QStringLiteral("hw:cpu_policy"), QStringLiteral("bogus")},
                                               {QStringLiteral("bad key!"), QStringLiteral("x")},
                                               {QStringLiteral("hw:cpu_realtime"), QStringLiteral("yes")}}),
                                       flavors::ExtraSpecCatalog::bundled(), {});
        QStringList codes;
        for (const Finding &f : withA) {
            if (f.severity == Severity::Error)
                codes << QStringLiteral("%1:%2%3").arg(stageName(f.stage), f.code, f.novaReports ? QStringLiteral("*") : QString());
        }
        QCOMPARE(codes, (QStringList{QStringLiteral("A:spec.key-syntax*"), QStringLiteral("A:spec.invalid-value"),
                                     QStringLiteral("B:cpu.realtime-all-vcpus"), QStringLiteral("B:cpu.realtime-needs-pinning")}));
    }

    void vdpaOperations()
    {
        flavors::Flavor f = flavor({});
        f.ports = {flavors::RequestedPort{QStringLiteral("vdpa"), {}}};
        const auto wallaby = operationsMatrix(f, NovaRelease(23));
        QCOMPARE(wallaby.at(int(Operation::Shelve)).verdict, Verdict::Blocked);
        QCOMPARE(wallaby.at(int(Operation::Shelve)).httpStatus, 409);
        QCOMPARE(operationsMatrix(f, NovaRelease(24)).at(int(Operation::Suspend)).httpStatus, 400);
        const auto zed = operationsMatrix(f, NovaRelease(26), 63);
        QCOMPARE(zed.at(int(Operation::LiveMigrate)).verdict, Verdict::Caveat);
        QCOMPARE(zed.at(int(Operation::Resize)).verdict, Verdict::Allowed);
    }
};

VDECK_TEST_MAIN(TestRules)
#include "tst_rules.moc"
