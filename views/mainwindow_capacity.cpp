// MainWindow's capacity wiring: the current flavor is checked against every open host off the
// GUI thread (hostfit::CapacityRunner) whenever the flavor, the release or a host changes; the
// capacity page charts how many instances fit per host, the findings page shows the target
// host's findings. The tool bar's target host and the hosts page choose the same host.
#include "mainwindow.h"

#include "core/settings.h"
#include "document/flavordocument.h"
#include "hostfit/capacityrunner.h"
#include "hosts/hostmanager.h"
#include "itemmodels/hostlistmodel.h"
#include "pages/capacitypage.h"
#include "pages/devicespage.h"
#include "pages/findingspage.h"
#include "pages/hostspage.h"
#include "widgets/hostselector.h"

void MainWindow::wireCapacity()
{
    connect(m_hostSelector, &HostSelector::hostChosen, this, [this](const QString &id) {
        static_cast<HostsPage *>(page(QStringLiteral("hosts")))->selectHost(id);
    });
    connect(m_doc, &FlavorDocument::flavorEdited, this, &MainWindow::requestCapacity);
    connect(m_doc, &FlavorDocument::currentChanged, this, &MainWindow::requestCapacity);
    connect(m_doc, &FlavorDocument::releaseChanged, this, &MainWindow::requestCapacity);
    connect(m_doc, &FlavorDocument::libraryChanged, this, &MainWindow::requestCapacity);
    connect(m_hosts, &hosts::HostManager::snapshotChanged, this, &MainWindow::requestCapacity);
    connect(m_hostList, &QAbstractItemModel::rowsInserted, this, &MainWindow::requestCapacity);
    connect(m_hostList, &QAbstractItemModel::rowsRemoved, this, &MainWindow::requestCapacity);
    connect(m_hostList, &QAbstractItemModel::modelReset, this, &MainWindow::requestCapacity);
    connect(m_capacity, &hostfit::CapacityRunner::resultsReady, this, &MainWindow::showCapacityResults);
    requestCapacity();
}

bool MainWindow::capacityPending() const
{
    return m_capacityQueued || m_capacity->isBusy();
}

bool MainWindow::viewsPending() const
{
    return capacityPending() || static_cast<const DevicesPage *>(page(QStringLiteral("devices")))->showPending();
}

// Everything that can change what fits asks here; the check starts once per event-loop turn,
// so 100 hosts whose snapshots arrive in one turn cost one request (and one chart), not 100.
void MainWindow::requestCapacity()
{
    if (m_capacityQueued)
        return;
    m_capacityQueued = true;
    QMetaObject::invokeMethod(this, &MainWindow::startCapacity, Qt::QueuedConnection);
}

void MainWindow::startCapacity()
{
    m_capacityQueued = false;
    QList<hostfit::HostInput> hosts;
    for (const HostEntry &e : m_hostList->entries()) {
        if (e.snapshot.isNull())
            continue;
        QString error;
        const auto profile = domainxml::profileFromJson(m_settings->computeProfile(e.name), &error);
        hosts.append({e.id, e.name, e.snapshot, profile.value_or(domainxml::ComputeProfile{})});
    }
    const flavors::Flavor *flavor = m_doc->current();
    m_capacity->request(flavor ? *flavor : flavors::Flavor(), hosts, m_doc->release());
    showCapacityResults();
}

void MainWindow::showCapacityResults()
{
    const flavors::Flavor *flavor = m_doc->current();
    const QString name = flavor ? flavor->name : QString();
    const bool same = m_capacity->flavorName() == name;
    static_cast<CapacityPage *>(page(QStringLiteral("capacity")))
        ->setFlavorFit(name, same ? m_capacity->results() : QList<hostfit::HostResult>{}, m_capacity->isBusy());
    auto *findings = static_cast<FindingsPage *>(page(QStringLiteral("findings")));
    const hostfit::HostResult *r = same ? m_capacity->result(m_currentHost) : nullptr;
    if (r)
        findings->setHostFindings(r->name, r->verdict.findings);
    else if (!m_capacity->isBusy() || !same)
        findings->setHostFindings({}, {});
}
