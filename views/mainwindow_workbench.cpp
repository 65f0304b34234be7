// MainWindow's workbench wiring: what the flavor workbench computes for the current flavor on
// the target host (domain XML, schema verdict, capacity of every open host, the target host's
// findings) goes to the flavors, findings and capacity pages; "Use in flavor", "Validate on
// host" (operator mode only) and the compute profile dialog go back to it.
#include "mainwindow.h"

#include "dialogs/computeprofiledialog.h"
#include "document/flavordocument.h"
#include "hosts/hostmanager.h"
#include "hosts/hostregistry.h"
#include "hosts/hostsession.h"
#include "pages/capacitypage.h"
#include "pages/devicespage.h"
#include "pages/findingspage.h"
#include "pages/flavorspage.h"
#include "flavoreditor/flavoreditor.h"
#include "widgets/messagebar.h"
#include "widgets/messagebox.h"
#include "widgets/xmlpreviewpanel.h"
#include "workbench/computeprofiles.h"
#include "workbench/flavorworkbench.h"

void MainWindow::wireWorkbench()
{
    using workbench::FlavorWorkbench;
    XmlPreviewPanel *panel = m_flavors->xmlPanel();
    // One list of findings for the flavor on the target host, shown alike by the findings page and
    // the editor's summary; the XML pane shows the same errors.
    const auto showFindings = [this] {
        if (const auto found = m_workbench->targetFindings()) {
            m_findingsPage->setHostFindings(found->hostName, found->findings);
            m_flavors->setHostFindings(found->hostName, found->findings);
            m_flavors->xmlPanel()->setFindings(found->hostName.isEmpty() ? m_doc->findings() : found->findings);
        }
    };
    connect(m_workbench, &FlavorWorkbench::previewChanged, panel, [this, panel, showFindings] {
        if (const auto &preview = m_workbench->preview())
            panel->setResult(*preview, m_workbench->previewHostName());
        else
            panel->showNoHost();
        showFindings();
    });
    connect(m_workbench, &FlavorWorkbench::schemaChanged, panel,
            [this, panel] { panel->showSchema(m_workbench->schemaChecking(), m_workbench->schema()); });
    connect(m_workbench, &FlavorWorkbench::capacityChanged, this, [this, showFindings] {
        const flavors::Flavor *flavor = m_doc->current();
        m_capacityPage->setFlavorFit(flavor ? flavor->name : QString(), m_workbench->currentCapacity(), m_workbench->capacityBusy());
        showFindings();
    });
    connect(m_workbench, &FlavorWorkbench::problem, m_flavors->messageBar(), &MessageBar::showError);
    // Asked first (it edits the flavor); then the editor shows what was added: its Devices tab.
    connect(m_devicesPage, &DevicesPage::useInFlavorRequested, this, [this](const inventory::Device &device, const flavors::DeviceUseOptions &options) {
        const QString what = options.mdevType.isEmpty() ? device.name : tr("%1 (mdev type %2)").arg(device.name, options.mdevType);
        const flavors::Flavor *flavor = m_doc->current();
        const QString question = flavor ? tr("Add %1 to the flavor %2?").arg(what, flavor->name) : tr("Add %1 to a new flavor?").arg(what);
        if (MessageBox::instance().question(this, tr("Use in Flavor"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
            != QMessageBox::Yes)
            return;
        if (m_workbench->useDevice(device, options)) {
            showPage(QStringLiteral("flavors"));
            m_flavors->editor()->showDevicesTab();
        }
    });
    connect(panel, &XmlPreviewPanel::validateRequested, this, [this, panel](const QString &xml) {
        hosts::HostSession *session = m_hosts->session(m_workbench->targetHost());
        if (m_mode == AppMode::Auditor || !session) {
            panel->showValidation(false, tr("validation needs a live operator connection to the host; snapshots cannot define domains"));
            return;
        }
        connect(session, &hosts::HostSession::domainValidated, panel, &XmlPreviewPanel::showValidation, Qt::SingleShotConnection);
        session->validateDomainXml(xml);
    });
    connect(panel, &XmlPreviewPanel::profileRequested, this, &MainWindow::editComputeProfile);
    const auto updateLive = [this, panel] {
        const hosts::HostEntry *e = m_workbench->targetEntry();
        panel->setHostLive(m_mode == AppMode::Operator && e && e->state == hosts::HostEntry::State::Connected
                           && m_hosts->session(e->id));
    };
    connect(m_workbench, &FlavorWorkbench::targetSnapshotChanged, panel, updateLive);
    connect(m_registry, &hosts::HostRegistry::changed, panel, updateLive);
}

void MainWindow::editComputeProfile()
{
    const hosts::HostEntry *host = m_workbench->targetEntry();
    if (!host) {
        m_flavors->messageBar()->showError(tr("Open a host first: the compute profile belongs to a host."));
        return;
    }
    workbench::ComputeProfiles *profiles = m_workbench->profiles();
    auto *dialog = new ComputeProfileDialog(host->name, host->snapshot, profiles->profile(host->name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileChooser(m_files);
    connect(dialog, &QDialog::accepted, this, [profiles, dialog, name = host->name] {
        if (const std::optional<domainxml::ComputeProfile> p = dialog->profile())
            profiles->setProfile(name, *p);
    });
    dialog->open();
}
