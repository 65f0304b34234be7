// One order for findings (rules::mergeFindings): errors, then warnings, then infos, each
// severity in the order its check gave them; the findings page shows a flavor's and its target
// host's findings merged in that order, as `vdeckctl lint --snapshot` prints them.
#include "document/flavordocument.h"
#include "itemmodels/findingsmodel.h"
#include "pages/findingspage.h"
#include "testmain.h"

#include "rules/finding.h"

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

    // A host's error comes before the flavor's warnings and infos, not after them.
    void pageShowsTheMergedOrder()
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
        page.setHostFindings(QStringLiteral("compute-1"), {hostInfo, hostError});
        const QStringList merged = rows(*page.model());
        QCOMPARE(merged.size(), own.size() + 2);
        QCOMPARE(merged.first(), QStringLiteral("host.memory-exhausted"));
        QCOMPARE(merged, codes(rules::mergeFindings(doc.findings(), {hostInfo, hostError})));
        for (int r = 1; r < page.model()->rowCount(); ++r)
            QVERIFY(page.model()->index(r - 1, 0).data(FindingsModel::SeverityRole).toInt()
                    <= page.model()->index(r, 0).data(FindingsModel::SeverityRole).toInt());

        page.setHostFindings({}, {});
        QCOMPARE(rows(*page.model()), own);
    }
};

VDECK_GUI_TEST_MAIN(TestFindingsOrder)
#include "tst_findingsorder.moc"
