// The current flavor's capacity on the real MainWindow: the capacity page's "instances that fit"
// chart (one bar per open host) follows flavor edits and new hosts, computed off the GUI thread
// with stale results dropped; the findings page shows the target host's findings; the tool
// bar's target host and the hosts page choose the same host. The charts draw while their page is
// shown; a hidden page draws nothing and catches up when it is shown.
#include "core/settings.h"
#include "document/flavordocument.h"
#include "workbench/capacityrunner.h"
#include "hosts/hostmanager.h"
#include "inventory/snapshotfile.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/hostlistmodel.h"
#include "hosts/hostregistry.h"
#include "mainwindow.h"
#include "workbench/flavorworkbench.h"
#include "pages/capacitypage.h"
#include "pages/findingspage.h"
#include "testmain.h"
#include "testpaths.h"
#include "widgets/capacitycharts.h"
#include "widgets/hostselector.h"
#include "widgets/xmlpreviewpanel.h"
#include "pages/flavorspage.h"

#include <QBarCategoryAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace {

// host name -> bar value of the flavor-fit chart
QMap<QString, int> bars(MainWindow &w)
{
    QChart *chart = w.capacityPage()->flavorFitChart();
    QMap<QString, int> out;
    const QList<QAbstractSeries *> series = chart->series();
    if (series.isEmpty())
        return out;
    auto *bar = qobject_cast<QHorizontalBarSeries *>(series.constFirst());
    QBarCategoryAxis *axis = nullptr;
    for (QAbstractAxis *a : chart->axes(Qt::Vertical))
        axis = axis ? axis : qobject_cast<QBarCategoryAxis *>(a);
    if (!bar || !axis || bar->barSets().isEmpty())
        return out;
    for (int i = 0; i < axis->count(); ++i)
        out.insert(axis->at(i), int(bar->barSets().constFirst()->at(i)));
    return out;
}

QStringList findingCodes(MainWindow &w)
{
    FindingsModel *m = w.findingsPage()->model();
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, 0).data(FindingsModel::CodeRole).toString();
    return out;
}

} // namespace

class TestCapacityGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;

    void startOnDemo(MainWindow &w, const QString &flavor)
    {
        w.show();
        QSignalSpy ready(&w, &MainWindow::startHostsReady);
        w.openStartHosts();
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(w.openFlavorLibrary(testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors")), flavor), QString());
        QVERIFY(w.showPage(QStringLiteral("capacity"))); // where an operator reads the charts
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("vdeck.ini")));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("vdeck.ini")));
    }

    // "In use" is orange and "Free" blue in the light and in the dark theme alike (the dark chart
    // theme used to swap them).
    void usedAndFreeKeepTheirColoursInBothThemes()
    {
        inventory::HostSnapshot demo;
        QString error;
        QVERIFY2(inventory::snapshotfile::load(QStringLiteral(":/demo/demo.vdeckhost"), &demo, &error), qPrintable(error));
        QChart chart;
        capacitycharts::showVfs(&chart, inventory::summarizeCapacity(demo));
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x24, 0x24, 0x24));
        const auto colours = [&chart](const QPalette &palette) {
            capacitycharts::applyTheme(&chart, palette);
            auto *bars = qobject_cast<QAbstractBarSeries *>(chart.series().value(0));
            return std::pair{bars->barSets().at(0)->color(), bars->barSets().at(1)->color()}; // in use, free
        };
        for (const QPalette &palette : {light, dark, light}) {
            const auto [used, free] = colours(palette);
            QVERIFY2(used.hue() >= 15 && used.hue() <= 40, qPrintable(used.name()));
            QVERIFY2(free.hue() >= 200 && free.hue() <= 225, qPrintable(free.name()));
        }
    }

    void chartFollowsEditsAndHosts()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        // vdpa.hugepage.4c8g: 4096 x 2 MiB pages, vDPA required on its node. Node 0 (vDPA's) has
        // 5120 free -> 1; node 1 has 7168 (1 more) but no vDPA device.
        startOnDemo(w, QStringLiteral("vdpa.hugepage.4c8g"));
        QTRY_COMPARE(bars(w), (QMap<QString, int>{{QStringLiteral("Demo host"), 1}}));
        auto *details = w.findChild<QLabel *>(QStringLiteral("flavorFitDetails"));
        QTRY_VERIFY2(details->text().contains(QLatin1String("limited by devices on the instance&#x27;s NUMA node (required policy)"))
                         || details->text().contains(QLatin1String("limited by devices on the instance's NUMA node (required policy)")),
                     qPrintable(details->text()));
        QCOMPARE(w.capacityPage()->flavorFitChart()->title(),
                 QStringLiteral("Instances of vdpa.hugepage.4c8g that fit"));

        // preferred lets the node-1 instance take a node-0 vDPA device: 1 + 1 = 2
        w.flavorDocument()->editCurrent(QStringLiteral("policy"), [](flavors::Flavor &f) {
            f.extraSpecs.set(QStringLiteral("hw:pci_numa_affinity_policy"), QStringLiteral("preferred"));
        });
        QTRY_COMPARE(bars(w), (QMap<QString, int>{{QStringLiteral("Demo host"), 2}}));

        // a second open host: a copy of the demo snapshot, one bar each
        const QString copy = m_dir.filePath(QStringLiteral("second.vdeckhost"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(testpaths::sourceFile(QStringLiteral("resources/demo/demo.vdeckhost")), copy));
        QSignalSpy opened(w.hostManager(), &hosts::HostManager::snapshotOpened);
        w.hostManager()->openSnapshotFile(copy, QStringLiteral("second"));
        QTRY_COMPARE(opened.size(), 1);
        QTRY_COMPARE(bars(w), (QMap<QString, int>{{QStringLiteral("Demo host"), 2}, {QStringLiteral("second"), 2}}));
        QTRY_VERIFY(!w.workbench()->pending());
    }

    void hiddenPageCatchesUpWhenShown()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        startOnDemo(w, QStringLiteral("vdpa.hugepage.4c8g"));
        QTRY_COMPARE(bars(w), (QMap<QString, int>{{QStringLiteral("Demo host"), 1}}));
        auto *details = w.findChild<QLabel *>(QStringLiteral("flavorFitDetails"));
        QVERIFY(w.showPage(QStringLiteral("devices")));
        w.flavorDocument()->editCurrent(QStringLiteral("policy"), [](flavors::Flavor &f) {
            f.extraSpecs.set(QStringLiteral("hw:pci_numa_affinity_policy"), QStringLiteral("preferred"));
        });
        QTRY_VERIFY(!w.workbench()->pending());
        QTRY_VERIFY(details->text().contains(QLatin1String("<b>Demo host</b>: 2"))); // the text follows at once
        QCOMPARE(bars(w), (QMap<QString, int>{{QStringLiteral("Demo host"), 1}}));   // the hidden chart did not redraw
        QVERIFY(w.showPage(QStringLiteral("capacity")));
        QCOMPARE(bars(w), (QMap<QString, int>{{QStringLiteral("Demo host"), 2}}));   // shown: it catches up at once
    }

    void targetHostSelectorAndHostFindings()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        startOnDemo(w, QStringLiteral("vgpu.nvidia-11.8c32g"));
        HostSelector *selector = w.hostSelector();
        QVERIFY(selector);
        QCOMPARE(selector->count(), 1);
        const QString demoId = w.currentHostId();
        QCOMPARE(selector->currentHostId(), demoId);
        QTRY_VERIFY(findingCodes(w).contains(QStringLiteral("host.capacity")));

        const QString copy = m_dir.filePath(QStringLiteral("other.vdeckhost"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(testpaths::sourceFile(QStringLiteral("resources/demo/demo.vdeckhost")), copy));
        QSignalSpy opened(w.hostManager(), &hosts::HostManager::snapshotOpened);
        w.hostManager()->openSnapshotFile(copy, QStringLiteral("other"));
        QTRY_COMPARE(opened.size(), 1);
        const QString otherId = opened.constFirst().constFirst().toString();
        // the hosts page selected the new host: the tool bar follows
        QTRY_COMPARE(w.currentHostId(), otherId);
        QCOMPARE(selector->count(), 2);
        QCOMPARE(selector->currentHostId(), otherId);
        QCOMPARE(selector->currentText(), QStringLiteral("other"));
        // choosing in the tool bar selects on the hosts page (and so the preview's host)
        selector->setCurrentIndex(selector->findText(QStringLiteral("Demo host")));
        QCOMPARE(w.currentHostId(), demoId);
        QCOMPARE(selector->currentHostId(), demoId);

        // a flavor that cannot run: the findings page has the host's error, naming the resource
        w.flavorDocument()->editCurrent(QStringLiteral("huge"), [](flavors::Flavor &f) {
            f.ramMb = 600 * 1024; // more than MEMORY_MB (512 GiB - 512 MiB)
        });
        QTRY_VERIFY2(findingCodes(w).contains(QStringLiteral("host.memory-exhausted")), qPrintable(findingCodes(w).join(QLatin1Char(','))));
        auto *heading = w.findChild<QLabel *>(QStringLiteral("findingsHeading"));
        QVERIFY2(heading->text().contains(QLatin1String("host Demo host")), qPrintable(heading->text()));
        QTRY_COMPARE(bars(w), (QMap<QString, int>{{QStringLiteral("Demo host"), 0}, {QStringLiteral("other"), 0}}));
    }

    // One list for the flavor on the target host: the findings page, the editor's summary, the
    // library list's count and the XML pane say the same (the rules' machine-type warning gives way
    // to the host's error; virtio's refused driver attributes are an error, also beside "Schema:
    // valid").
    void oneListOfFindingsEverywhere()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        startOnDemo(w, QStringLiteral("vgpu.nvidia-11.8c32g"));
        w.flavorDocument()->editCurrent(QStringLiteral("viommu"), [](flavors::Flavor &f) {
            f.extraSpecs = {};
            f.ramMb = 2048;
            f.extraSpecs.set(QStringLiteral("hw:viommu_model"), QStringLiteral("auto"));
        });
        QTRY_VERIFY(!w.workbench()->pending());
        QTRY_VERIFY2(findingCodes(w).value(0) == QLatin1String("host.viommu-machine-type"), qPrintable(findingCodes(w).join(QLatin1Char(','))));
        const QStringList codes = findingCodes(w);
        QVERIFY(codes.contains(QStringLiteral("viommu.virtio-driver-attributes")));
        QVERIFY(!codes.contains(QStringLiteral("viommu.machine-type-default")));
        QVERIFY(!codes.contains(QStringLiteral("viommu.auto")));
        auto *heading = w.findChild<QLabel *>(QStringLiteral("findingsHeading"));
        auto *summary = w.findChild<QLabel *>(QStringLiteral("findingsSummary"));
        QVERIFY2(heading->text().contains(QLatin1String("2 error(s)")), qPrintable(heading->text()));
        QVERIFY2(summary->text().contains(QLatin1String("on Demo host: 2 error(s)")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QLatin1String("host.viommu-machine-type")), qPrintable(summary->text())); // the one Nova reports
        auto *library = w.findChild<QListView *>(QStringLiteral("flavorLibrary"));
        QVERIFY(library);
        QVERIFY2(library->currentIndex().data().toString().endsWith(QLatin1String("(2 error(s))")), qPrintable(library->currentIndex().data().toString()));

        // with q35 Nova writes the document; libvirt would refuse it, and the XML pane says so
        w.flavorDocument()->editCurrent(QStringLiteral("q35"), [](flavors::Flavor &f) {
            f.imageProperties.set(QStringLiteral("hw_machine_type"), QStringLiteral("q35"));
        });
        QTRY_VERIFY(!w.workbench()->pending());
        QTRY_VERIFY2(findingCodes(w).value(0) == QLatin1String("viommu.virtio-driver-attributes"), qPrintable(findingCodes(w).join(QLatin1Char(','))));
        XmlPreviewPanel *panel = w.flavorsPage()->xmlPanel();
        QVERIFY(panel->document().contains(QLatin1String("<iommu model=\"virtio\">")));
        QTRY_VERIFY2(panel->schemaStatus().contains(QLatin1String("Schema: valid")) && panel->schemaStatus().contains(QLatin1String("viommu.virtio-driver-attributes")),
                     qPrintable(panel->schemaStatus()));
    }

    void staleResultsAreDropped()
    {
        workbench::CapacityRunner runner;
        QStringList published; // the flavor of every resultsReady
        connect(&runner, &workbench::CapacityRunner::resultsReady, this, [&] { published << runner.flavorName(); });
        inventory::HostSnapshot demo;
        QString error;
        QVERIFY(inventory::snapshotfile::load(QStringLiteral(":/demo/demo.vdeckhost"), &demo, &error));
        QList<workbench::HostInput> many; // slow enough to be running when the next request comes
        for (int i = 0; i < 16; ++i)
            many.append({QString::number(i), QStringLiteral("host %1").arg(i), demo, {}});
        flavors::Flavor a;
        a.name = QStringLiteral("a");
        a.vcpus = 1;
        a.ramMb = 256; // VCPU 64 x 4 = 256 instances per host, placed one by one
        flavors::Flavor b = a;
        b.name = QStringLiteral("b");
        b.ramMb = 131072; // 3 fit (MEMORY_MB 523776 / 131072)
        runner.request(a, many, rules::NovaRelease());
        QVERIFY(runner.isBusy()); // a runs on the pool until its results come back to this thread
        runner.request(b, many.mid(0, 1), rules::NovaRelease());
        QTRY_VERIFY(!published.isEmpty() && published.constLast() == QLatin1String("b"));
        QTest::qWait(100);
        QCOMPARE(published.constLast(), QStringLiteral("b")); // nothing of a's arrives afterwards
        QCOMPARE(published, QStringList{QStringLiteral("b")}); // a's results were dropped
        QCOMPARE(runner.results().size(), 1);
        QCOMPARE(runner.results().constFirst().verdict.capacity.fits, 3);
        QVERIFY(!runner.isBusy());
        // clearing (no flavor) answers at once
        runner.request(flavors::Flavor(), many, rules::NovaRelease());
        QCOMPARE(published.constLast(), QString());
        QVERIFY(runner.results().isEmpty());
    }
};

VDECK_GUI_TEST_MAIN(TestCapacityGui)
#include "tst_capacitygui.moc"
