// One order for findings (rules::mergeFindings): errors, then warnings, then infos, each
// severity in the order its check gave them; the findings page shows a flavor's and its target
// host's findings merged in that order, as `vdeckctl lint --snapshot` prints them.
#include "document/flavordocument.h"
#include "itemmodels/findingsmodel.h"
#include "pages/findingspage.h"
#include "testmain.h"

#include "rules/finding.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>

namespace {

rules::Finding finding(const char *code, rules::Severity severity)
{
    rules::Finding f;
    f.code = QLatin1String(code);
    f.severity = severity;
    f.message = QLatin1String(code);
    return f;
}

QStringList codes(const QList<rules::Finding> &findings)
{
    QStringList out;
    for (const rules::Finding &f : findings)
        out << f.code;
    return out;
}

QStringList rows(const FindingsModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, 0).data(FindingsModel::CodeRole).toString();
    return out;
}

} // namespace

class TestFindingsOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void severityFirstThenGivenOrder()
    {
        using rules::Severity;
        const QList<rules::Finding> flavor{finding("f.info", Severity::Info), finding("f.warning", Severity::Warning),
                                           finding("f.error", Severity::Error), finding("f.info2", Severity::Info)};
        const QList<rules::Finding> host{finding("h.info", Severity::Info), finding("h.error", Severity::Error)};
        QCOMPARE(codes(rules::mergeFindings(flavor, host)),
                 (QStringList{QStringLiteral("f.error"), QStringLiteral("h.error"), QStringLiteral("f.warning"), QStringLiteral("f.info"),
                              QStringLiteral("f.info2"), QStringLiteral("h.info")}));
        QCOMPARE(codes(rules::mergeFindings({}, host)), (QStringList{QStringLiteral("h.error"), QStringLiteral("h.info")}));
    }

    // Duplicates and findings a host-aware one supersedes go; errors in Nova's order of stages; the
    // first error is the one Nova reports.
    void oneListDeduplicatedAndMarked()
    {
        using rules::Severity;
        rules::Finding guess = finding("viommu.machine-type-default", Severity::Warning);
        rules::Finding host = finding("host.viommu-machine-type", Severity::Error);
        host.stage = rules::Stage::D;
        rules::Finding api = finding("cpu.realtime-all-vcpus", Severity::Error);
        api.stage = rules::Stage::B;
        const QList<rules::Finding> list = rules::mergeFindings({guess, host, api}, {host});
        QCOMPARE(codes(list), (QStringList{QStringLiteral("cpu.realtime-all-vcpus"), QStringLiteral("host.viommu-machine-type")}));
        QVERIFY(list.at(0).novaReports && !list.at(0).laterBlocker);
        QVERIFY(!list.at(1).novaReports && list.at(1).laterBlocker);
        QVERIFY(rules::findingText(list.at(1)).startsWith(QLatin1String("error [D] host.viommu-machine-type (later blocker): ")));
    }

    // The page shows the one list it is given for the host (the workbench's), the flavor's own
    // without a host; headers sort it, the filter narrows it, Copy gives vdeckctl's text.
    void pageShowsTheOneList()
    {
        FlavorDocument doc;
        doc.newLibrary();
        QVERIFY(doc.editCurrent(QStringLiteral("alias"), [](flavors::Flavor &f) {
            f.extraSpecs.set(QStringLiteral("pci_passthrough:alias"), QStringLiteral("a1:1"));
        }));
        QVERIFY(!doc.findings().isEmpty());
        QVERIFY(!rules::hasErrors(doc.findings()));
        FindingsPage page(&doc);
        const QStringList own = rows(*page.model());
        QCOMPARE(own, codes(doc.findings()));

        const rules::Finding hostError = finding("host.memory-exhausted", rules::Severity::Error);
        const rules::Finding hostInfo = finding("host.capacity", rules::Severity::Info);
        const QList<rules::Finding> oneList = rules::mergeFindings(doc.findings(), {hostInfo, hostError});
        page.setHostFindings(QStringLiteral("compute-1"), oneList);
        QCOMPARE(rows(*page.model()), codes(oneList));
        QCOMPARE(rows(*page.model()).first(), QStringLiteral("host.memory-exhausted"));
        auto *heading = page.findChild<QLabel *>(QStringLiteral("findingsHeading"));
        QVERIFY2(heading->text().contains(QLatin1String("1 error(s)")), qPrintable(heading->text()));

        // shown as given until a header is clicked; Code sorts by code
        QAbstractItemModel *shown = page.view()->model();
        QCOMPARE(shown->index(0, 0).data(FindingsModel::CodeRole).toString(), QStringLiteral("host.memory-exhausted"));
        page.view()->sortByColumn(FindingsModel::CodeColumn, Qt::AscendingOrder);
        QStringList sorted;
        for (int r = 0; r < shown->rowCount(); ++r)
            sorted << shown->index(r, 0).data(FindingsModel::CodeRole).toString();
        QStringList expected = codes(oneList);
        expected.sort();
        QCOMPARE(sorted, expected);
        page.view()->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder); // infos first
        QCOMPARE(shown->index(shown->rowCount() - 1, 0).data(FindingsModel::CodeRole).toString(), QStringLiteral("host.memory-exhausted"));

        page.filter()->setText(QStringLiteral("memory-exh"));
        QCOMPARE(shown->rowCount(), 1);
        page.view()->setCurrentIndex(shown->index(0, 0));
        page.copySelected();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("error [B] host.memory-exhausted: host.memory-exhausted\n"));
        page.filter()->clear();
        QCOMPARE(shown->rowCount(), oneList.size());

        page.setHostFindings({}, {});
        QCOMPARE(rows(*page.model()), own);
    }
};

VDECK_GUI_TEST_MAIN(TestFindingsOrder)
#include "tst_findingsorder.moc"
