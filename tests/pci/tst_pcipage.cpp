// The PCI passthrough page in the real main window on the bundled demo host: from "this VF" to a
// device_spec + alias (the composer), the claim and the alias in the device's row, the snippets
// for compute and API/scheduler nodes, the release of the tool bar; the day-2 check against a
// baseline snapshot with a device gone.
#include "demohost.h"
#include "testmain.h"
#include "testpaths.h"

#include "core/settings.h"
#include "dialogs/filechooser.h"
#include "document/flavordocument.h"
#include "inventory/snapshotfile.h"
#include "mainwindow.h"
#include "pci/driftpanel.h"
#include "pci/pcicomposer.h"
#include "pci/pcipage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {
QTreeWidgetItem *row(PciPage *page, const QString &address)
{
    const QList<QTreeWidgetItem *> found = page->devices()->findItems(address, Qt::MatchExactly, 0);
    return found.isEmpty() ? nullptr : found.first();
}
}

class TestPciPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_settings.reset(new Settings(m_dir->filePath(QStringLiteral("vdeck.ini"))));
    }

    void fromThisVfToSpecAliasAndSnippets()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        w.openStartHosts(QStringLiteral(":/demo/demo.vdeckhost"));
        PciPage *page = w.pciPage();
        QVERIFY(w.showPage(QStringLiteral("pci")));
        QTRY_VERIFY(row(page, QStringLiteral("0000:b1:01.2")));
        QTRY_VERIFY(!page->pending());
        QCOMPARE(row(page, QStringLiteral("0000:b1:01.2"))->text(2), QStringLiteral("type-VF"));
        QCOMPARE(row(page, QStringLiteral("0000:b1:01.2"))->text(3), QStringLiteral("not claimed"));
        QCOMPARE(page->releaseMajor(), 31);

        QVERIFY(page->selectDevice(QStringLiteral("0000:b1:01.2")));
        PciComposer *c = page->composer();
        QVERIFY(c->addButton()->isEnabled());
        c->allVfs()->setChecked(true);
        QTest::keyClicks(c->aliasName(), QStringLiteral("e810vf"));
        QSignalSpy shown(page, &PciPage::reportShown);
        QTest::mouseClick(c->addButton(), Qt::LeftButton);
        QTRY_VERIFY(!shown.isEmpty() && !page->pending());
        for (const QString &vf : {QStringLiteral("0000:b1:01.0"), QStringLiteral("0000:b1:01.3")}) {
            QCOMPARE(row(page, vf)->text(3), QStringLiteral("#0 (nova.conf:2)"));
            QCOMPARE(row(page, vf)->text(4), QStringLiteral("e810vf"));
        }
        QCOMPARE(page->findings()->topLevelItemCount(), 0);
        QVERIFY(c->computeSnippet()->toPlainText().contains(
            QLatin1String("device_spec = {\"address\":\"0000:b1:00.0\",\"product_id\":\"1889\",\"vendor_id\":\"8086\"}")));
        QVERIFY(c->controllerSnippet()->toPlainText().startsWith(QLatin1String("# nova.conf of the API and scheduler nodes")));
        QVERIFY(c->controllerSnippet()->toPlainText().contains(QLatin1String("alias = {\"device_type\":\"type-VF\",\"name\":\"e810vf\"")));

        // the tool bar's release: before 26 the option is passthrough_whitelist, device_spec unknown
        shown.clear();
        w.findChild<FlavorDocument *>()->setRelease(rules::NovaRelease(25));
        QTRY_VERIFY(!shown.isEmpty() && !page->pending());
        QCOMPARE(page->releaseMajor(), 25);
        QCOMPARE(row(page, QStringLiteral("0000:b1:01.0"))->text(3), QStringLiteral("not claimed"));
        QCOMPARE(page->findings()->topLevelItem(0)->text(1), QStringLiteral("PCI_OPTION_UNKNOWN"));
        QVERIFY(c->computeSnippet()->toPlainText().contains(QLatin1String("passthrough_whitelist = {")));
    }

    void malformedConfNamesTheLine()
    {
        MainWindow w(AppMode::Auditor, m_settings.get());
        w.openStartHosts(QStringLiteral(":/demo/demo.vdeckhost"));
        PciPage *page = w.pciPage();
        QTRY_VERIFY(row(page, QStringLiteral("0000:ca:00.0")));
        page->composer()->editor()->setPlainText(QStringLiteral("[pci]\ndevice_spec = {\"vendor_id\": \"10de\"}\nbroken line\n"));
        QTRY_COMPARE(page->composer()->status()->text(), QStringLiteral("nova.conf: line 3: no ':' or '=' in 'broken line'"));
        page->composer()->editor()->setPlainText(QStringLiteral("[pci]\ndevice_spec = {\"vendor_id\": \"10de\"}\n"));
        QTRY_COMPARE(row(page, QStringLiteral("0000:ca:00.0"))->text(3), QStringLiteral("#0 (nova.conf:2)"));
        QVERIFY(page->composer()->status()->text().isEmpty());
    }

    void dayTwoCheckAgainstABaseline()
    {
        // the baseline is the demo host; "now" has lost an E810 VF
        const inventory::HostSnapshot demo = testhosts::demo();
        const QString baseline = m_dir->filePath(QStringLiteral("baseline.vdeckhost"));
        QString error;
        QVERIFY2(inventory::snapshotfile::save(demo, baseline, &error), qPrintable(error));
        PciPage page;
        auto chooser = std::make_shared<ScriptedFileChooser>();
        chooser->queueAnswer(baseline);
        page.setFileChooser(chooser);
        page.setSnapshot(demo.withGraph(demo.graph().withoutDevice(QStringLiteral("pci_0000_b1_01_0"))), QStringLiteral("demo"));
        QSignalSpy compared(page.drift(), &DriftPanel::compared);
        QTest::mouseClick(page.drift()->chooseButton(), Qt::LeftButton);
        QTRY_VERIFY(!compared.isEmpty());
        QCOMPARE(page.drift()->findings()->topLevelItemCount(), 1);
        QCOMPARE(page.drift()->findings()->topLevelItem(0)->text(1), QStringLiteral("DRIFT_VF_COUNT"));
        QVERIFY(page.drift()->status()->text().startsWith(QLatin1String("1 drift(s) since 2026-11-01T09:30:00Z")));
        // the host is restored: the next snapshot compares clean
        page.setSnapshot(demo, QStringLiteral("demo"));
        QCOMPARE(page.drift()->findings()->topLevelItemCount(), 0);
        QVERIFY(page.drift()->status()->text().startsWith(QLatin1String("No drift since")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

VDECK_GUI_TEST_MAIN(TestPciPage)
#include "tst_pcipage.moc"
