#include "pages/hostspage.h"

#include "actionpolicy.h"
#include "dialogs/connectdialog.h"
#include "dialogs/credentialdialog.h"
#include "dialogs/edithostdialog.h"
#include "dialogs/filechooser.h"
#include "hosts/credentialbridge.h"
#include "hosts/hostmanager.h"
#include "itemmodels/hostlistmodel.h"
#include "viewutil.h"
#include "pci/driftpanel.h"
#include "widgets/hostdetails.h"
#include "widgets/messagebar.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QFileInfo>
#include <QLocale>
#include <QHeaderView>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

HostsPage::HostsPage(hosts::HostManager *manager, HostListModel *list, AppMode mode, QWidget *parent)
    : Page(parent)
    , m_manager(manager)
    , m_list(list)
    , m_mode(mode)
    , m_view(new QTreeView(this))
    , m_details(new HostDetails(this))
    , m_drift(new DriftPanel(this))
    , m_messages(new MessageBar(this))
    , m_files(std::make_shared<DialogFileChooser>())
{
    m_view->setObjectName(QStringLiteral("hostsView"));
    viewutil::setupView(m_view, list);
    m_view->setRootIsDecorated(false);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(HostListModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(HostListModel::UriColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(HostListModel::StateColumn, QHeaderView::Interactive);
    header->resizeSection(HostListModel::NameColumn, 230);
    header->resizeSection(HostListModel::StateColumn, 240);
    header->setSectionResizeMode(HostListModel::LibvirtColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HostListModel::HypervisorColumn, QHeaderView::ResizeToContents);
    createActions(mode);

    // Two rows: the connection of the selected host, and files (snapshots, facts, the demo host);
    // one row of nine would not fit 1024 px in German or French (issue 20).
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("hostsToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *files = new QToolBar(this);
    files->setObjectName(QStringLiteral("hostFilesToolBar"));
    files->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *a : std::as_const(m_actions)) {
        const bool file = a == m_capture || a == m_facts || a->objectName() == QLatin1String("actionOpenSnapshot")
                          || a->objectName() == QLatin1String("actionOpenDemoHost");
        (file ? files : toolbar)->addAction(a);
    }

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("hostsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->addWidget(m_drift);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({200, 520, 120});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(files);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        m_details->showEntry(m_manager->registry()->entry(currentHostId()));
        Q_EMIT currentHostChanged(currentHostId());
    });
    connect(list, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        if (from.row() == m_view->currentIndex().row()) {
            updateActions();
            m_details->showEntry(m_manager->registry()->entry(currentHostId()));
        }
    });
    connect(manager->registry(), &hosts::HostRegistry::snapshotChanged, this, [this](const QString &id) {
        if (id == currentHostId())
            m_details->showEntry(m_manager->registry()->entry(id));
    });
    connect(manager, &hosts::HostManager::errorOccurred, m_messages, &MessageBar::showError);
    connect(manager, &hosts::HostManager::snapshotSaved, m_messages, [this](const QString &path) {
        m_messages->showInfo(tr("Snapshot saved to %1").arg(path));
    });
    connect(manager, &hosts::HostManager::snapshotOpened, this, &HostsPage::selectWhenOpened);
    connect(manager->credentials(), &hosts::CredentialBridge::requested, this, &HostsPage::askCredentials);
    updateActions();
}

QString HostsPage::title() const
{
    return tr("Hosts");
}

QIcon HostsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/page-hosts.svg"));
}

QAction *HostsPage::makeAction(const QString &name, const QString &text, const QString &icon, void (HostsPage::*slot)())
{
    auto *a = new QAction(icon.isEmpty() ? QIcon() : QIcon(icon), text, this);
    a->setObjectName(name);
    connect(a, &QAction::triggered, this, slot);
    m_actions.append(a);
    m_view->addAction(a);
    return a;
}

void HostsPage::createActions(AppMode mode)
{
    makeAction(QStringLiteral("actionConnectHost"), tr("&Connect to Host…"), QString(), &HostsPage::showConnectDialog);
    makeAction(QStringLiteral("actionOpenSnapshot"), tr("&Open Host Snapshot…"), QString(), &HostsPage::openSnapshot);
    m_capture = makeAction(QStringLiteral("actionCaptureSnapshot"), tr("C&apture Snapshot…"), QString(), &HostsPage::captureSnapshot);
    m_facts = makeAction(QStringLiteral("actionLoadFacts"), tr("Load Host &Facts…"), QString(), &HostsPage::loadFacts);
    makeAction(QStringLiteral("actionOpenDemoHost"), tr("Open De&mo Host"), QString(), &HostsPage::openDemoHost);
    m_reconnect = makeAction(QStringLiteral("actionReconnect"), tr("&Reconnect"), QString(), &HostsPage::reconnect);
    m_disconnect = makeAction(QStringLiteral("actionDisconnect"), tr("&Disconnect"), QString(), &HostsPage::disconnectHost);
    if (mode == AppMode::Operator) { // auditors do not manage saved hosts: the action does not exist
        m_edit = makeAction(QStringLiteral("actionEditHost"), tr("&Edit Host…"), QString(), &HostsPage::editHost);
        actionpolicy::markWrites(m_edit);
        m_remove = makeAction(QStringLiteral("actionRemoveHost"), tr("Re&move Host…"), QString(), &HostsPage::removeHost);
        actionpolicy::markWrites(m_remove);
    }
}

void HostsPage::updateActions()
{
    using hosts::HostEntry;
    const HostEntry *e = m_manager->registry()->entry(currentHostId());
    const bool live = e && e->state != HostEntry::State::Snapshot;
    m_capture->setEnabled(e && !e->snapshot.isNull());
    m_facts->setEnabled(e && !e->snapshot.isNull());
    m_reconnect->setEnabled(live && e->state != HostEntry::State::Connecting);
    m_disconnect->setEnabled(live && (e->state == HostEntry::State::Connected || e->state == HostEntry::State::Connecting
                                      || e->state == HostEntry::State::Disconnected));
    if (m_remove)
        m_remove->setEnabled(e != nullptr);
    if (m_edit)
        m_edit->setEnabled(e && m_manager->savedHost(e->id).has_value());
}

QString HostsPage::currentHostId() const
{
    return m_view->currentIndex().data(HostListModel::HostIdRole).toString();
}

void HostsPage::selectHost(const QString &id)
{
    const int row = m_list->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_list->index(row, 0));
}

void HostsPage::setFileChooser(std::shared_ptr<FileChooser> chooser)
{
    m_drift->setFileChooser(chooser);
    m_files = std::move(chooser);
}

void HostsPage::showConnectDialog()
{
    auto *dialog = new ConnectDialog(m_mode == AppMode::Auditor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = m_manager->connectHost(dialog->host(), dialog->saveHost());
        selectHost(id);
    });
    dialog->open();
}

void HostsPage::openSnapshot()
{
    m_files->openFile(this, tr("Open Host Snapshot"), tr("vDeck host snapshots (*.vdeckhost);;All files (*)"), [this](const QString &path) {
        if (!path.isEmpty())
            m_manager->openSnapshotFile(path);
    });
}

void HostsPage::captureSnapshot()
{
    const QString id = currentHostId();
    const inventory::HostSnapshot s = m_manager->registry()->snapshot(id);
    const hosts::HostEntry *e = m_manager->registry()->entry(id);
    if (s.isNull() || !e)
        return;
    // A host whose connection is gone would save what was read before: only when asked to.
    if (e->state != hosts::HostEntry::State::Connected && e->state != hosts::HostEntry::State::Snapshot
        && MessageBox::instance().question(this, tr("Capture Snapshot"),
                                           tr("%1 is not connected. Save its devices as last read, at %2?")
                                               .arg(e->name, QLocale().toString(s.capturedAt().toLocalTime(), QLocale::ShortFormat)),
                                           QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Save)
        return;
    const QString suggested = (s.identity().hostname.isEmpty() ? QStringLiteral("host") : s.identity().hostname) + QStringLiteral(".vdeckhost");
    m_files->saveFile(this, tr("Save Host Snapshot"), suggested, tr("vDeck host snapshots (*.vdeckhost)"), [this, id](const QString &path) {
        if (!path.isEmpty())
            m_manager->captureSnapshot(id, path); // with the ssh probe's facts for ssh-based URIs
    });
}

void HostsPage::loadFacts()
{
    const QString id = currentHostId();
    m_files->openFile(this, tr("Load Host Facts (vdeckctl probe --json)"), tr("JSON files (*.json);;All files (*)"), [this, id](const QString &path) {
        if (!path.isEmpty())
            m_manager->attachFacts(id, path);
    });
}

void HostsPage::reconnect()
{
    m_manager->reconnect(currentHostId());
}

void HostsPage::disconnectHost()
{
    m_manager->disconnectHost(currentHostId());
}

// Asks first; the message bar then offers to take it back (the saved host, connected again when
// it was open; a snapshot file opened again).
void HostsPage::removeHost()
{
    const QString id = currentHostId();
    const hosts::HostEntry *e = m_manager->registry()->entry(id);
    if (!e)
        return;
    const QString name = e->name;
    const bool wasOpen = e->state != hosts::HostEntry::State::Closed && e->state != hosts::HostEntry::State::Snapshot;
    const std::optional<SavedHost> saved = m_manager->savedHost(id);
    const QString snapshotFile = e->state == hosts::HostEntry::State::Snapshot ? e->uri : QString();
    const QString question = saved ? tr("Remove the saved host %1? It is closed and no longer listed at start.").arg(name)
                                   : tr("Remove %1 from the list?").arg(name);
    if (MessageBox::instance().question(this, tr("Remove Host"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_manager->remove(id);
    m_messages->showUndoable(tr("Removed %1.").arg(name), tr("Undo"), [this, saved, wasOpen, snapshotFile, name] {
        if (saved)
            m_manager->restoreSavedHost(*saved, wasOpen);
        else if (!snapshotFile.isEmpty())
            m_manager->openSnapshotFile(snapshotFile, name);
    });
}

void HostsPage::editHost()
{
    const QString id = currentHostId();
    const std::optional<SavedHost> saved = m_manager->savedHost(id);
    if (!saved)
        return;
    auto *dialog = new EditHostDialog(*saved, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] { selectHost(m_manager->editSavedHost(id, dialog->host())); });
    dialog->open();
}

void HostsPage::openDemoHost()
{
    m_manager->openSnapshotFile(QStringLiteral(":/demo/demo.vdeckhost"), tr("Demo host"));
}

// Snapshot files opened together (100 at once) finish in the same event-loop turn: the one opened
// last is selected once, at the end of that turn, instead of each in turn (every selection shows
// its host on the devices, capacity and flavor pages).
void HostsPage::selectWhenOpened(const QString &id)
{
    const bool queued = !m_openedToSelect.isEmpty();
    m_openedToSelect = id;
    if (!queued)
        QMetaObject::invokeMethod(this, [this] { selectHost(std::exchange(m_openedToSelect, QString())); }, Qt::QueuedConnection);
}

void HostsPage::askCredentials(quint64 id, const QString &uri, const QList<hosts::CredentialRequest> &requests)
{
    auto *dialog = new CredentialDialog(uri, requests, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    hosts::CredentialBridge *bridge = m_manager->credentials();
    connect(dialog, &QDialog::finished, bridge, [bridge, dialog, id](int result) {
        bridge->answer(id, dialog->answers(), result == QDialog::Accepted);
    });
    dialog->open();
}
