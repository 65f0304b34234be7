// MainWindow's flavor-on-host wiring: the XML preview follows the current flavor, the Nova
// release and the host chosen on the hosts page; "Use in flavor" on the devices page edits the
// current flavor; "Validate on host" goes to the host's session (operator mode only).
#include "mainwindow.h"

#include "core/settings.h"
#include "dialogs/computeprofiledialog.h"
#include "document/flavordocument.h"
#include "domainxml/builder.h"
#include "flavors/usedevice.h"
#include "hosts/hostmanager.h"
#include "hosts/hostsession.h"
#include "itemmodels/hostlistmodel.h"
#include "pages/flavorspage.h"
#include "widgets/messagebar.h"
#include "widgets/xmlpreviewpanel.h"

void MainWindow::wirePreview()
{
    XmlPreviewPanel *panel = m_flavors->xmlPanel();
    connect(m_doc, &FlavorDocument::flavorEdited, this, &MainWindow::refreshPreview);
    connect(m_doc, &FlavorDocument::currentChanged, this, &MainWindow::refreshPreview);
    connect(m_doc, &FlavorDocument::releaseChanged, this, &MainWindow::refreshPreview);
    connect(m_doc, &FlavorDocument::libraryChanged, this, &MainWindow::refreshPreview);
    connect(panel, &XmlPreviewPanel::validateRequested, this, [this, panel](const QString &xml) {
        hosts::HostSession *session = m_hosts->session(m_currentHost);
        if (m_mode == AppMode::Auditor || !session) {
            panel->showValidation(false, tr("validation needs a live operator connection to the host; snapshots cannot define domains"));
            return;
        }
        connect(session, &hosts::HostSession::domainValidated, panel, &XmlPreviewPanel::showValidation, Qt::SingleShotConnection);
        session->validateDomainXml(xml);
    });
    connect(panel, &XmlPreviewPanel::profileRequested, this, &MainWindow::editComputeProfile);
    connect(this, &MainWindow::useInFlavorRequested, this, [this](const inventory::Device &device, const flavors::DeviceUseOptions &options) {
        if (m_doc->isReadOnly())
            return;
        if (!m_doc->current()) {
            flavors::Flavor fresh;
            fresh.name = QStringLiteral("new.flavor");
            m_doc->addFlavor(fresh);
        }
        m_doc->editCurrent(tr("Use %1 in flavor").arg(device.name),
                           [&device, &options](flavors::Flavor &f) { f = flavors::useDevice(f, device, options); });
        showPage(QStringLiteral("flavors"));
    });
}

void MainWindow::refreshPreview()
{
    XmlPreviewPanel *panel = m_flavors->xmlPanel();
    const HostEntry *host = m_hostList->entry(m_currentHost);
    const flavors::Flavor *flavor = m_doc->current();
    if (!host || !flavor || host->snapshot.isNull()) {
        panel->showNoHost();
        return;
    }
    QString error;
    const std::optional<domainxml::ComputeProfile> profile = domainxml::profileFromJson(m_settings->computeProfile(host->name), &error);
    domainxml::BuildOptions options;
    options.release = m_doc->release();
    panel->setResult(domainxml::build(*flavor, host->snapshot, profile.value_or(domainxml::ComputeProfile{}), options), host->name);
}

void MainWindow::editComputeProfile()
{
    const HostEntry *host = m_hostList->entry(m_currentHost);
    if (!host) {
        m_flavors->messageBar()->showError(tr("Open a host first: the compute profile belongs to a host."));
        return;
    }
    QString error;
    const domainxml::ComputeProfile current =
        domainxml::profileFromJson(m_settings->computeProfile(host->name), &error).value_or(domainxml::ComputeProfile{});
    auto *dialog = new ComputeProfileDialog(host->name, host->snapshot, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileChooser(m_files);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name = host->name] {
        if (const std::optional<domainxml::ComputeProfile> p = dialog->profile()) {
            m_settings->setComputeProfile(name, domainxml::profileToJson(*p));
            refreshPreview();
        }
    });
    dialog->open();
}
