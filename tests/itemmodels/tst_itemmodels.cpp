// The item models under QAbstractItemModelTester, each dumped to text and compared.
#include "flavors/catalog.h"
#include "itemmodels/extraspectablemodel.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/flavorlibrarymodel.h"
#include "itemmodels/operationsmodel.h"
#include "modeldump.h"
#include "rules/checker.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStringListModel>

using flavors::Flavor;
using flavors::Property;
using flavors::PropertyList;
using rules::NovaRelease;

namespace {
Flavor flavor(const QString &name, const QList<Property> &specs, const QList<flavors::RequestedPort> &ports = {})
{
    Flavor f;
    f.name = name;
    f.vcpus = 4;
    f.ramMb = 4096;
    f.diskGb = 20;
    for (const Property &p : specs)
        f.extraSpecs.set(p.key, p.value);
    f.ports = ports;
    return f;
}
Property p(const char *k, const char *v)
{
    return Property{QLatin1String(k), QLatin1String(v)};
}
QStringList lines(std::initializer_list<const char *> l)
{
    QStringList out;
    for (const char *s : l)
        out.append(QString::fromUtf8(s));
    return out;
}
using Tester = QAbstractItemModelTester;
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;
}

Q_DECLARE_METATYPE(flavors::Property)
Q_DECLARE_METATYPE(flavors::Flavor)

class TestItemModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void library_data()
    {
        QTest::addColumn<QList<Flavor>>("flavors");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("summaries");
        QTest::newRow("empty") << QList<Flavor>{} << QStringList{} << QStringList{};
        QTest::newRow("two") << QList<Flavor>{flavor(QStringLiteral("rt.pinned"), {p("hw:cpu_policy", "dedicated")}),
                                             flavor(QStringLiteral("vdpa.large"), {}, {{QStringLiteral("vdpa"), QStringLiteral("physnet0")}})}
                             << lines({"rt.pinned", "vdpa.large"})
                             << lines({"vCPUs: 4, RAM: 4096 MB, disk: 20 GB, ports: 0, extra specs: 1",
                                       "vCPUs: 4, RAM: 4096 MB, disk: 20 GB, ports: 1, extra specs: 0"});
    }

    void library()
    {
        QFETCH(QList<Flavor>, flavors);
        QFETCH(QStringList, names);
        QFETCH(QStringList, summaries);
        FlavorLibraryModel model;
        Tester tester(&model, kQtTest);
        model.setLibrary(flavors::FlavorLibrary{flavors, {}});
        QCOMPARE(dumpModel(&model), names);
        QCOMPARE(dumpModel(&model, FlavorLibraryModel::SummaryRole), summaries);
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(model.rowOf(names.at(i)), i);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    }

    void libraryRenameIsDataChangedNotReset()
    {
        FlavorLibraryModel model;
        Tester tester(&model, kQtTest);
        QList<Flavor> list{flavor(QStringLiteral("a"), {}), flavor(QStringLiteral("b"), {})};
        model.setLibrary(flavors::FlavorLibrary{list, {}});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        list[1].name = QStringLiteral("c");
        model.setLibrary(flavors::FlavorLibrary{list, {}});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(dumpModel(&model), lines({"a", "c"}));
    }

    void extraSpecs_data()
    {
        QTest::addColumn<QList<Property>>("specs");
        QTest::addColumn<QStringList>("dump");
        QTest::newRow("empty") << QList<Property>{} << QStringList{};
        QTest::newRow("known") << QList<Property>{p("hw:cpu_policy", "dedicated"), p("hw:mem_page_size", "1GB")}
                               << lines({"hw:cpu_policy | dedicated | ok", "hw:mem_page_size | 1GB | ok"});
        QTest::newRow("invalid value") << QList<Property>{p("hw:cpu_policy", "pinned")} << lines({"hw:cpu_policy | pinned | invalid value"});
        QTest::newRow("typo in validated namespace") << QList<Property>{p("hw:cpu_polcy", "dedicated")}
                                                     << lines({"hw:cpu_polcy | dedicated | unknown key: Nova rejects it"});
        QTest::newRow("own namespace") << QList<Property>{p("mycloud:tier", "gold")}
                                       << lines({"mycloud:tier | gold | unknown namespace: not checked by Nova"});
        QTest::newRow("no namespace") << QList<Property>{p("tier", "gold")} << lines({"tier | gold | unknown key: not checked by Nova"});
        QTest::newRow("deprecated") << QList<Property>{p("hide_hypervisor_id", "true")}
                                    << lines({"hide_hypervisor_id | true | deprecated"});
        QTest::newRow("patterns") << QList<Property>{p("hw:numa_cpus.0", "0-1"), p("resources1:VGPU", "1"), p("trait:CUSTOM_NVIDIA_11", "required")}
                                  << lines({"hw:numa_cpus.0 | 0-1 | ok", "resources1:VGPU | 1 | ok", "trait:CUSTOM_NVIDIA_11 | required | ok"});
    }

    void extraSpecs()
    {
        QFETCH(QList<Property>, specs);
        QFETCH(QStringList, dump);
        ExtraSpecTableModel model(flavors::ExtraSpecCatalog::bundled());
        Tester tester(&model, kQtTest);
        PropertyList list;
        for (const Property &s : specs)
            list.set(s.key, s.value);
        model.setSpecs(list);
        QCOMPARE(dumpModel(&model), dump);
        QCOMPARE(model.specs(), list);
        for (int r = 0; r < model.rowCount(); ++r) {
            const auto status = ExtraSpecTableModel::Status(model.index(r, 0).data(ExtraSpecTableModel::StatusRole).toInt());
            QCOMPARE(model.index(r, 0).data(Qt::ForegroundRole).isValid(), status != ExtraSpecTableModel::Status::Known);
            QVERIFY(!model.index(r, 0).data(Qt::ToolTipRole).toString().isEmpty());
        }
    }

    void extraSpecEditsAreRequestsWithBeforeAndAfter()
    {
        ExtraSpecTableModel model(flavors::ExtraSpecCatalog::bundled());
        Tester tester(&model, kQtTest);
        const PropertyList before{p("hw:cpu_policy", "shared"), p("hw:cpu_realtime", "yes")};
        model.setSpecs(before);
        QSignalSpy edited(&model, &ExtraSpecTableModel::edited);
        QVERIFY(model.setData(model.index(0, 1), QStringLiteral("dedicated")));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).value<PropertyList>(), before);
        QCOMPARE(edited.at(0).at(1).value<PropertyList>(), (PropertyList{p("hw:cpu_policy", "dedicated"), p("hw:cpu_realtime", "yes")}));
        // A key is never empty nor duplicated; the check column is not editable.
        QVERIFY(!model.setData(model.index(1, 0), QStringLiteral("hw:cpu_policy")));
        QVERIFY(!model.setData(model.index(1, 0), QStringLiteral(" ")));
        QVERIFY(!(model.flags(model.index(0, 2)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(model.index(1, 0), QStringLiteral("hw:cpu_realtime_mask")));
        QCOMPARE(dumpModel(&model), lines({"hw:cpu_policy | dedicated | ok", "hw:cpu_realtime_mask | yes | invalid value"}));
        QVERIFY(model.removeSpecAt(0));
        QCOMPARE(edited.last().at(1).value<PropertyList>(), (PropertyList{p("hw:cpu_realtime_mask", "yes")}));
        model.setReadOnly(true);
        QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, 1), QStringLiteral("^0")));
        QVERIFY(!model.removeSpecAt(0));
    }

    void extraSpecCompletionsComeFromTheCatalogue()
    {
        ExtraSpecTableModel model(flavors::ExtraSpecCatalog::bundled());
        QStringList keys = model.completionModel()->stringList();
        QVERIFY(keys.size() > 100);
        for (const char *k : {"hw:cpu_policy", "hw:cpu_realtime_mask", "hw:numa_cpus.0", "hw:numa_mem.0", "resources:VGPU",
                              "resources:CUSTOM_", "trait:CUSTOM_", "hw:viommu_model", "hw:locked_memory"})
            QVERIFY2(keys.contains(QLatin1String(k)), k);
        for (const QString &k : keys)
            QVERIFY2(!k.contains(QLatin1Char('{')), qPrintable(k));
        QCOMPARE(keys.removeDuplicates(), 0);
    }

    void findings_data()
    {
        QTest::addColumn<QList<Property>>("specs");
        QTest::addColumn<int>("release");
        QTest::addColumn<QStringList>("dump");
        QTest::addColumn<QList<bool>>("fixable");
        QTest::newRow("clean") << QList<Property>{p("hw:cpu_policy", "dedicated")} << 31 << QStringList{} << QList<bool>{};
        QTest::newRow("realtime unpinned")
            << QList<Property>{p("hw:cpu_realtime", "yes"), p("hw:cpu_realtime_mask", "^0")} << 31
            << lines({"Error | cpu.realtime-needs-pinning | B: server API | 400 | Realtime needs hw:cpu_policy=dedicated or mixed; "
                      "an unset policy is not implicitly dedicated. | set hw:cpu_policy=dedicated"})
            << QList<bool>{true};
        QTest::newRow("locked memory 31")
            << QList<Property>{p("hw:locked_memory", "true")} << 31
            << lines({"Error | mem.locked-memory-needs-page-size | B: server API | 403 | locked_memory value in image or flavor is "
                      "forbidden when mem_page_size is not set. | set hw:mem_page_size (e.g. large or 1GB)"})
            << QList<bool>{false};
        QTest::newRow("locked memory master")
            << QList<Property>{p("hw:locked_memory", "true")} << int(NovaRelease::kMaster)
            << lines({"Error | mem.locked-memory-needs-page-size | B: server API | 400 | locked_memory value in image or flavor is "
                      "forbidden when mem_page_size is not set. | set hw:mem_page_size (e.g. large or 1GB)"})
            << QList<bool>{false};
    }

    void findings()
    {
        QFETCH(QList<Property>, specs);
        QFETCH(int, release);
        QFETCH(QStringList, dump);
        QFETCH(QList<bool>, fixable);
        FindingsModel model;
        Tester tester(&model, kQtTest);
        rules::CheckOptions options;
        options.release = NovaRelease(release);
        const QList<rules::Finding> found = rules::checkFlavor(flavor(QStringLiteral("f"), specs), flavors::ExtraSpecCatalog::bundled(), options);
        QList<rules::Finding> errors;
        std::copy_if(found.begin(), found.end(), std::back_inserter(errors), [](const rules::Finding &f) { return f.severity == rules::Severity::Error; });
        model.setFindings(errors);
        QCOMPARE(dumpModel(&model), dump);
        QList<bool> gotFixable;
        for (int r = 0; r < model.rowCount(); ++r) {
            gotFixable.append(model.index(r, 0).data(FindingsModel::FixableRole).toBool());
            QCOMPARE(model.index(r, 0).data(FindingsModel::KeysRole).toStringList(), errors.at(r).keys);
            QCOMPARE(model.rowOfCode(errors.at(r).code), r);
        }
        QCOMPARE(gotFixable, fixable);
        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
    }

    void operations_data()
    {
        QTest::addColumn<QString>("vnic");
        QTest::addColumn<int>("release");
        QTest::addColumn<QStringList>("firstThree");
        QTest::newRow("normal port 31") << QStringLiteral("normal") << 31
                                        << lines({"Live migrate | allowed |  |  | ", "Cold migrate | allowed |  |  | ", "Resize | allowed |  |  | "});
        QTest::newRow("vdpa 23")
            << QStringLiteral("vdpa") << 23
            << lines({"Live migrate | blocked | 409 | Nova 23 (2021.1 Wallaby) blocks this for instances with vDPA ports (NotSupported); "
                      "Zed (26) is the first release that allows it. | upgrade to Nova 26 (Zed) or later with every nova-compute upgraded",
                      "Cold migrate | blocked | 409 | Nova 23 (2021.1 Wallaby) blocks this for instances with vDPA ports (NotSupported); "
                      "moves and shelve are allowed from 24.2.0 (Xena), 25.1.0 (Yoga) and 26.0.0 (Zed), never in Wallaby. | "
                      "upgrade to 24.2.0 (Xena) or later",
                      "Resize | blocked | 409 | Nova 23 (2021.1 Wallaby) blocks this for instances with vDPA ports (NotSupported); "
                      "moves and shelve are allowed from 24.2.0 (Xena), 25.1.0 (Yoga) and 26.0.0 (Zed), never in Wallaby. | "
                      "upgrade to 24.2.0 (Xena) or later"});
        QTest::newRow("vdpa 24 is 400") << QStringLiteral("vdpa") << 24
                                        << lines({"Live migrate | blocked | 400 | Nova 24 (2021.2 Xena) blocks this for instances with vDPA "
                                                  "ports (NotSupported); Zed (26) is the first release that allows it. | "
                                                  "upgrade to Nova 26 (Zed) or later with every nova-compute upgraded",
                                                  "Cold migrate | blocked | 400 | Nova 24 (2021.2 Xena) blocks this for instances with vDPA "
                                                  "ports before 24.2.0 (NotSupported); 24.2.0 allows moves and shelve (the backport of "
                                                  "Zed's change): check the exact version. | upgrade to 24.2.0 or later",
                                                  "Resize | blocked | 400 | Nova 24 (2021.2 Xena) blocks this for instances with vDPA "
                                                  "ports before 24.2.0 (NotSupported); 24.2.0 allows moves and shelve (the backport of "
                                                  "Zed's change): check the exact version. | upgrade to 24.2.0 or later"});
        QTest::newRow("vdpa 25 is lifted in 25.1.0")
            << QStringLiteral("vdpa") << 25
            << lines({"Live migrate | blocked | 400 | Nova 25 (2022.1 Yoga) blocks this for instances with vDPA ports (NotSupported); "
                      "Zed (26) is the first release that allows it. | upgrade to Nova 26 (Zed) or later with every nova-compute upgraded",
                      "Cold migrate | blocked | 400 | Nova 25 (2022.1 Yoga) blocks this for instances with vDPA ports before 25.1.0 "
                      "(NotSupported); 25.1.0 allows moves and shelve (the backport of Zed's change): check the exact version. | "
                      "upgrade to 25.1.0 or later",
                      "Resize | blocked | 400 | Nova 25 (2022.1 Yoga) blocks this for instances with vDPA ports before 25.1.0 "
                      "(NotSupported); 25.1.0 allows moves and shelve (the backport of Zed's change): check the exact version. | "
                      "upgrade to 25.1.0 or later"});
    }

    void operations()
    {
        QFETCH(QString, vnic);
        QFETCH(int, release);
        QFETCH(QStringList, firstThree);
        OperationsModel model;
        Tester tester(&model, kQtTest);
        const Flavor f = flavor(QStringLiteral("f"), {}, {{vnic, QStringLiteral("physnet0")}});
        model.setVerdicts(rules::operationsMatrix(f, NovaRelease(release)));
        QCOMPARE(model.rowCount(), int(rules::allOperations().size()));
        QCOMPARE(dumpModel(&model).mid(0, 3), firstThree);
        QCOMPARE(model.index(0, 0).data(OperationsModel::OperationRole).toString(), QStringLiteral("live-migrate"));
        // Another release: values change in place, no reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setVerdicts(rules::operationsMatrix(f, NovaRelease(33)));
        QCOMPARE(reset.count(), 0);
    }
};

VDECK_TEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
