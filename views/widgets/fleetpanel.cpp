#include "widgets/fleetpanel.h"

#include "cloud/cloudregistry.h"
#include "document/flavordocument.h"
#include "itemmodels/fleetcapacitymodel.h"
#include "itemmodels/providertreemodel.h"
#include "widgets/capacitycharts.h"
#include "widgets/usagebardelegate.h"
#include "workbench/capacityrunner.h"
#include "workbench/computeprofiles.h"
#include "workbench/flavorworkbench.h"
#include "workbench/pciworkbench.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
const QString kLibrary = QStringLiteral("library:");
const QString kCloud = QStringLiteral("cloud:");
}

FleetPanel::FleetPanel(cloud::FleetManager *fleets, cloud::CloudRegistry *clouds, workbench::FlavorWorkbench *workbench,
                       workbench::PciWorkbench *pci, QWidget *parent)
    : QWidget(parent)
    , m_fleets(fleets)
    , m_clouds(clouds)
    , m_workbench(workbench)
    , m_doc(workbench->document())
    , m_pci(pci)
    , m_cloud(new QComboBox(this))
    , m_flavor(new QComboBox(this))
    , m_zone(new QLineEdit(this))
    , m_count(new QPushButton(tr("Count"), this))
    , m_read(new QPushButton(tr("Read Providers"), this))
    , m_why(new QPushButton(tr("Why Not?"), this))
    , m_summary(new QLabel(this))
    , m_chart(new QChartView(new QChart, this))
    , m_hostsModel(new FleetCapacityModel(this))
    , m_hostsProxy(new QSortFilterProxyModel(this))
    , m_hosts(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_whyView(new QTextBrowser(this))
    , m_providersModel(new ProviderTreeModel(this))
    , m_providers(new QTreeView(this))
    , m_hostModel(new workbench::CapacityRunner(this))
{
    setObjectName(QStringLiteral("fleetPanel"));
    m_cloud->setObjectName(QStringLiteral("fleetCloud"));
    m_flavor->setObjectName(QStringLiteral("fleetFlavor"));
    m_zone->setObjectName(QStringLiteral("fleetZone"));
    m_zone->setPlaceholderText(tr("any"));
    m_zone->setClearButtonEnabled(true);
    m_zone->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    m_zone->setToolTip(tr("The availability zone the boot names: Placement is asked only for the compute nodes of the zone's host aggregates, as "
                          "Nova's scheduler asks"));
    m_count->setObjectName(QStringLiteral("fleetCount"));
    m_read->setObjectName(QStringLiteral("fleetReadProviders"));
    m_why->setObjectName(QStringLiteral("fleetWhyNot"));
    m_summary->setObjectName(QStringLiteral("fleetSummary"));
    m_chart->setObjectName(QStringLiteral("fleetChart"));
    m_hosts->setObjectName(QStringLiteral("fleetHosts"));
    m_whyView->setObjectName(QStringLiteral("fleetWhy"));
    m_providers->setObjectName(QStringLiteral("fleetProviders"));
    m_count->setToolTip(tr("Ask Placement for the flavor's allocation candidates and count the instances that fit on each compute node"));
    m_read->setToolTip(tr("Read every resource provider with its inventories, usage, traits and aggregates"));
    m_why->setToolTip(tr("Every reason the selected compute node (or, with none selected, each node) is not a candidate for the flavor"));
    m_cloud->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cloud->setMinimumContentsLength(10);
    m_flavor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_flavor->setMinimumContentsLength(14);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chart->chart()->setTitle(tr("Instances that fit per compute node"));
    m_chart->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(300);

    m_hostsProxy->setSourceModel(m_hostsModel);
    m_hostsProxy->setSortRole(FleetCapacityModel::SortRole);
    m_hosts->setModel(m_hostsProxy);
    m_hosts->setSortingEnabled(true);
    m_hosts->sortByColumn(FleetCapacityModel::HostColumn, Qt::AscendingOrder);
    m_hosts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hosts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hosts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hosts->verticalHeader()->hide();
    m_hosts->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_hosts->setWordWrap(false);
    m_hosts->horizontalHeader()->setStretchLastSection(true);

    m_providers->setModel(m_providersModel);
    m_providers->setItemDelegateForColumn(ProviderTreeModel::UsageColumn, new UsageBarDelegate(ProviderTreeModel::UsageFractionRole, m_providers));
    m_providers->setUniformRowHeights(true);
    m_providers->header()->resizeSection(ProviderTreeModel::NameColumn, 260);
    m_providers->header()->resizeSection(ProviderTreeModel::UsageColumn, 130);
    m_whyView->setOpenLinks(false);
    m_whyView->setPlaceholderText(tr("Why Not? lists every reason the selected compute node is not a candidate for the flavor (with none selected, each node's reasons)."));
    m_tabs->setObjectName(QStringLiteral("fleetTabs"));
    m_tabs->addTab(m_whyView, tr("Why Not?"));
    m_tabs->addTab(m_providers, tr("Providers"));

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_chart);
    left->addWidget(m_hosts);
    left->setChildrenCollapsible(false);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("fleetSplitter"));
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *row = new QHBoxLayout;
    auto *cloudLabel = new QLabel(tr("Cloud:"), this);
    cloudLabel->setBuddy(m_cloud);
    auto *flavorLabel = new QLabel(tr("Flavor:"), this);
    flavorLabel->setBuddy(m_flavor);
    row->addWidget(cloudLabel);
    row->addWidget(m_cloud, 1);
    row->addWidget(flavorLabel);
    row->addWidget(m_flavor, 2);
    auto *zoneLabel = new QLabel(tr("Zone:"), this);
    zoneLabel->setBuddy(m_zone);
    row->addWidget(zoneLabel);
    row->addWidget(m_zone);
    row->addWidget(m_count);
    row->addWidget(m_why);
    row->addWidget(m_read);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_clouds, &cloud::CloudRegistry::cloudsChanged, this, &FleetPanel::fillClouds);
    connect(m_clouds, &cloud::CloudRegistry::entryChanged, this, [this](const QString &name) {
        if (m_cloud->findData(name) < 0 || name == currentCloud())
            fillClouds();
    });
    connect(m_doc, &FlavorDocument::libraryChanged, this, &FleetPanel::fillFlavors);
    connect(m_cloud, &QComboBox::currentIndexChanged, this, [this] {
        fillFlavors();
        showFleet(currentCloud());
    });
    connect(m_flavor, &QComboBox::currentIndexChanged, this, &FleetPanel::updateActions);
    connect(m_count, &QPushButton::clicked, this, &FleetPanel::count);
    connect(m_why, &QPushButton::clicked, this, &FleetPanel::whyNot);
    connect(m_read, &QPushButton::clicked, this, &FleetPanel::readProviders);
    connect(m_hosts->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_whyView->toPlainText().isEmpty() && !m_whyPending)
            showWhy(); // the reasons follow the selected node once asked for
    });
    connect(m_providers, &QTreeView::expanded, this, [this](const QModelIndex &i) { m_expanded.insert(i.data(ProviderTreeModel::ProviderNameRole).toString()); });
    connect(m_providers, &QTreeView::collapsed, this, [this](const QModelIndex &i) { m_expanded.remove(i.data(ProviderTreeModel::ProviderNameRole).toString()); });
    connect(m_fleets, &cloud::FleetManager::capacityCounted, this, [this](const cloud::CapacityAnswer &answer) {
        if (answer.cloud == currentCloud())
            showAnswer(answer);
    });
    connect(m_fleets, &cloud::FleetManager::fleetChanged, this, [this](const QString &cloud) {
        if (cloud == currentCloud())
            showFleet(cloud);
    });
    connect(m_hostModel, &workbench::CapacityRunner::resultsReady, this, &FleetPanel::showHostModel);
    // A host opened, closed or with a new snapshot (or compute profile) counts its model again.
    hosts::HostRegistry *hosts = m_workbench->hosts();
    connect(hosts, &hosts::HostRegistry::snapshotChanged, this, &FleetPanel::countHostModel);
    connect(hosts, &hosts::HostRegistry::removed, this, &FleetPanel::countHostModel);
    connect(m_workbench->profiles(), &workbench::ComputeProfiles::changed, this, &FleetPanel::countHostModel);
    fillClouds();
}

QString FleetPanel::currentCloud() const
{
    return m_cloud->currentData().toString();
}

std::optional<rules::NovaRelease> FleetPanel::currentRelease() const
{
    const cloud::CloudEntry *e = m_clouds->entry(currentCloud());
    if (!e || !e->version)
        return std::nullopt;
    return e->version->release.release;
}

std::optional<flavors::Flavor> FleetPanel::currentFlavor() const
{
    const QString key = m_flavor->currentData().toString();
    if (key.startsWith(kLibrary)) {
        if (const flavors::Flavor *f = m_doc->library().find(key.mid(kLibrary.size())))
            return *f;
    } else if (key.startsWith(kCloud)) {
        if (const cloud::CloudEntry *e = m_clouds->entry(currentCloud()))
            if (const cloud::FlavorVerdict *v = e->verdict(key.mid(kCloud.size())))
                return v->flavor;
    }
    return std::nullopt;
}

void FleetPanel::fillClouds()
{
    const QString keep = currentCloud();
    const QSignalBlocker block(m_cloud);
    m_cloud->clear();
    for (const QString &name : m_clouds->names()) {
        const cloud::CloudEntry *e = m_clouds->entry(name);
        if (e && e->state == cloud::CloudEntry::State::Connected)
            m_cloud->addItem(name, name);
    }
    if (m_cloud->count() == 0)
        m_cloud->addItem(tr("(connect a cloud on the Clouds page)"), QString());
    const int at = m_cloud->findData(keep);
    m_cloud->setCurrentIndex(at >= 0 ? at : 0);
    fillFlavors();
    showFleet(currentCloud());
    tryPending();
}

void FleetPanel::fillFlavors()
{
    const QString keep = m_flavor->currentData().toString();
    const QSignalBlocker block(m_flavor);
    m_flavor->clear();
    if (const cloud::CloudEntry *e = m_clouds->entry(currentCloud())) {
        for (const cloud::FlavorVerdict &v : e->verdicts)
            m_flavor->addItem(tr("%1 (deployed)").arg(v.flavor.name), QString(kCloud + v.flavor.name));
    }
    for (const flavors::Flavor &f : m_doc->library().flavors)
        m_flavor->addItem(tr("%1 (library)").arg(f.name), QString(kLibrary + f.name));
    const int at = m_flavor->findData(keep);
    if (at >= 0)
        m_flavor->setCurrentIndex(at);
    updateActions();
}

bool FleetPanel::select(const QString &cloud, const QString &flavorKey)
{
    const int c = m_cloud->findData(cloud);
    if (c < 0)
        return false;
    m_cloud->setCurrentIndex(c);
    const int f = m_flavor->findData(flavorKey);
    if (f < 0)
        return false;
    m_flavor->setCurrentIndex(f);
    return true;
}

void FleetPanel::updateActions()
{
    const bool cloudReady = currentRelease().has_value();
    const bool flavorReady = cloudReady && currentFlavor().has_value();
    m_count->setEnabled(flavorReady);
    m_why->setEnabled(flavorReady);
    const cloud::FleetState *s = m_fleets->state(currentCloud());
    m_read->setEnabled(cloudReady && !(s && s->reading));
}

void FleetPanel::count()
{
    const std::optional<flavors::Flavor> flavor = currentFlavor();
    const std::optional<rules::NovaRelease> release = currentRelease();
    if (!flavor || !release)
        return;
    m_summary->setText(tr("Asking Placement of cloud %1 for the candidates of %2…").arg(currentCloud().toHtmlEscaped(), flavor->name.toHtmlEscaped()));
    m_counting = true;
    m_fleets->countCapacity(currentCloud(), *flavor, *release, pciAliases(*release), zoneRequest());
}

bool FleetPanel::pending() const
{
    return !m_pendingCloud.isEmpty() || m_counting || m_hostModel->isBusy();
}

void FleetPanel::countWhenReady(const QString &cloud, const QString &flavor)
{
    m_pendingCloud = cloud;
    m_pendingFlavor = flavor;
    tryPending();
}

void FleetPanel::tryPending()
{
    if (m_pendingCloud.isEmpty())
        return;
    const cloud::CloudEntry *e = m_clouds->entry(m_pendingCloud);
    if (e && e->state == cloud::CloudEntry::State::Failed) {
        m_pendingCloud.clear(); // the clouds page shows why
        return;
    }
    if (!select(m_pendingCloud, kCloud + m_pendingFlavor) && !select(m_pendingCloud, kLibrary + m_pendingFlavor))
        return;
    m_pendingCloud.clear();
    count();
}

void FleetPanel::showAnswer(const cloud::CapacityAnswer &answer)
{
    m_answer = answer;
    m_counting = false;
    m_hostsModel->setHostModels({});
    if (!answer.error.isEmpty()) {
        m_hostsModel->setRows({});
        capacitycharts::showFleet(m_chart->chart(), {});
        capacitycharts::applyTheme(m_chart->chart(), palette());
    } else {
        m_hostsModel->setRows(answer.capacity.hosts);
        m_hosts->resizeColumnsToContents();
        capacitycharts::showFleet(m_chart->chart(), answer.capacity);
        capacitycharts::applyTheme(m_chart->chart(), palette());
        m_chart->chart()->setTitle(tr("Instances of %1 that fit").arg(answer.flavor));
    }
    m_summary->setText(answerText());
    Q_EMIT countShown();
    countHostModel();
}

QString FleetPanel::answerText() const
{
    if (!m_answer)
        return {};
    const cloud::CapacityAnswer &answer = *m_answer;
    if (!answer.error.isEmpty())
        return tr("<b>%1</b> could not be counted: %2").arg(answer.flavor.toHtmlEscaped(), answer.error.toHtmlEscaped());
    QStringList lines;
    lines << tr("<b>%1</b>: %2 instances fit on %3 of %4 compute nodes (Placement answers %5 candidates)")
                 .arg(answer.flavor.toHtmlEscaped())
                 .arg(answer.capacity.total())
                 .arg(answer.capacity.candidates())
                 .arg(answer.capacity.hosts.size())
                 .arg(answer.candidates);
    if (!answer.refusal.isEmpty())
        lines << tr("Nova of this cloud refuses to boot it: %1").arg(answer.refusal.toHtmlEscaped());
    if (const QList<hostfit::FleetNodeModel> &models = m_hostsModel->hostModels(); !models.isEmpty()) {
        int hostLimits = 0;
        QStringList nodes;
        for (const hostfit::FleetNodeModel &m : models) {
            hostLimits += m.limits() == hostfit::FleetNodeModel::Limit::Host;
            nodes << m.node;
        }
        lines << tr("With vDeck's host model of %1 (open on the Hosts page; NUMA placement, hugepages per node, pinning, devices: what "
                    "Placement does not know): %2 instances fit; the host limits on %3 of those nodes (column Host model).")
                     .arg(nodes.join(QStringLiteral(", ")).toHtmlEscaped())
                     .arg(hostfit::totalWithHostModel(answer.capacity, models))
                     .arg(hostLimits);
    }
    for (const QString &note : fleet::requestNotes(answer.request))
        lines << note.toHtmlEscaped();
    lines << QStringLiteral("<small><code>GET /allocation_candidates?%1</code></small>").arg(answer.query.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

void FleetPanel::countHostModel()
{
    QList<workbench::HostInput> inputs;
    if (m_answer && m_answer->error.isEmpty()) {
        for (const hosts::HostEntry &e : m_workbench->hosts()->entries()) {
            if (!e.snapshot.isNull() && hostfit::fleetNodeOf(m_answer->capacity, e.snapshot.identity().hostname))
                inputs.append({e.id, e.name, e.snapshot, m_workbench->profiles()->profile(e.name)});
        }
    }
    // No host of this cloud: the runner publishes an empty result (and drops a running one).
    m_hostModel->request(inputs.isEmpty() ? flavors::Flavor() : m_answer->counted, inputs,
                         m_answer ? m_answer->release : rules::NovaRelease(rules::NovaRelease::kDefault));
}

void FleetPanel::showHostModel()
{
    QList<hostfit::FleetNodeModel> models;
    if (m_answer && m_answer->error.isEmpty() && m_hostModel->flavorName() == m_answer->counted.name) {
        for (const workbench::HostResult &r : m_hostModel->results()) {
            const fleet::HostCapacity *node = hostfit::fleetNodeOf(m_answer->capacity, r.verdict.hostName);
            if (!node)
                continue; // the snapshot changed its hostname meanwhile; a new run follows
            hostfit::FleetNodeModel m;
            m.node = node->name;
            m.source = r.name;
            m.estimate = r.verdict.capacity;
            m.placementFits = node->fits;
            models.append(m);
        }
    }
    if (models.isEmpty() && m_hostsModel->hostModels().isEmpty())
        return;
    m_hostsModel->setHostModels(models);
    // The count and "limits" come first in the cell; a long resource is elided (the tooltip has
    // it), so that the columns after it stay in view.
    m_hosts->resizeColumnToContents(FleetCapacityModel::HostModelColumn);
    const int widest = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24;
    if (m_hosts->columnWidth(FleetCapacityModel::HostModelColumn) > widest)
        m_hosts->setColumnWidth(FleetCapacityModel::HostModelColumn, widest);
    m_summary->setText(answerText());
    Q_EMIT hostModelShown();
}

void FleetPanel::readProviders()
{
    if (currentCloud().isEmpty())
        return;
    m_fleets->readProviders(currentCloud());
    m_tabs->setCurrentWidget(m_providers);
}

void FleetPanel::showFleet(const QString &cloud)
{
    const cloud::FleetState *s = m_fleets->state(cloud);
    // The nodes the user expanded survive every batch of providers, and a new read.
    const QSet<QString> expanded = m_expanded;
    m_providersModel->setFleet(s ? s->fleet : fleet::Fleet());
    for (const QString &name : expanded)
        if (const QModelIndex i = m_providersModel->indexOfProvider(name); i.isValid())
            m_providers->expand(i);
    updateActions();
    if (m_whyPending && s && !s->reading) {
        m_whyPending = false;
        showWhy();
    }
}

void FleetPanel::whyNot()
{
    if (!currentFlavor())
        return;
    m_tabs->setCurrentWidget(m_whyView);
    const cloud::FleetState *s = m_fleets->state(currentCloud());
    if (!s || (!s->complete && !s->reading)) {
        m_whyPending = true;
        m_whyView->setPlainText(tr("Reading the resource providers first…"));
        m_fleets->readProviders(currentCloud());
        return;
    }
    if (s->reading) {
        m_whyPending = true;
        m_whyView->setPlainText(tr("Reading the resource providers first…"));
        return;
    }
    showWhy();
}

void FleetPanel::showWhy()
{
    const cloud::FleetState *s = m_fleets->state(currentCloud());
    const std::optional<flavors::Flavor> flavor = currentFlavor();
    const std::optional<rules::NovaRelease> release = currentRelease();
    if (!s || !flavor || !release)
        return;
    if (!s->complete) {
        m_whyView->setPlainText(s->error.isEmpty() ? tr("The resource providers are not read.") : s->error);
        Q_EMIT whyShown();
        return;
    }
    fleet::ResourceRequest request = fleet::resourceRequest(*flavor, *release, rules::checkStageB(*flavor, *release), pciAliases(*release));
    const QString zone = m_zone->text().trimmed();
    if (!zone.isEmpty()) {
        // The zone's aggregates come with a count (read from the cloud with the candidates).
        if (!m_answer || m_answer->flavor != flavor->name || m_answer->request.zone != zone || !m_answer->error.isEmpty()) {
            m_whyView->setPlainText(tr("Count %1 in zone %2 first: the count reads the zone's host aggregates.").arg(flavor->name, zone));
            Q_EMIT whyShown();
            return;
        }
        request = m_answer->request;
    }
    if (!request.error.isEmpty()) {
        m_whyView->setPlainText(tr("Nova cannot schedule %1 on any compute node: %2").arg(flavor->name, request.error));
        Q_EMIT whyShown();
        return;
    }
    QString only;
    const QModelIndexList selected = m_hosts->selectionModel()->selectedRows(FleetCapacityModel::HostColumn);
    if (!selected.isEmpty())
        only = selected.first().data(FleetCapacityModel::HostRole).toString();
    QString html = tr("<p><b>%1</b> on cloud %2:</p>").arg(flavor->name.toHtmlEscaped(), currentCloud().toHtmlEscaped());
    int candidates = 0;
    int shown = 0;
    for (const fleet::Provider *root : s->fleet.roots()) {
        if (!only.isEmpty() && root->name != only)
            continue;
        const QList<fleet::Reason> reasons = fleet::whyNot(s->fleet, request, root->uuid);
        ++shown;
        if (reasons.isEmpty()) {
            ++candidates;
            html += tr("<p><b>%1</b>: a candidate</p>").arg(root->name.toHtmlEscaped());
            continue;
        }
        html += tr("<p><b>%1</b>: not a candidate</p><ul>").arg(root->name.toHtmlEscaped());
        for (const fleet::Reason &r : reasons)
            html += QStringLiteral("<li>%1</li>").arg(r.text().toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (only.isEmpty())
        html = tr("<p>%1 of %2 compute nodes are candidates.</p>").arg(candidates).arg(shown) + html;
    m_whyView->setHtml(html);
    Q_EMIT whyShown();
}

void FleetPanel::setZone(const QString &zone)
{
    m_zone->setText(zone);
}

fleet::ZoneRequest FleetPanel::zoneRequest() const
{
    fleet::ZoneRequest zone;
    zone.zone = m_zone->text().trimmed();
    if (m_pci && m_pci->confKnown())
        zone.queryPlacement = fleet::ZoneRequest::queryPlacementIn(m_pci->conf());
    return zone;
}

fleet::PciAliasConfig FleetPanel::pciAliases(rules::NovaRelease release) const
{
    if (!m_pci || !m_pci->confKnown())
        return {};
    const QString origin = m_pci->source() == workbench::PciWorkbench::Source::Edited ? tr("the PCI page's nova.conf (edited)")
                                                                                        : tr("the nova.conf of %1").arg(m_pci->hostId());
    return fleet::PciAliasConfig::fromNovaConf(m_pci->conf(), release, origin);
}

QString FleetPanel::summaryText() const
{
    return m_summary->text();
}

QString FleetPanel::whyText() const
{
    return m_whyView->toPlainText();
}
