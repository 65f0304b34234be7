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
#include "pages/devicespage.h"
#include "pages/hostspage.h"
#include "pci/driftpanel.h"
#include "pci/pcicomposer.h"
#include "pci/pcipage.h"
#include "workbench/pciworkbench.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

namespace {
QTreeWidgetItem *row(PciPage *page, const QString &address)
{
    const QList<QTreeWidgetItem *> found = page->devices()->findItems(address, Qt::MatchExactly, 0);
    return found.isEmpty() ? nullptr : found.first();
}

// The devices page's Nova PCI cell of a device, and a row of the selected device's details.
QString pciCell(DevicesPage *page, const QString &device)
{
    return page->model()->indexOfDevice(device).siblingAtColumn(DeviceTreeModel::PciColumn).data().toString();
}

QString detail(MainWindow &w, const QString &name)
{
    auto *properties = w.findChild<QTreeWidget *>(QStringLiteral("deviceProperties"));
    const QList<QTreeWidgetItem *> rows = properties->findItems(name, Qt::MatchExactly, 0);
    return rows.isEmpty() ? QString() : rows.constFirst()->text(1);
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

    // Issue 21: the devices page shows the configuration the PCI page shows and edits (one owner,
    // workbench::PciWorkbench). A probed nova.conf claims devices in the Nova PCI column and the
    // details without a visit to the PCI page; an edit in Compose reaches both pages.
    void devicesPageShowsTheProbedConfiguration()
    {
        hostfacts::HostFactsParts parts;
        parts.host = QStringLiteral("root@demo:22");
        parts.probedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 30), QTimeZone::UTC);
        parts.nova = {hostfacts::NovaSection{QStringLiteral("pci"),
                                             {{QStringLiteral("device_spec"), QStringLiteral("{\"address\": \"0000:b1:00.0\"}")},
                                              {QStringLiteral("alias"), QStringLiteral("{\"name\": \"e810\", \"device_type\": \"type-VF\", \"vendor_id\": \"8086\", \"product_id\": \"1889\"}")}}}};
        parts.probes = {hostfacts::ProbeStatus{QStringLiteral("nova"), true, false, false, {}}};
        const QString path = m_dir->filePath(QStringLiteral("probed.vdeckhost"));
        QString error;
        QVERIFY2(inventory::snapshotfile::save(testhosts::demo().withHostFacts(hostfacts::HostFacts(parts)), path, &error), qPrintable(error));

        MainWindow w(AppMode::Auditor, m_settings.get());
        w.show();
        w.openStartHosts(path);
        QVERIFY(w.showPage(QStringLiteral("devices")));
        DevicesPage *page = w.devicesPage();
        QTRY_COMPARE(pciCell(page, QStringLiteral("pci_0000_b1_01_0")), QStringLiteral("type-VF: spec #0, alias e810"));
        QCOMPARE(w.pciWorkbench()->source(), workbench::PciWorkbench::Source::Probed);
        QCOMPARE(pciCell(page, QStringLiteral("pci_0000_b1_00_0")), QStringLiteral("type-PF: spec #0"));
        QCOMPARE(pciCell(page, QStringLiteral("pci_0000_ca_00_0")), QStringLiteral("type-PCI: not claimed"));

        QVERIFY(page->selectDevice(QStringLiteral("pci_0000_b1_01_0")));
        QTRY_COMPARE(detail(w, QStringLiteral("dev_type")), QStringLiteral("type-VF"));
        const QString spec = detail(w, QStringLiteral("device_spec"));
        QVERIFY2(spec.startsWith(QLatin1String("#0 (")) && spec.endsWith(QLatin1String("): {\"address\":\"0000:b1:00.0\"}")), qPrintable(spec));
        QCOMPARE(detail(w, QStringLiteral("Aliases")), QStringLiteral("e810"));
        QCOMPARE(detail(w, QStringLiteral("Placement")), QStringLiteral("not reported ([pci] report_in_placement is off)"));
        // the PF and its VFs claimed together concern this VF (the PCI page lists the same finding)
        QVERIFY2(detail(w, QStringLiteral("Conflict")).startsWith(QLatin1String("warning PCI_PF_AND_VFS_CLAIMED: the PF 0000:b1:00.0")),
                 qPrintable(detail(w, QStringLiteral("Conflict"))));
        QTRY_COMPARE(w.pciPage()->findings()->topLevelItem(0)->text(1), QStringLiteral("PCI_PF_AND_VFS_CLAIMED"));

        // An edit in Compose is the configuration of both pages from now on.
        w.pciPage()->composer()->editor()->setPlainText(QStringLiteral("[pci]\nreport_in_placement = true\ndevice_spec = {\"vendor_id\": \"10de\"}\n"));
        QTRY_COMPARE(pciCell(page, QStringLiteral("pci_0000_ca_00_0")), QStringLiteral("type-PCI: spec #0"));
        QCOMPARE(w.pciWorkbench()->source(), workbench::PciWorkbench::Source::Edited);
        QCOMPARE(pciCell(page, QStringLiteral("pci_0000_b1_01_0")), QStringLiteral("type-VF: not claimed"));
        QCOMPARE(detail(w, QStringLiteral("device_spec")), QStringLiteral("not claimed"));
        QVERIFY(detail(w, QStringLiteral("Conflict")).isEmpty());
        QVERIFY(page->selectDevice(QStringLiteral("pci_0000_ca_00_0")));
        QTRY_COMPARE(detail(w, QStringLiteral("Resource class")), QStringLiteral("CUSTOM_PCI_10DE_1EB8"));
        QCOMPARE(detail(w, QStringLiteral("Traits")), QStringLiteral("COMPUTE_MANAGED_PCI_DEVICE"));
    }

    // A host whose nova.conf is not known (the demo host was not probed): the column stays
    // empty and the details say so in one line, until a configuration is written in Compose.
    void devicesPageWithoutAConfiguration()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        w.show();
        w.openStartHosts(QStringLiteral(":/demo/demo.vdeckhost"));
        QTRY_VERIFY(w.pciWorkbench()->report() && !w.pciWorkbench()->pending());
        QCOMPARE(w.pciWorkbench()->source(), workbench::PciWorkbench::Source::None);
        QVERIFY(w.showPage(QStringLiteral("devices")));
        DevicesPage *page = w.devicesPage();
        QVERIFY(page->selectDevice(QStringLiteral("pci_0000_b1_01_0")));
        QTRY_COMPARE(detail(w, QStringLiteral("nova.conf [pci]")), QStringLiteral("not known: probe the host, or write it on the PCI passthrough page"));
        QVERIFY(detail(w, QStringLiteral("dev_type")).isEmpty());
        QVERIFY(pciCell(page, QStringLiteral("pci_0000_b1_01_0")).isEmpty());
        QVERIFY(page->selectDevice(QStringLiteral("vdpa_vdpa0"))); // not a PCI device: no such line
        QTRY_VERIFY(detail(w, QStringLiteral("Name")) == QLatin1String("vdpa_vdpa0"));
        QVERIFY(detail(w, QStringLiteral("nova.conf [pci]")).isEmpty());

        QVERIFY(page->selectDevice(QStringLiteral("pci_0000_b1_01_0")));
        w.pciPage()->composer()->editor()->setPlainText(QStringLiteral("[pci]\ndevice_spec = {\"address\": \"0000:b1:01.0\"}\n"));
        QTRY_COMPARE(pciCell(page, QStringLiteral("pci_0000_b1_01_0")), QStringLiteral("type-VF: spec #0"));
        QTRY_COMPARE(detail(w, QStringLiteral("Aliases")), QStringLiteral("none"));
        QVERIFY(detail(w, QStringLiteral("nova.conf [pci]")).isEmpty());
        QVERIFY(pciCell(page, QStringLiteral("pci_0000_b1_01_1")) == QLatin1String("type-VF: not claimed"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

VDECK_GUI_TEST_MAIN(TestPciPage)
#include "tst_pcipage.moc"
