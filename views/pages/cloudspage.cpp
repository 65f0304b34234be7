#include "pages/cloudspage.h"

#include "actionpolicy.h"
#include "cloud/cloudmanager.h"
#include "cloud/cloudregistry.h"
#include "cloud/flavordiff.h"
#include "dialogs/cloudpassworddialog.h"
#include "dialogs/pushdialog.h"
#include "document/flavordocument.h"
#include "itemmodels/cloudflavorsmodel.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/flavorcomparemodel.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace {

CloudFlavorRow::Library libraryState(cloud::FlavorDiff::Kind kind)
{
    switch (kind) {
    case cloud::FlavorDiff::Kind::Same:
        return CloudFlavorRow::Library::Same;
    case cloud::FlavorDiff::Kind::Changed:
        return CloudFlavorRow::Library::Differs;
    case cloud::FlavorDiff::Kind::Added:
        return CloudFlavorRow::Library::OnlyInLibrary;
    case cloud::FlavorDiff::Kind::Removed:
        return CloudFlavorRow::Library::OnlyInCloud;
    }
    return CloudFlavorRow::Library::Same;
}

void setupTree(QTreeView *view)
{
    view->setRootIsDecorated(false);
    view->setAlternatingRowColors(true);
    view->setUniformRowHeights(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
}

} // namespace

CloudsPage::CloudsPage(cloud::CloudManager *manager, FlavorDocument *doc, AppMode mode, QWidget *parent)
    : Page(parent)
    , m_manager(manager)
    , m_doc(doc)
    , m_mode(mode)
    , m_clouds(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_messages(new MessageBar(this))
    , m_flavors(new CloudFlavorsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_flavorView(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_findingsHeading(new QLabel(this))
    , m_findings(new FindingsModel(this))
    , m_findingsView(new QTreeView(this))
    , m_findingDetails(new QLabel(this))
    , m_compareHeading(new QLabel(this))
    , m_compare(new FlavorCompareModel(this))
    , m_compareView(new QTreeView(this))
{
    m_clouds->setObjectName(QStringLiteral("cloudCombo"));
    m_clouds->setMinimumContentsLength(16);
    m_clouds->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setObjectName(QStringLiteral("cloudStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("cloudsToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addWidget(new QLabel(tr("Cloud:"), toolbar));
    toolbar->addWidget(m_clouds);
    m_connect = addAction(QStringLiteral("actionCloudConnect"), tr("&Connect and Pull"), &CloudsPage::connectCurrent);
    m_connect->setToolTip(tr("Sign in to the cloud, read its release and every flavor it holds"));
    toolbar->addAction(m_connect);
    QAction *reload = addAction(QStringLiteral("actionReloadClouds"), tr("&Reload clouds.yaml"), &CloudsPage::reloadClouds);
    reload->setToolTip(tr("Read clouds.yaml again (OS_CLIENT_CONFIG_FILE, ./, ~/.config/openstack/, /etc/openstack/)"));
    toolbar->addAction(reload);
    // The user's own keyring, not the cloud: auditors may forget a password too.
    m_forget = addAction(QStringLiteral("actionForgetCloudPassword"), tr("Forget Pass&word"), &CloudsPage::forgetPassword);
    m_forget->setToolTip(tr("Remove this cloud's password from the desktop keyring (service \"vdeck\") and from this session"));
    toolbar->addAction(m_forget);
    if (mode == AppMode::Operator) { // auditors write nothing to a cloud: the action does not exist
        m_push = actionpolicy::markWrites(addAction(QStringLiteral("actionPushToCloud"), tr("&Push Library…"), &CloudsPage::openPushDialog));
        m_push->setToolTip(tr("Make the cloud hold the open library's flavors: shows the plan first"));
        toolbar->addAction(m_push);
    }

    auto *flavorBar = new QToolBar(this);
    flavorBar->setObjectName(QStringLiteral("cloudFlavorToolBar"));
    flavorBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_open = addAction(QStringLiteral("actionOpenInLibrary"), tr("&Open in Library"), &CloudsPage::openInLibrary);
    m_open->setToolTip(tr("Select the library's flavor of this name on the flavors page"));
    flavorBar->addAction(m_open);
    if (mode == AppMode::Operator) { // the library is read-only for auditors
        m_import = actionpolicy::markWrites(addAction(QStringLiteral("actionImportFromCloud"), tr("&Import into Library"), &CloudsPage::importCurrent));
        m_import->setToolTip(tr("Copy the deployed flavor into the open library (replaces the library's flavor of that name; undoable)"));
        m_importAll = actionpolicy::markWrites(addAction(QStringLiteral("actionImportAllFromCloud"), tr("Import &All"), &CloudsPage::importAll));
        m_importAll->setToolTip(tr("Copy every deployed flavor into the open library (undoable)"));
        flavorBar->addActions({m_import, m_importAll});
    }

    m_flavorView->setObjectName(QStringLiteral("cloudFlavorsView"));
    m_proxy->setSourceModel(m_flavors);
    m_proxy->setSortRole(CloudFlavorsModel::SortRole);
    m_flavorView->setModel(m_proxy);
    setupTree(m_flavorView);
    m_flavorView->setSortingEnabled(true);
    m_flavorView->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_flavorView->header()->setStretchLastSection(false);
    m_flavorView->header()->setSectionResizeMode(CloudFlavorsModel::NameColumn, QHeaderView::Stretch);
    for (int c : {int(CloudFlavorsModel::ErrorsColumn), int(CloudFlavorsModel::WarningsColumn), int(CloudFlavorsModel::LibraryColumn)})
        m_flavorView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("cloudsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_flavorView);
    splitter->addWidget(detailsPane());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({380, 560});

    auto *layout = new QVBoxLayout(this);
    // Two rows, as on the hosts page: the cloud, and the selected flavor (one row would not fit
    // 1024 px in German or French).
    layout->addWidget(toolbar);
    layout->addWidget(flavorBar);
    layout->addWidget(m_status);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);

    cloud::CloudRegistry *registry = manager->registry();
    connect(registry, &cloud::CloudRegistry::cloudsChanged, this, &CloudsPage::showClouds);
    connect(registry, &cloud::CloudRegistry::entryChanged, this, [this](const QString &name) {
        if (name == currentCloud())
            scheduleRefresh();
    });
    connect(m_clouds, &QComboBox::currentIndexChanged, this, &CloudsPage::scheduleRefresh);
    connect(manager, &cloud::CloudManager::errorOccurred, m_messages, &MessageBar::showError);
    connect(manager, &cloud::CloudManager::notice, m_messages, &MessageBar::showInfo);
    connect(manager, &cloud::CloudManager::passwordNeeded, this, &CloudsPage::askPassword);
    connect(doc, &FlavorDocument::libraryChanged, this, &CloudsPage::scheduleRefresh);
    connect(doc, &FlavorDocument::flavorEdited, this, &CloudsPage::scheduleRefresh);
    connect(m_flavorView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CloudsPage::showFlavor);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CloudsPage::showFindingDetails);
    showClouds();
}

QWidget *CloudsPage::detailsPane()
{
    m_tabs->setObjectName(QStringLiteral("cloudTabs"));
    auto *findings = new QWidget(m_tabs);
    m_findingsHeading->setObjectName(QStringLiteral("cloudFindingsHeading"));
    m_findingsHeading->setWordWrap(true);
    m_findingsView->setObjectName(QStringLiteral("cloudFindingsView"));
    m_findingsView->setModel(m_findings);
    setupTree(m_findingsView);
    m_findingsView->setWordWrap(true);
    m_findingsView->setUniformRowHeights(false);
    m_findingsView->setColumnWidth(FindingsModel::SeverityColumn, 90);
    m_findingsView->setColumnWidth(FindingsModel::CodeColumn, 200);
    m_findingsView->setColumnHidden(FindingsModel::StageColumn, true);
    m_findingsView->setColumnHidden(FindingsModel::HttpColumn, true);
    m_findingDetails->setObjectName(QStringLiteral("cloudFindingDetails"));
    m_findingDetails->setWordWrap(true);
    m_findingDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findingDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_findingDetails->setMinimumHeight(90);
    auto *fl = new QVBoxLayout(findings);
    fl->addWidget(m_findingsHeading);
    fl->addWidget(m_findingsView, 1);
    fl->addWidget(m_findingDetails);
    m_tabs->addTab(findings, tr("Findings"));

    auto *compare = new QWidget(m_tabs);
    m_compareHeading->setObjectName(QStringLiteral("flavorCompareHeading"));
    m_compareHeading->setWordWrap(true);
    m_compareView->setObjectName(QStringLiteral("flavorCompareView"));
    m_compareView->setModel(m_compare);
    setupTree(m_compareView);
    m_compareView->setColumnWidth(FlavorCompareModel::FieldColumn, 220);
    m_compareView->setColumnWidth(FlavorCompareModel::LibraryColumn, 150);
    auto *cl = new QVBoxLayout(compare);
    cl->addWidget(m_compareHeading);
    cl->addWidget(m_compareView, 1);
    m_tabs->addTab(compare, tr("Library and Cloud"));
    return m_tabs;
}

QString CloudsPage::title() const
{
    return tr("Clouds");
}

QIcon CloudsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/page-clouds.svg"));
}

QAction *CloudsPage::addAction(const QString &name, const QString &text, void (CloudsPage::*slot)())
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    connect(a, &QAction::triggered, this, slot);
    m_actions << a;
    return a;
}

QString CloudsPage::currentCloud() const
{
    return m_clouds->currentText();
}

bool CloudsPage::selectCloud(const QString &name)
{
    const int i = m_clouds->findText(name);
    if (i < 0)
        return false;
    m_clouds->setCurrentIndex(i);
    return true;
}

void CloudsPage::reloadClouds()
{
    m_manager->loadClouds();
}

void CloudsPage::connectCurrent()
{
    if (!currentCloud().isEmpty())
        m_manager->connectCloud(currentCloud());
}

void CloudsPage::connectWhenListed(const QString &name)
{
    m_pendingConnect = name;
    if (selectCloud(name)) {
        m_pendingConnect.clear();
        connectCurrent();
    }
}

void CloudsPage::showClouds()
{
    const cloud::CloudRegistry *registry = m_manager->registry();
    const QString keep = currentCloud();
    const QSignalBlocker block(m_clouds);
    m_clouds->clear();
    m_clouds->addItems(registry->names());
    m_clouds->setCurrentIndex(std::max(0, m_clouds->findText(keep)));
    if (!registry->loadError().isEmpty())
        m_messages->showError(registry->loadError());
    refresh();
    if (!m_pendingConnect.isEmpty()) {
        const QString name = std::exchange(m_pendingConnect, QString());
        if (selectCloud(name))
            connectCurrent();
        else
            m_messages->showError(tr("clouds.yaml (%1) has no cloud '%2' (it has: %3)")
                                      .arg(registry->cloudsPath().isEmpty() ? tr("none found") : registry->cloudsPath(), name,
                                           registry->names().join(QStringLiteral(", "))));
    }
}

void CloudsPage::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void CloudsPage::refresh()
{
    const QString selected = currentFlavor();
    const cloud::CloudEntry *entry = m_manager->registry()->entry(currentCloud());
    QList<CloudFlavorRow> rows;
    if (entry && entry->state == cloud::CloudEntry::State::Connected) {
        const QList<flavors::Flavor> &library = m_doc->library().flavors;
        for (const cloud::FlavorDiff &d : cloud::diffFlavors(library, entry->deployed())) {
            CloudFlavorRow row{d.name, libraryState(d.kind), std::nullopt, std::nullopt, {}};
            if (const cloud::FlavorVerdict *v = entry->verdict(d.name)) {
                row.cloud = v->flavor;
                row.findings = v->findings;
            }
            if (const flavors::Flavor *f = m_doc->library().find(d.name))
                row.inLibrary = *f;
            rows << row;
        }
    }
    m_flavors->setRows(rows);
    showStatus();
    if (!selectFlavor(selected) && m_proxy->rowCount() > 0 && !m_flavorView->currentIndex().isValid()) {
        // What needs attention first: the first flavor with errors, else the first.
        const QModelIndexList broken = m_proxy->match(m_proxy->index(0, 0), CloudFlavorsModel::HasErrorsRole, true, 1, Qt::MatchExactly);
        m_flavorView->setCurrentIndex(broken.isEmpty() ? m_proxy->index(0, 0) : broken.first());
    }
    showFlavor();
    if (m_pendingShow && entry)
        showPending(*entry);
}

void CloudsPage::showWhenConnected(const QString &flavor, bool push)
{
    m_pendingFlavor = flavor;
    m_pendingPush = push;
    m_pendingShow = !flavor.isEmpty() || push;
}

void CloudsPage::showPending(const cloud::CloudEntry &entry)
{
    if (entry.state == cloud::CloudEntry::State::Failed) {
        m_pendingShow = false; // nothing to show: the error is
        return;
    }
    if (entry.state != cloud::CloudEntry::State::Connected)
        return;
    m_pendingShow = false;
    if (!m_pendingFlavor.isEmpty() && selectFlavor(m_pendingFlavor))
        m_tabs->setCurrentIndex(1); // the library's flavor beside the cloud's
    if (m_pendingPush)
        openPushDialog();
}

void CloudsPage::showStatus()
{
    const cloud::CloudRegistry *registry = m_manager->registry();
    const cloud::CloudEntry *e = registry->entry(currentCloud());
    QString text;
    if (registry->cloudsPath().isEmpty()) {
        text = tr("No clouds.yaml found (OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml).");
    } else if (!e) {
        text = tr("%1 names no cloud.").arg(registry->cloudsPath().toHtmlEscaped());
    } else {
        switch (e->state) {
        case cloud::CloudEntry::State::NotConnected:
            text = e->message.isEmpty() ? tr("%1: not connected.").arg(e->description.toHtmlEscaped())
                                        : tr("%1: not connected (%2).").arg(e->description.toHtmlEscaped(), e->message.toHtmlEscaped());
            break;
        case cloud::CloudEntry::State::Connecting:
            text = tr("%1: connecting… %n flavor(s) read.", nullptr, e->pulled).arg(e->description.toHtmlEscaped());
            break;
        case cloud::CloudEntry::State::Connected:
            text = tr("<b>%1</b>: connected, %2. %n flavor(s), %3 with errors for this release.", nullptr, int(e->verdicts.size()))
                       .arg(e->name.toHtmlEscaped(), e->version ? e->version->release.displayName().toHtmlEscaped() : QString())
                       .arg(e->flavorsWithErrors());
            if (e->version && !e->version->release.note.isEmpty())
                text += QStringLiteral("<br>") + e->version->release.note.toHtmlEscaped();
            for (const QString &w : e->warnings)
                text += QStringLiteral("<br><b>") + tr("Warning:") + QStringLiteral("</b> ") + w.toHtmlEscaped();
            break;
        case cloud::CloudEntry::State::Failed:
            text = tr("%1: error. %2").arg(e->description.toHtmlEscaped(), e->message.toHtmlEscaped());
            break;
        }
    }
    m_status->setText(text);
    updateActions();
}

bool CloudsPage::selectFlavor(const QString &name)
{
    const int row = m_flavors->rowOf(name);
    if (name.isEmpty() || row < 0)
        return false;
    m_flavorView->setCurrentIndex(m_proxy->mapFromSource(m_flavors->index(row, 0)));
    return true;
}

QString CloudsPage::currentFlavor() const
{
    return m_flavorView->currentIndex().siblingAtColumn(0).data(CloudFlavorsModel::NameRole).toString();
}

void CloudsPage::showFlavor()
{
    const int row = m_flavors->rowOf(currentFlavor());
    const cloud::CloudEntry *entry = m_manager->registry()->entry(currentCloud());
    if (row < 0 || !entry) {
        m_findings->setFindings({});
        m_compare->setFlavors(std::nullopt, std::nullopt);
        m_findingsHeading->setText(tr("No flavor selected"));
        m_compareHeading->clear();
        m_findingDetails->clear();
        updateActions();
        return;
    }
    const CloudFlavorRow &r = m_flavors->rowAt(row);
    m_findings->setFindings(r.findings);
    const QString release = entry->version ? entry->version->release.displayName() : QString();
    m_findingsHeading->setText(r.cloud ? tr("<b>%1</b> in cloud %2 on %3: %4")
                                             .arg(r.name.toHtmlEscaped(), entry->name.toHtmlEscaped(), release.toHtmlEscaped(), FindingsModel::countsText(r.findings))
                                       : tr("<b>%1</b> is only in the library.").arg(r.name.toHtmlEscaped()));
    m_compare->setFlavors(r.inLibrary, r.cloud);
    m_compareHeading->setText(tr("<b>%1</b>: %2 (%n field(s) differ)", nullptr, m_compare->differences())
                                  .arg(r.name.toHtmlEscaped(), CloudFlavorsModel::libraryText(r.library)));
    if (m_findings->rowCount() > 0)
        m_findingsView->setCurrentIndex(m_findings->index(0, 0));
    showFindingDetails();
    updateActions();
}

void CloudsPage::showFindingDetails()
{
    const QModelIndex i = m_findingsView->currentIndex();
    m_findingDetails->setText(i.isValid() ? m_findings->data(i.siblingAtColumn(0), FindingsModel::TextRole).toString() : QString());
}

void CloudsPage::askPassword(const QString &name, const QString &description)
{
    auto *dialog = new CloudPasswordDialog(name, description, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_manager, [manager = m_manager, dialog] {
        manager->connectWithPassword(dialog->cloud(), dialog->password(), dialog->remember());
    });
    dialog->open();
}

void CloudsPage::forgetPassword()
{
    if (!currentCloud().isEmpty())
        m_manager->forgetPassword(currentCloud());
}

void CloudsPage::openInLibrary()
{
    const QString name = currentFlavor();
    if (m_doc->selectFlavor(name))
        Q_EMIT openInLibraryRequested(name);
}

void CloudsPage::importFlavor(const QString &name)
{
    const int row = m_flavors->rowOf(name);
    if (row < 0 || !m_flavors->rowAt(row).cloud)
        return;
    const flavors::Flavor deployed = *m_flavors->rowAt(row).cloud;
    if (!m_doc->selectFlavor(name)) {
        m_doc->addFlavor(deployed);
        return;
    }
    // What Nova holds of a flavor; the library's image properties, ports and notes stay.
    m_doc->editCurrent(tr("Import %1 from cloud").arg(name), [&deployed](flavors::Flavor &f) {
        f.id = deployed.id;
        f.vcpus = deployed.vcpus;
        f.ramMb = deployed.ramMb;
        f.diskGb = deployed.diskGb;
        f.ephemeralGb = deployed.ephemeralGb;
        f.swapMb = deployed.swapMb;
        f.description = deployed.description;
        f.isPublic = deployed.isPublic;
        f.access = deployed.access;
        f.extraSpecs = deployed.extraSpecs;
    });
}

void CloudsPage::importCurrent()
{
    const QString name = currentFlavor();
    importFlavor(name);
    m_messages->showInfo(tr("%1 imported into the library.").arg(name));
}

void CloudsPage::importAll()
{
    QStringList names;
    for (const CloudFlavorRow &r : m_flavors->rows())
        if (r.cloud && r.library != CloudFlavorRow::Library::Same)
            names << r.name;
    m_doc->undoStack()->beginMacro(tr("Import %n flavor(s) from cloud %1", nullptr, int(names.size())).arg(currentCloud()));
    for (const QString &name : std::as_const(names))
        importFlavor(name);
    m_doc->undoStack()->endMacro();
    m_messages->showInfo(tr("%n flavor(s) imported into the library.", nullptr, int(names.size())));
}

void CloudsPage::openPushDialog()
{
    if (isReadOnly(m_mode) || currentCloud().isEmpty())
        return;
    auto *dialog = new PushDialog(m_manager, currentCloud(), m_doc, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CloudsPage::updateActions()
{
    const cloud::CloudEntry *e = m_manager->registry()->entry(currentCloud());
    const bool connected = e && e->state == cloud::CloudEntry::State::Connected;
    const int row = m_flavors->rowOf(currentFlavor());
    m_connect->setEnabled(e && e->state != cloud::CloudEntry::State::Connecting);
    m_forget->setEnabled(e != nullptr);
    if (m_push)
        m_push->setEnabled(connected);
    m_open->setEnabled(row >= 0 && m_flavors->rowAt(row).inLibrary.has_value());
    if (m_import) {
        m_import->setEnabled(row >= 0 && m_flavors->rowAt(row).cloud.has_value());
        m_importAll->setEnabled(connected);
    }
}
