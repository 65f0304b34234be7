// MainWindow's hosts wiring: the hosts page and the tool bar's host selector choose the
// workbench's target host; a host being read shows its devices as they arrive; progress goes to
// the status bar.
#include "mainwindow.h"

#include "core/settings.h"
#include "hosts/hostmanager.h"
#include "hosts/hostregistry.h"
#include "pages/capacitypage.h"
#include "pages/devicespage.h"
#include "pages/hostspage.h"
#include "pci/driftpanel.h"
#include "pci/pcipage.h"
#include "widgets/hostselector.h"
#include "widgets/progresspanel.h"
#include "workbench/flavorworkbench.h"
#include "workbench/pciworkbench.h"

#include <QStatusBar>

void MainWindow::wireHosts()
{
    connect(m_hostsPage, &HostsPage::currentHostChanged, m_workbench, &workbench::FlavorWorkbench::setTargetHost);
    connect(m_hostSelector, &HostSelector::hostChosen, m_hostsPage, &HostsPage::selectHost);
    connect(m_workbench, &workbench::FlavorWorkbench::targetSnapshotChanged, this, &MainWindow::showTarget);
    connect(m_hosts, &hosts::HostManager::devicesArrived, this, [this](const QString &id, const inventory::HostSnapshot &partial) {
        if (id == m_workbench->targetHost())
            m_devicesPage->appendDevices(partial);
    });
    // A capture that ends without a new snapshot (failed, cancelled, connection lost) must not
    // leave its partial rows looking like the host: the last complete state comes back.
    connect(m_hosts, &hosts::HostManager::progressFinished, this, [this](const QString &id) {
        if (id == m_workbench->targetHost() && m_devicesPage->showsPartial())
            showTarget(id, m_registry->snapshot(id));
    });
    connect(m_hosts, &hosts::HostManager::progress, m_progress, &ProgressPanel::showProgress);
    connect(m_hosts, &hosts::HostManager::progressFinished, m_progress, &ProgressPanel::finish);
    connect(m_progress, &ProgressPanel::cancelRequested, m_hosts, &hosts::HostManager::cancel);
    connect(m_hosts, &hosts::HostManager::errorOccurred, this, [this](const QString &message) { statusBar()->showMessage(message, 15000); });
}

// The target host (or none) on the pages that show one host, the tool bar and the status bar.
void MainWindow::showTarget(const QString &id, const inventory::HostSnapshot &snapshot)
{
    m_devicesPage->setSnapshot(snapshot, snapshot.hostFacts(), id);
    m_capacityPage->setSnapshot(snapshot);
    m_pciWorkbench->setHost(id, snapshot);
    m_hostsPage->drift()->setSnapshot(snapshot);
    const hosts::HostEntry *e = m_registry->entry(id);
    const QString message = e ? tr("Host: %1").arg(e->name) : tr("No host open");
    if (statusBar()->currentMessage() != message) // not repainted at every node-device event
        statusBar()->showMessage(message);
    m_hostSelector->selectHost(id);
}

void MainWindow::wireStartHosts()
{
    connect(m_hosts, &hosts::HostManager::errorOccurred, this, [this] {
        if (m_startPending) {
            m_startPending = false;
            Q_EMIT startHostsReady();
        }
    });
    // Queued, so that it runs after the hosts page's queued selection of the opened snapshot
    // (HostsPage::selectWhenOpened): "ready" means the start host is shown.
    connect(m_hosts, &hosts::HostManager::snapshotOpened, this, [this] {
        if (m_startPending) {
            m_startPending = false;
            Q_EMIT startHostsReady();
        }
    }, Qt::QueuedConnection);
}

void MainWindow::openStartHosts(const QString &snapshotFile)
{
    m_hosts->loadSavedHosts();
    if (snapshotFile.isEmpty() && m_settings->reconnectAtStart()) // a start on the user's own hosts
        m_hosts->connectSavedHosts();
    m_startPending = true;
    const QString demo = QStringLiteral(":/demo/demo.vdeckhost");
    if (snapshotFile == demo || (snapshotFile.isEmpty() && m_registry->count() == 0)) {
        m_hosts->openSnapshotFile(demo, tr("Demo host"));
    } else if (!snapshotFile.isEmpty()) {
        m_hosts->openSnapshotFile(snapshotFile);
    } else {
        m_startPending = false;
        m_hostsPage->selectHost(m_registry->at(0).id);
        Q_EMIT startHostsReady();
    }
}
