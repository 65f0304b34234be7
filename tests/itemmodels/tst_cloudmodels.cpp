// CloudFlavorsModel and FlavorCompareModel under QAbstractItemModelTester, dumped and compared
// with the expected rows: a cloud's flavors with their counts and the library's verdict, and a
// library flavor beside the cloud's field by field (a flavor only on one side included).
#include "flavors/flavor.h"
#include "itemmodels/cloudflavorsmodel.h"
#include "itemmodels/flavorcomparemodel.h"
#include "modeldump.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

flavors::Flavor flavor(const QString &name, int vcpus, flavors::PropertyList specs)
{
    flavors::Flavor f = flavors::newFlavor();
    f.name = name;
    f.vcpus = vcpus;
    f.extraSpecs = std::move(specs);
    return f;
}

rules::Finding finding(rules::Severity severity, const QString &code)
{
    rules::Finding f;
    f.severity = severity;
    f.code = code;
    return f;
}

} // namespace

class TestCloudModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cloudFlavors()
    {
        CloudFlavorsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const flavors::Flavor bad = flavor(QStringLiteral("bad"), 2, {{QStringLiteral("hw:cpu_policy"), QStringLiteral("bogus")}});
        const flavors::Flavor ok = flavor(QStringLiteral("ok"), 2, {});
        model.setRows({{QStringLiteral("bad"), CloudFlavorRow::Library::OnlyInCloud, bad, std::nullopt,
                        {finding(rules::Severity::Error, QStringLiteral("spec.invalid-value")), finding(rules::Severity::Warning, QStringLiteral("w"))}},
                       {QStringLiteral("ok"), CloudFlavorRow::Library::Same, ok, ok, {}},
                       {QStringLiteral("new"), CloudFlavorRow::Library::OnlyInLibrary, std::nullopt, ok, {}}});
        QCOMPARE(dumpModel(&model), (QStringList{QStringLiteral("bad | 1 | 1 | only in cloud"), QStringLiteral("ok | 0 | 0 | same"),
                                                 QStringLiteral("new |  |  | only in library")}));
        QCOMPARE(model.rowOf(QStringLiteral("new")), 2);
        QVERIFY(model.index(0, 0).data(CloudFlavorsModel::HasErrorsRole).toBool());
        QVERIFY(!model.index(1, 0).data(CloudFlavorsModel::HasErrorsRole).toBool());
        // Values change in place (no reset), rows go with a reset.
        model.setRows({{QStringLiteral("bad"), CloudFlavorRow::Library::Differs, bad, ok, {}}, {QStringLiteral("ok"), CloudFlavorRow::Library::Same, ok, ok, {}},
                       {QStringLiteral("new"), CloudFlavorRow::Library::Same, ok, ok, {}}});
        QCOMPARE(dumpModel(&model), (QStringList{QStringLiteral("bad | 0 | 0 | differs"), QStringLiteral("ok | 0 | 0 | same"), QStringLiteral("new | 0 | 0 | same")}));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void compare_data()
    {
        QTest::addColumn<bool>("inLibrary");
        QTest::addColumn<bool>("inCloud");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("differences");
        const QStringList both{QStringLiteral("vcpus | 4 | 2"), QStringLiteral("ram | 2048 | 2048"), QStringLiteral("disk | 20 | 20"),
                               QStringLiteral("ephemeral | 0 | 0"), QStringLiteral("swap | 0 | 0"), QStringLiteral("is_public | true | true"),
                               QStringLiteral("description |  | "), QStringLiteral("access |  | "),
                               QStringLiteral("hw:cpu_policy | dedicated | bogus"), QStringLiteral("hw:numa_nodes | 1 | (none)"),
                               QStringLiteral("hw:mem_page_size | (none) | large")};
        QTest::newRow("both") << true << true << both << 4;
        QTest::newRow("only in library") << true << false
                                         << QStringList{QStringLiteral("vcpus | 4 | (none)"), QStringLiteral("ram | 2048 | (none)"),
                                                        QStringLiteral("disk | 20 | (none)"), QStringLiteral("ephemeral | 0 | (none)"),
                                                        QStringLiteral("swap | 0 | (none)"), QStringLiteral("is_public | true | (none)"),
                                                        QStringLiteral("description |  | (none)"), QStringLiteral("access |  | (none)"),
                                                        QStringLiteral("hw:cpu_policy | dedicated | (none)"), QStringLiteral("hw:numa_nodes | 1 | (none)")}
                                         << 10;
        QTest::newRow("neither") << false << false << QStringList{} << 0;
    }

    void compare()
    {
        QFETCH(bool, inLibrary);
        QFETCH(bool, inCloud);
        QFETCH(QStringList, expected);
        QFETCH(int, differences);
        FlavorCompareModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const flavors::Flavor library =
            flavor(QStringLiteral("x"), 4, {{QStringLiteral("hw:cpu_policy"), QStringLiteral("dedicated")}, {QStringLiteral("hw:numa_nodes"), QStringLiteral("1")}});
        const flavors::Flavor cloud =
            flavor(QStringLiteral("x"), 2, {{QStringLiteral("hw:cpu_policy"), QStringLiteral("bogus")}, {QStringLiteral("hw:mem_page_size"), QStringLiteral("large")}});
        model.setFlavors(inLibrary ? std::optional(library) : std::nullopt, inCloud ? std::optional(cloud) : std::nullopt);
        QCOMPARE(dumpModel(&model), expected);
        QCOMPARE(model.differences(), differences);
        int differing = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            differing += model.index(r, 0).data(FlavorCompareModel::DiffersRole).toBool();
        QCOMPARE(differing, differences);
    }
};

VDECK_TEST_MAIN(TestCloudModels)
#include "tst_cloudmodels.moc"
