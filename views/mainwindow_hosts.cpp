// MainWindow's hosts wiring: the hosts page chooses the host that the devices and capacity
// pages show; progress goes to the status bar.
#include "mainwindow.h"

#include "hosts/hostmanager.h"
#include "itemmodels/hostlistmodel.h"
#include "pages/capacitypage.h"
#include "pages/devicespage.h"
#include "pages/hostspage.h"
#include "widgets/hostselector.h"
#include "widgets/progresspanel.h"

#include <QStatusBar>

void MainWindow::wireHosts()
{
    auto *hostsPage = static_cast<HostsPage *>(page(QStringLiteral("hosts")));
    auto *devices = static_cast<DevicesPage *>(page(QStringLiteral("devices")));
    connect(hostsPage, &HostsPage::currentHostChanged, this, &MainWindow::showHost);
    connect(m_hosts, &hosts::HostManager::snapshotChanged, this, [this](const QString &id) {
        if (id == m_currentHost)
            showHost(id);
    });
    connect(m_hosts, &hosts::HostManager::devicesArrived, this, [devices, this](const QString &id, const inventory::HostSnapshot &partial) {
        if (id == m_currentHost)
            devices->appendDevices(partial);
    });
    // A capture that ends without a new snapshot (failed, cancelled, connection lost) must not
    // leave its partial rows looking like the host: the last complete state comes back.
    connect(m_hosts, &hosts::HostManager::progressFinished, this, [devices, this](const QString &id) {
        if (id == m_currentHost && devices->showsPartial())
            showHost(id);
    });
    connect(m_hostList, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_hostList->entry(m_currentHost))
            showHost(QString());
    });
    connect(m_hosts, &hosts::HostManager::progress, m_progress, &ProgressPanel::showProgress);
    connect(m_hosts, &hosts::HostManager::progressFinished, m_progress, &ProgressPanel::finish);
    connect(m_progress, &ProgressPanel::cancelRequested, m_hosts, &hosts::HostManager::cancel);
    connect(m_hosts, &hosts::HostManager::errorOccurred, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
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
    connect(devices, &DevicesPage::useInFlavorRequested, this, &MainWindow::useInFlavorRequested);
}

void MainWindow::openStartHosts(const QString &snapshotFile)
{
    m_hosts->loadSavedHosts();
    m_startPending = true;
    const QString demo = QStringLiteral(":/demo/demo.vdeckhost");
    if (snapshotFile == demo || (snapshotFile.isEmpty() && m_hostList->rowCount() == 0)) {
        m_hosts->openSnapshotFile(demo, tr("Demo host"));
    } else if (!snapshotFile.isEmpty()) {
        m_hosts->openSnapshotFile(snapshotFile);
    } else {
        m_startPending = false;
        static_cast<HostsPage *>(page(QStringLiteral("hosts")))->selectHost(m_hostList->entries().constFirst().id);
        Q_EMIT startHostsReady();
    }
}

void MainWindow::showHost(const QString &id)
{
    m_currentHost = id;
    const HostEntry *e = m_hostList->entry(id);
    const inventory::HostSnapshot snapshot = e ? e->snapshot : inventory::HostSnapshot();
    static_cast<DevicesPage *>(page(QStringLiteral("devices")))->setSnapshot(snapshot, snapshot.hostFacts(), id);
    static_cast<CapacityPage *>(page(QStringLiteral("capacity")))->setSnapshot(snapshot);
    const QString message = e ? tr("Host: %1").arg(e->name) : tr("No host open");
    if (statusBar()->currentMessage() != message) // not repainted at every node-device event
        statusBar()->showMessage(message);
    m_hostSelector->selectHost(id);
    refreshPreview();
    showCapacityResults();
}
