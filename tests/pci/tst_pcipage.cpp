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
#include "pages/hostspage.h"
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

    void dayTwoCheckOnTheHostDetails()
    {
        // the baseline had 128 pages of 1 GiB on node 0; the demo host "after the reboot" has 64
        const inventory::HostSnapshot demo = testhosts::demo();
        QString caps = demo.capabilitiesXml();
        const QString before = QStringLiteral("<pages unit='KiB' size='1048576'>64</pages>");
        QVERIFY(caps.contains(before));
        caps.replace(caps.indexOf(before), before.size(), QStringLiteral("<pages unit='KiB' size='1048576'>128</pages>"));
        const inventory::HostSnapshot baseline(demo.identity(), demo.capturedAt(), caps, demo.domainCapabilitiesXml(), demo.freePages(), demo.graph());
        const QString path = m_dir->filePath(QStringLiteral("baseline.vdeckhost"));
        QString error;
        QVERIFY2(inventory::snapshotfile::save(baseline, path, &error), qPrintable(error));

        MainWindow w(AppMode::Auditor, m_settings.get());
        auto chooser = std::make_shared<ScriptedFileChooser>();
        chooser->queueAnswer(path);
        w.setFileChooser(chooser);
        w.openStartHosts(QStringLiteral(":/demo/demo.vdeckhost"));
        DriftPanel *drift = w.hostsPage()->drift();
        QTRY_VERIFY(w.pciPage()->devices()->topLevelItemCount() > 0); // the demo host is the target
        QSignalSpy compared(drift, &DriftPanel::compared);
        QTest::mouseClick(drift->chooseButton(), Qt::LeftButton);
        QTRY_VERIFY(!compared.isEmpty());
        QCOMPARE(drift->findings()->topLevelItemCount(), 1);
        QCOMPARE(drift->findings()->topLevelItem(0)->text(1), QStringLiteral("DRIFT_HUGEPAGES"));
        QVERIFY(drift->findings()->topLevelItem(0)->text(3).startsWith(QLatin1String("echo 128 > /sys/devices/system/node/node0/hugepages/hugepages-1048576kB/nr_hugepages")));
        QVERIFY2(drift->status()->text().startsWith(QLatin1String("1 drift(s) since 2026-11-01T09:30:00Z")), qPrintable(drift->status()->text()));

        // a baseline that does not load says why, and the last comparison stays
        chooser->queueAnswer(m_dir->filePath(QStringLiteral("missing.vdeckhost")));
        QTest::mouseClick(drift->chooseButton(), Qt::LeftButton);
        QTRY_VERIFY(drift->status()->text().contains(QLatin1String("missing.vdeckhost")));
        QCOMPARE(drift->findings()->topLevelItemCount(), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

VDECK_GUI_TEST_MAIN(TestPciPage)
#include "tst_pcipage.moc"
