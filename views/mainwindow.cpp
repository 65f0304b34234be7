#include "mainwindow.h"

#include "actionpolicy.h"
#include "cloud/cloudmanager.h"
#include "cloud/cloudregistry.h"
#include "cloud/fleetmanager.h"
#include "core/buildinfo.h"
#include "core/settings.h"
#include "dialogs/filechooser.h"
#include "dialogs/helpdialog.h"
#include "document/flavordocument.h"
#include "document/libraryrecovery.h"
#include "flavoreditor/flavoreditor.h"
#include "flavoreditor/libraryactions.h"
#include "hosts/hostmanager.h"
#include "hosts/hostregistry.h"
#include "itemmodels/hostlistmodel.h"
#include "page.h"
#include "pages/capacitypage.h"
#include "pages/cloudspage.h"
#include "widgets/fleetpanel.h"
#include "pci/pcipage.h"
#include "pages/devicespage.h"
#include "pages/findingspage.h"
#include "pages/flavorspage.h"
#include "pages/hostspage.h"
#include "pages/operationspage.h"
#include "reportexport.h"
#include "widgets/messagebar.h"
#include "widgets/modebadge.h"
#include "widgets/progresspanel.h"
#include "widgets/hostselector.h"
#include "widgets/releaseselector.h"
#include "widgets/thememenu.h"
#include "workbench/flavorworkbench.h"
#include "workbench/pciworkbench.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

MainWindow::MainWindow(AppMode mode, Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_mode(mode)
    , m_settings(settings ? settings : new Settings(this))
    , m_doc(new FlavorDocument(this))
    , m_registry(new hosts::HostRegistry(this))
    , m_hostList(new HostListModel(m_registry, this))
    , m_hosts(new hosts::HostManager(m_registry, m_settings, mode, this))
    , m_workbench(new workbench::FlavorWorkbench(m_doc, m_registry, m_settings, this))
    , m_pciWorkbench(new workbench::PciWorkbench(this))
    , m_cloudRegistry(new cloud::CloudRegistry(this))
    , m_clouds(new cloud::CloudManager(m_cloudRegistry, mode, this))
    , m_fleets(new cloud::FleetManager(m_clouds, this))
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_progress(new ProgressPanel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_files = std::make_shared<DialogFileChooser>(m_settings);
    setWindowIcon(QIcon(QStringLiteral(":/icons/vdeck.svg")));

    m_sidebar->setObjectName(QStringLiteral("pageSidebar"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setFixedWidth(150);
    m_sidebar->setFrameShape(QFrame::NoFrame);

    m_doc->setReadOnly(isReadOnly(mode));
    m_doc->newLibrary();
    m_hostsPage = new HostsPage(m_hosts, m_hostList, mode, m_stack);
    m_devicesPage = new DevicesPage(m_stack, mode);
    m_flavors = new FlavorsPage(m_doc, mode, m_stack);
    m_findingsPage = new FindingsPage(m_doc, m_stack);
    m_operationsPage = new OperationsPage(m_doc, m_stack);
    m_capacityPage = new CapacityPage(m_stack);
    m_capacityPage->setFleetPanel(new FleetPanel(m_fleets, m_cloudRegistry, m_workbench, m_pciWorkbench, m_capacityPage));
    m_pciWorkbench->setRelease(m_doc->release().major());
    m_pciPage = new PciPage(m_pciWorkbench, m_stack);
    m_cloudsPage = new CloudsPage(m_clouds, m_doc, mode, m_stack);
    connect(m_doc, &FlavorDocument::releaseChanged, m_pciWorkbench, [this] { m_pciWorkbench->setRelease(m_doc->release().major()); });
    connect(m_pciWorkbench, &workbench::PciWorkbench::reportChanged, m_devicesPage, [this] {
        m_devicesPage->setPciReport(m_pciWorkbench->report(), m_pciWorkbench->confKnown());
    });
    for (Page *p : std::initializer_list<Page *>{m_hostsPage, m_devicesPage, m_flavors, m_findingsPage, m_operationsPage, m_capacityPage, m_pciPage, m_cloudsPage})
        addPage(p);
    m_report = new ReportExport(m_doc, m_hosts, this);
    m_report->setProfiles(m_workbench->profiles());
    connect(m_report, &ReportExport::exported, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_report, &ReportExport::errorOccurred, m_flavors->messageBar(), &MessageBar::showError);
    connect(m_findingsPage, &FindingsPage::focusRequested, this, [this](const QStringList &keys, bool show) {
        m_flavors->editor()->focusKeys(keys);
        if (show)
            showPage(m_flavors->id());
    });

    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createMenus();
    createToolBar();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(new ModeBadge(mode, statusBar()));
    statusBar()->showMessage(tr("No host open"));
    wireHosts();
    wireStartHosts();
    wireWorkbench();
    wireClouds();
    wireLibrary();
    setFileChooser(m_files); // one chooser, remembering its folder, for every page
    m_flavors->libraryActions()->setSettings(m_settings);
    resize(1280, 800);
}

// The widgets read the models, and the models read each other in the order they were made:
// widgets go first, then the models from the last made to the first (QObject would delete its
// children the other way round).
MainWindow::~MainWindow()
{
    qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    delete m_recovery;
    delete m_report;
    delete m_fleets; // waits for the Placement calls in flight
    delete m_clouds; // waits for the cloud calls in flight
    delete m_cloudRegistry;
    delete m_pciWorkbench;
    delete m_workbench;
    delete m_hosts;
    delete m_hostList;
    delete m_registry;
    delete m_doc;
}

void MainWindow::addPage(Page *page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_sidebar);
    item->setData(Qt::UserRole, page->id());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    for (QAction *a : m_flavors->libraryActions()->fileActions())
        file->addAction(a);
    file->addSeparator();
    const QList<QAction *> hostActions = m_hostsPage->hostActions();
    file->addActions(hostActions.mid(0, 5)); // connect, open snapshot, capture snapshot, load facts, demo host
    QAction *reconnect = file->addAction(tr("Reconnect Hosts at &Start"));
    reconnect->setToolTip(tr("Connect the saved hosts again when vDeck starts"));
    reconnect->setObjectName(QStringLiteral("actionReconnectAtStart"));
    reconnect->setCheckable(true);
    reconnect->setChecked(m_settings->reconnectAtStart());
    connect(reconnect, &QAction::toggled, m_settings, &Settings::setReconnectAtStart);
    file->addSeparator();
    file->addAction(m_report->action());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close); // closeEvent() asks
    quit->setObjectName(QStringLiteral("actionQuit"));

    if (!isReadOnly(m_mode)) { // auditors cannot edit the library: nothing to undo
        QMenu *edit = menuBar()->addMenu(tr("&Edit"));
        edit->setObjectName(QStringLiteral("menuEdit"));
        QAction *undo = m_doc->undoStack()->createUndoAction(edit, tr("&Undo"));
        undo->setObjectName(QStringLiteral("actionUndo"));
        actionpolicy::markWrites(undo);
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = m_doc->undoStack()->createRedoAction(edit, tr("&Redo"));
        redo->setObjectName(QStringLiteral("actionRedo"));
        actionpolicy::markWrites(redo);
        redo->setShortcut(QKeySequence::Redo);
        edit->addActions({undo, redo});
        edit->addSeparator();
        edit->addActions(m_flavors->libraryActions()->flavorActions());
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    for (int i = 0; i < m_pages.size(); ++i) {
        Page *p = m_pages.at(i);
        QAction *a = view->addAction(p->icon(), p->title());
        a->setObjectName(QStringLiteral("actionPage_") + p->id());
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { m_sidebar->setCurrentRow(i); });
    }
    view->addSeparator();
    view->addMenu(new ThemeMenu(m_settings, view));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction *guide = help->addAction(tr("vDeck &User Guide"), this, [this] { helpdialog::userGuide(this); });
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] { helpdialog::shortcuts(this); });
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About vDeck"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr("Nova release:"), bar));
    bar->addWidget(new ReleaseSelector(m_doc, m_settings, bar));
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Target host:"), bar));
    m_hostSelector = new HostSelector(m_hostList, bar);
    bar->addWidget(m_hostSelector);
}

void MainWindow::setFileChooser(const std::shared_ptr<FileChooser> &chooser)
{
    m_hostsPage->setFileChooser(chooser);
    m_flavors->setFileChooser(chooser);
    m_report->setFileChooser(chooser);
    m_files = chooser;
}

QString MainWindow::openFlavorLibrary(const QString &path, const QString &flavor)
{
    flavors::FileError error;
    if (!m_doc->open(path, &error))
        return error.toString();
    if (!flavor.isEmpty() && !m_doc->selectFlavor(flavor)) {
        QStringList names;
        for (const flavors::Flavor &f : m_doc->library().flavors)
            names.append(f.name);
        return tr("%1 has no flavor '%2' (it has: %3)").arg(path, flavor, names.join(QStringLiteral(", ")));
    }
    return {};
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About vDeck"),
                       tr("<h3>vDeck %1</h3><p>A console for accelerated virtualization hosts: device trees, "
                          "Nova flavors, libvirt domain XML.</p><p>Qt %2 · libvirt %3 · libssh %4</p><p>%5</p>")
                           .arg(buildinfo::version(), buildinfo::qtVersion(), buildinfo::libvirtVersion(),
                                buildinfo::libsshVersion(), appModeLabel(m_mode)));
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const Page *p : m_pages)
        ids.append(p->id());
    ids.append(QStringLiteral("xml"));
    return ids;
}

Page *MainWindow::page(const QString &id) const
{
    for (Page *p : m_pages) {
        if (p->id() == id)
            return p;
    }
    return nullptr;
}

bool MainWindow::showPage(const QString &id)
{
    const bool xml = id == QLatin1String("xml");
    Page *p = page(xml ? QStringLiteral("flavors") : id);
    if (!p)
        return false;
    m_sidebar->setCurrentRow(int(m_pages.indexOf(p)));
    if (xml)
        m_flavors->showXmlPreview();
    return true;
}

Page *MainWindow::currentPage() const
{
    return static_cast<Page *>(m_stack->currentWidget());
}

QString MainWindow::currentHostId() const
{
    return m_workbench->targetHost();
}

bool MainWindow::viewsPending() const
{
    return m_workbench->pending() || m_pciWorkbench->pending() || m_devicesPage->showPending() || m_clouds->busy() || m_cloudsPage->connectPending()
        || m_capacityPage->fleetPanel()->pending();
}
