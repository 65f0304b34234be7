// The Capacity page's fleet in the real window against the real control plane seeded with the
// demo fleet (tools/demo_fleet.py): a deployed flavor counted across the cloud with the numbers
// Placement's own allocation candidates give, the chart one bar per node (and summarized for a
// large fleet), "Why not?" for one node and for every node, the provider trees with usage read
// in batches while the user's expanded nodes stay expanded.
#include "cloud/cloudclient.h"
#include "cloud/cloudmanager.h"
#include "cloud/cloudregistry.h"
#include "cloud/fleetmanager.h"
#include "cloud/placementapi.h"
#include "controlplanefixture.h"
#include "core/settings.h"
#include "hostfit/capacityestimate.h"
#include "hosts/hostmanager.h"
#include "hosts/hostregistry.h"
#include "itemmodels/fleetcapacitymodel.h"
#include "itemmodels/providertreemodel.h"
#include "mainwindow.h"
#include "pages/capacitypage.h"
#include "pages/cloudspage.h"
#include "document/flavordocument.h"
#include "pci/novaconf.h"
#include "rules/stageb.h"
#include "workbench/computeprofiles.h"
#include "workbench/flavorworkbench.h"
#include "workbench/pciworkbench.h"
#include "testmain.h"
#include "testpaths.h"
#include "widgets/capacitycharts.h"
#include "widgets/fleetpanel.h"

#include <QAction>
#include <QFile>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

QString k(const char *s) { return QString::fromLatin1(s); }

QStringList categoriesOf(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            return c->categories();
    return {};
}

} // namespace

class TestFleetGui : public QObject
{
    Q_OBJECT
    ControlPlaneFixture m_cp;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    FleetPanel *panel() const { return m_window->capacityPage()->fleetPanel(); }
    const FleetCapacityModel *hostsModel() const
    {
        return qobject_cast<const FleetCapacityModel *>(
            qobject_cast<QSortFilterProxyModel *>(panel()->findChild<QTableView *>(k("fleetHosts"))->model())->sourceModel());
    }

    void selectHost(const QString &host)
    {
        auto *table = panel()->findChild<QTableView *>(k("fleetHosts"));
        table->clearSelection();
        if (host.isEmpty())
            return;
        const QModelIndexList hits = table->model()->match(table->model()->index(0, 0), FleetCapacityModel::HostRole, host, 1, Qt::MatchExactly);
        QVERIFY2(!hits.isEmpty(), qPrintable(host));
        table->selectRow(hits.first().row());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cp.start(&error), qPrintable(error));
        for (const QString &key : QProcessEnvironment::systemEnvironment().keys())
            if (key.startsWith(QLatin1String("OS_")))
                qunsetenv(key.toUtf8().constData());
        qputenv("OS_CLIENT_CONFIG_FILE", m_cp.writeCloudsYaml(k("fixture"), true).toUtf8());
        qputenv("OS_CLIENT_SECURE_FILE", (m_cp.directory() + k("/secure.yaml")).toUtf8());
        m_settings = std::make_unique<Settings>(m_dir.filePath(k("fleet.ini")));
        m_window = std::make_unique<MainWindow>(AppMode::Auditor, m_settings.get());
        m_window->show();
        QVERIFY(m_window->showPage(k("clouds")));
        QTRY_VERIFY(m_window->cloudsPage()->selectCloud(k("fixture")));
        m_window->cloudsPage()->findChild<QAction *>(k("actionCloudConnect"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->cloudManager()->registry()->entry(k("fixture"))
                                     && m_window->cloudManager()->registry()->entry(k("fixture"))->state == cloud::CloudEntry::State::Connected,
                                 60000);
        QVERIFY(m_window->showPage(k("capacity")));
        m_window->capacityPage()->showFleetTab();
    }

    // The counts are Placement's: the same candidates, the same free resources per node.
    void countsWhatPlacementAnswers()
    {
        QVERIFY(panel()->select(k("fixture"), k("cloud:gpu.a10.1")));
        QSignalSpy shown(panel(), &FleetPanel::countShown);
        QPushButton *count = panel()->findChild<QPushButton *>(k("fleetCount"));
        QVERIFY(count->isEnabled());
        count->click();
        QVERIFY(shown.wait(60000));
        const FleetCapacityModel *model = hostsModel();
        QCOMPARE(model->rowCount(), 24);

        cloud::CloudClient client(m_cp.adminConfig());
        const flavors::Flavor *f = nullptr;
        for (const cloud::FlavorVerdict &v : m_window->cloudManager()->registry()->entry(k("fixture"))->verdicts)
            if (v.flavor.name == k("gpu.a10.1"))
                f = &v.flavor;
        QVERIFY(f);
        const rules::NovaRelease release = m_window->cloudManager()->registry()->entry(k("fixture"))->version->release.release;
        const fleet::ResourceRequest request = fleet::resourceRequest(*f, release, rules::checkStageB(*f, release));
        cloud::CloudError cerr;
        const std::optional<cloud::AllocationCandidates> answer = cloud::readAllocationCandidates(client, request, &cerr);
        QVERIFY2(answer, qPrintable(cerr.toString()));
        QCOMPARE(answer->roots.size(), 8);
        qint64 total = 0;
        for (const fleet::HostCapacity &h : model->rows()) {
            QCOMPARE(h.fits > 0, answer->roots.contains(h.rootUuid));
            total += h.fits;
            if (h.fits > 0) { // what runs out first is what provider_summaries says is scarcest
                QVERIFY2(!h.limitedBy.isEmpty(), qPrintable(h.name));
                const auto &summary = answer->summaries.value(h.rootUuid);
                if (h.limitedOn == h.name) {
                    const auto [capacity, used] = summary.value(h.limitedBy);
                    QVERIFY2(capacity - used < request.mergedResources().value(h.limitedBy) * (h.fits + 1), qPrintable(h.name));
                }
            } else {
                QCOMPARE(FleetCapacityModel::limitText(h), k("not a candidate"));
            }
        }
        QVERIFY2(panel()->summaryText().contains(QStringLiteral("%1 instances fit on 8 of 24 compute nodes (Placement answers 8 candidates)").arg(total)),
                 qPrintable(panel()->summaryText()));
        QVERIFY(total > 8);
        // 24 nodes are more than a chart shows one by one: how many nodes fit 0, 1, 2-3, ...
        // instances, stacked by the resource that runs out first.
        QChart *chart = panel()->chartView()->chart();
        QCOMPARE(categoriesOf(chart), (QStringList{k("0"), k("1"), QStringLiteral("2–3"), QStringLiteral("4–7"), QStringLiteral("8–15")}));
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().value(0));
        QVERIFY(series);
        QStringList sets;
        for (QBarSet *s : series->barSets())
            sets << s->label();
        QCOMPARE(sets, (QStringList{k("not a candidate"), k("MEMORY_MB")}));
        qreal nodes = 0;
        for (QBarSet *s : series->barSets())
            for (int i = 0; i < s->count(); ++i)
                nodes += s->at(i);
        QCOMPARE(nodes, 24.0);
        QCOMPARE(series->barSets().at(0)->at(0), 16.0); // the 16 nodes without a vGPU are no candidates
        // A few nodes: one bar each.
        fleet::FleetCapacity few;
        few.hosts = model->rows().mid(8, 4);
        QChart small;
        capacitycharts::showFleet(&small, few);
        QCOMPARE(categoriesOf(&small), (QStringList{k("gpu-01"), k("gpu-02"), k("gpu-03"), k("gpu-04")}));
    }

    // A library flavor's PCI alias: the PCI page's nova.conf puts it in the request (one group per
    // device with pci_in_placement), and the count is Placement's answer for that request.
    void pciAliasesComeFromThePciPagesNovaConf()
    {
        // The auditor's window opens a library (read-only) with the flavor.
        const QString path = m_dir.filePath(k("alias.vdeckflavors"));
        QVERIFY(testpaths::writeFile(path, R"({"format": "vdeck-flavors", "version": 1, "flavors": [{"name": "gui.alias.2", "vcpus": 4, "ramMb": 8192,
                      "diskGb": 20, "extraSpecs": [["pci_passthrough:alias", "cx6-data1:2"]]}]})"));
        flavors::FileError fe;
        QVERIFY2(m_window->flavorDocument()->open(path, &fe), qPrintable(fe.toString()));
        const flavors::Flavor f = *m_window->flavorDocument()->library().find(k("gui.alias.2"));
        QSignalSpy shown(panel(), &FleetPanel::countShown);
        QVERIFY(panel()->select(k("fixture"), k("library:gui.alias.2")));
        panel()->count();
        QVERIFY(shown.wait(60000));
        QVERIFY2(panel()->summaryText().contains(k("no nova.conf with the controllers")), qPrintable(panel()->summaryText()));

        QString error;
        const std::optional<pci::NovaConf> conf = pci::NovaConf::parse(
            k("[pci]\nalias = {\"name\": \"cx6-data1\", \"vendor_id\": \"15b3\", \"product_id\": \"101e\", \"device_type\": \"type-PF\", "
              "\"traits\": \"physnet_data1\"}\n[filter_scheduler]\npci_in_placement = True\n"),
            k("nova.conf"), &error);
        QVERIFY2(conf, qPrintable(error));
        m_window->pciWorkbench()->setConf(*conf);
        panel()->count();
        QVERIFY(shown.wait(60000));
        QVERIFY2(panel()->summaryText().contains(k("one request group per device: _pci0-0 (cx6-data1 #1 of 2), _pci0-1 (cx6-data1 #2 of 2)")),
                 qPrintable(panel()->summaryText()));
        const rules::NovaRelease release = m_window->cloudManager()->registry()->entry(k("fixture"))->version->release.release;
        const fleet::ResourceRequest request = fleet::resourceRequest(f, release, rules::checkStageB(f, release),
                                                                      fleet::PciAliasConfig::fromNovaConf(*conf, release, k("nova.conf")));
        QVERIFY(request.queryString().contains(k("resources_pci0-1=CUSTOM_PCI_15B3_101E%3A1")));
        cloud::CloudClient client(m_cp.adminConfig());
        cloud::CloudError cerr;
        const std::optional<cloud::AllocationCandidates> answer = cloud::readAllocationCandidates(client, request, &cerr);
        QVERIFY2(answer, qPrintable(cerr.toString()));
        QCOMPARE(answer->roots.size(), 8); // the NFV nodes, each with a PF on data1
        for (const fleet::HostCapacity &h : hostsModel()->rows())
            QCOMPARE(h.fits > 0, answer->roots.contains(h.rootUuid));

        // A zone: the count reads the cloud's host aggregates first (the fixture has none).
        panel()->setZone(k("zone-x"));
        panel()->count();
        QVERIFY(shown.wait(60000));
        QVERIFY2(panel()->summaryText().contains(k("No host aggregate has availability zone zone-x")), qPrintable(panel()->summaryText()));
        panel()->whyNot();
        QVERIFY2(!panel()->whyText().contains(k("Count gui.alias.2 in zone")), qPrintable(panel()->whyText()));
        panel()->setZone(QString());
    }

    // A thousand nodes are a handful of bars: how many nodes fit 0, 1, 2-3, 4-7, ...
    void largeFleetsAreSummarized()
    {
        fleet::FleetCapacity big;
        for (int i = 0; i < 1000; ++i) {
            fleet::HostCapacity h;
            h.name = QStringLiteral("node-%1").arg(i, 4, 10, QLatin1Char('0'));
            h.fits = i % 13;
            h.limitedBy = i % 2 ? k("VCPU") : k("MEMORY_MB");
            big.hosts.append(h);
        }
        QChart chart;
        capacitycharts::showFleet(&chart, big);
        QCOMPARE(categoriesOf(&chart), (QStringList{k("0"), k("1"), QStringLiteral("2–3"), QStringLiteral("4–7"), QStringLiteral("8–15")}));
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart.series().value(0));
        QVERIFY(series);
        qreal nodes = 0;
        for (QBarSet *s : series->barSets())
            for (int i = 0; i < s->count(); ++i)
                nodes += s->at(i);
        QCOMPARE(nodes, 1000.0);
        QCOMPARE(capacitycharts::fleetBucket(12), QStringLiteral("8–15"));
    }

    void whyNotOneNodeAndEveryNode()
    {
        QVERIFY(panel()->select(k("fixture"), k("cloud:m1.large")));
        QSignalSpy counted(panel(), &FleetPanel::countShown);
        panel()->count();
        QVERIFY(counted.wait(60000));
        selectHost(k("general-07"));
        QSignalSpy shown(panel(), &FleetPanel::whyShown);
        panel()->findChild<QPushButton *>(k("fleetWhyNot"))->click();
        QVERIFY(shown.wait(60000)); // the providers are read first
        QVERIFY2(panel()->whyText().contains(k("general-07: not a candidate")), qPrintable(panel()->whyText()));
        QVERIFY2(panel()->whyText().contains(k("general-07 is disabled: its nova-compute service is disabled")), qPrintable(panel()->whyText()));
        QVERIFY(!panel()->whyText().contains(k("general-06")));
        selectHost(QString());
        panel()->whyNot();
        QVERIFY(shown.count() >= 2 || shown.wait(10000));
        const QString every = panel()->whyText();
        QVERIFY2(every.contains(k("of 24 compute nodes are candidates.")), qPrintable(every.left(300)));
        QVERIFY2(every.contains(k("general-08: not a candidate")) && every.contains(k("MEMORY_MB on general-08: needs 8192, 6144 free")), qPrintable(every));
        QVERIFY(every.contains(k("general-06: a candidate")));
    }

    // Read in batches of five: each batch fills the tree, and the expanded node stays expanded.
    void providerTreeFillsInAndKeepsExpansion()
    {
        cloud::FleetManager *fleets = m_window->fleetManager();
        fleets->setBatchSize(5);
        auto *tree = panel()->findChild<QTreeView *>(k("fleetProviders"));
        const auto *model = qobject_cast<const ProviderTreeModel *>(tree->model());
        QVERIFY(model);
        QSignalSpy changed(fleets, &cloud::FleetManager::fleetChanged);
        panel()->readProviders();
        QTRY_VERIFY_WITH_TIMEOUT(fleets->state(k("fixture")) && !fleets->state(k("fixture"))->reading && fleets->state(k("fixture"))->complete, 60000);
        QVERIFY2(changed.count() >= 56 / 5, qPrintable(QString::number(changed.count())));
        QCOMPARE(model->rowCount(), 24);
        const QModelIndex gpu = model->indexOfProvider(k("gpu-01"));
        QVERIFY(gpu.isValid());
        tree->expand(gpu);
        // A new read: the node the user opened is open again after every batch.
        panel()->readProviders();
        QTRY_VERIFY_WITH_TIMEOUT(!fleets->state(k("fixture"))->reading, 60000);
        QVERIFY(fleets->state(k("fixture"))->complete);
        QVERIFY(tree->isExpanded(model->indexOfProvider(k("gpu-01"))));
        // gpu-01: VCPU, MEMORY_MB and DISK_GB, then its two vGPU providers
        const QModelIndex root = model->indexOfProvider(k("gpu-01"));
        QCOMPARE(model->rowCount(root), 3 + 2);
        const QModelIndex vgpu = model->indexOfProvider(k("gpu-01_pci_0000_84_00_0"));
        QCOMPARE(model->rowCount(vgpu), 1);
        const QModelIndex inv = model->index(0, ProviderTreeModel::UsageColumn, vgpu);
        QCOMPARE(model->index(0, 0, vgpu).data().toString(), k("VGPU"));
        QCOMPARE(inv.data(ProviderTreeModel::UsageFractionRole).toDouble(), 6.0 / 8.0);
        QCOMPARE(model->index(0, ProviderTreeModel::AmountColumn, vgpu).data().toString(), k("6 / 8"));
        QVERIFY(model->index(vgpu.row(), ProviderTreeModel::TraitsColumn, root).data().toString().contains(k("CUSTOM_NVIDIA_A10_8Q")));
    }

    // A host open in the window that is a node of the cloud: vDeck's host model beside
    // Placement's count, as hostfit counts it for that snapshot, and which of the two limits.
    void hostModelOfAnOpenHost()
    {
        QFile demo(testpaths::sourceFile(k("resources/demo/demo.vdeckhost")));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QByteArray snapshot = demo.readAll();
        snapshot.replace("\"hostname\": \"compute-r750-07.demo.vdeck\"", "\"hostname\": \"nfv-01.demo.vdeck\"");
        const QString file = m_dir.filePath(k("nfv-01.vdeckhost"));
        QVERIFY(testpaths::writeFile(file, snapshot));
        const QString library = m_dir.filePath(k("pinned.vdeckflavors"));
        QVERIFY(testpaths::writeFile(library, R"({"format": "vdeck-flavors", "version": 1, "flavors": [{"name": "gui.pinned.1g", "vcpus": 4,
            "ramMb": 16384, "diskGb": 20, "extraSpecs": [["hw:cpu_policy", "dedicated"], ["hw:mem_page_size", "1GB"]]}]})"));
        flavors::FileError fe;
        QVERIFY2(m_window->flavorDocument()->open(library, &fe), qPrintable(fe.toString()));
        hosts::HostRegistry *hosts = m_window->hostRegistry();
        m_window->hostManager()->openSnapshotFile(file, k("nfv-01 (snapshot)"));
        const auto nfvEntry = [hosts]() -> const hosts::HostEntry * {
            for (const hosts::HostEntry &e : hosts->entries())
                if (!e.snapshot.isNull() && e.snapshot.identity().hostname == QLatin1String("nfv-01.demo.vdeck"))
                    return &e;
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(nfvEntry(), 30000);

        QVERIFY(panel()->select(k("fixture"), k("library:gui.pinned.1g")));
        QSignalSpy modelled(panel(), &FleetPanel::hostModelShown);
        panel()->count();
        // The host opened above may first get the model of the flavor counted before (the answer
        // on screen then); the panel is done once this flavor's count and its host model are in.
        QTRY_VERIFY_WITH_TIMEOUT(panel()->answer() && panel()->answer()->flavor == k("gui.pinned.1g") && !panel()->pending(), 60000);
        QVERIFY(!modelled.isEmpty());
        const FleetCapacityModel *model = hostsModel();
        const int row = model->rowOf(k("nfv-01"));
        QVERIFY(row >= 0);
        const hostfit::FleetNodeModel *m = model->hostModel(k("nfv-01"));
        QVERIFY(m);
        QCOMPARE(m->placementFits, model->rowAt(row).fits);
        QVERIFY(m->placementFits > 0);
        // The count is hostfit's for that snapshot, the flavor and the cloud's release.
        const cloud::CloudEntry *cloudEntry = m_window->cloudManager()->registry()->entry(k("fixture"));
        const flavors::Flavor *flavor = m_window->flavorDocument()->library().find(k("gui.pinned.1g"));
        QVERIFY(cloudEntry && cloudEntry->version && flavor);
        const hostfit::CapacityEstimate expected = hostfit::estimateCapacity(
            *flavor, nfvEntry()->snapshot, m_window->workbench()->profiles()->profile(nfvEntry()->name), {cloudEntry->version->release.release});
        QCOMPARE(m->estimate.fits, expected.fits);
        QCOMPARE(m->estimate.limitedBy, expected.limitedBy);
        // 4 pinned CPUs and 16 GiB of 1 GiB pages: Placement sees PCPU and memory, the host runs
        // out of 1 GiB pages per NUMA node first.
        QVERIFY2(m->estimate.fits < m->placementFits, qPrintable(m->text()));
        QCOMPARE(m->limits(), hostfit::FleetNodeModel::Limit::Host);
        const QString cell = model->index(row, FleetCapacityModel::HostModelColumn).data().toString();
        QCOMPARE(cell, QStringLiteral("%1, limits: %2").arg(expected.fits).arg(expected.shortage.resource));
        QVERIFY2(model->index(row, FleetCapacityModel::HostModelColumn).data(Qt::ToolTipRole).toString().contains(m->text()), qPrintable(m->text()));
        QVERIFY(model->index(model->rowOf(k("nfv-02")), FleetCapacityModel::HostModelColumn).data().toString().isEmpty());
        const qint64 total = hostfit::totalWithHostModel(panel()->answer()->capacity, {*m});
        QCOMPARE(total, panel()->answer()->capacity.total() - (m->placementFits - m->estimate.fits));
        QVERIFY2(panel()->summaryText().contains(QStringLiteral("With vDeck's host model of nfv-01 (open on the Hosts page;")) &&
                     panel()->summaryText().contains(QStringLiteral("%1 instances fit; the host limits on 1 of those nodes").arg(total)),
                 qPrintable(panel()->summaryText()));
        // The host closed: its model leaves the table with it.
        QVERIFY(m_window->hostManager()->remove(nfvEntry()->id));
        QTRY_VERIFY_WITH_TIMEOUT(!model->hostModel(k("nfv-01")), 30000);
        QVERIFY(!panel()->summaryText().contains(QStringLiteral("host model of")));
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }
};

VDECK_GUI_TEST_MAIN(TestFleetGui)
#include "tst_fleetgui.moc"
