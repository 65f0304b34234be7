#pragma once

#include "core/appmode.h"
#include "flavors/usedevice.h"

#include <QMainWindow>

#include <memory>

class CapacityPage;
class CloudsPage;
class PciPage;
class DevicesPage;
class FindingsPage;
class FlavorDocument;
class FileChooser;
class FlavorsPage;
class HostListModel;
class LibraryRecovery;
class HostSelector;
class HostsPage;
class OperationsPage;
class Page;
class ProgressPanel;
class ReportExport;
class Settings;
namespace inventory {
class HostSnapshot;
}
namespace hosts {
class HostManager;
class HostRegistry;
}
namespace cloud {
class CloudManager;
class CloudRegistry;
class FleetManager;
}
namespace workbench {
class FlavorWorkbench;
class PciWorkbench;
}
class QListWidget;
class QStackedWidget;

// Composes the models, pages, menus and actions and wires them; computes nothing itself. The
// hosts live in the host registry (written by the host manager), the flavor library in the
// flavor document, and "this flavor on that host" (target host, domain XML, schema verdict,
// capacity) in the flavor workbench: docs/DEVELOPING.md draws both data flows. Pages are
// switched from the sidebar, the View menu (Ctrl+1..6) or showPage().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `settings` may be injected (tests use a temporary file; it must outlive the window);
    // else the user's settings.
    explicit MainWindow(AppMode mode, Settings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    AppMode mode() const { return m_mode; }
    QStringList pageIds() const;
    bool showPage(const QString &id); // "xml" shows the flavors page with the preview in view
    Page *currentPage() const;
    Page *page(const QString &id) const;
    HostsPage *hostsPage() const { return m_hostsPage; }
    DevicesPage *devicesPage() const { return m_devicesPage; }
    FlavorsPage *flavorsPage() const { return m_flavors; }
    FindingsPage *findingsPage() const { return m_findingsPage; }
    OperationsPage *operationsPage() const { return m_operationsPage; }
    CapacityPage *capacityPage() const { return m_capacityPage; }
    PciPage *pciPage() const { return m_pciPage; }
    CloudsPage *cloudsPage() const { return m_cloudsPage; }
    cloud::CloudManager *cloudManager() const { return m_clouds; }
    cloud::FleetManager *fleetManager() const { return m_fleets; }
    FlavorDocument *flavorDocument() const { return m_doc; }
    // Opens a flavor library and makes `flavor` current (the first when empty). Returns the
    // error, or an empty string.
    QString openFlavorLibrary(const QString &path, const QString &flavor = {});

    // Hosts: saved hosts, plus the snapshot file when given, else the bundled demo host when no
    // host is saved; startHostsReady() once the first host is shown (or failed to load).
    void openStartHosts(const QString &snapshotFile = {});
    hosts::HostRegistry *hostRegistry() const { return m_registry; }
    hosts::HostManager *hostManager() const { return m_hosts; }
    HostListModel *hostList() const { return m_hostList; }
    workbench::FlavorWorkbench *workbench() const { return m_workbench; }
    workbench::PciWorkbench *pciWorkbench() const { return m_pciWorkbench; }
    Settings *settings() const { return m_settings; }
    QString currentHostId() const; // the workbench's target host
    // Where every page asks for file names (a QFileDialog by default; scripted in tests).
    void setFileChooser(const std::shared_ptr<FileChooser> &chooser);
    HostSelector *hostSelector() const { return m_hostSelector; }
    // Work the window still shows as pending: the workbench's (XML, schema check, capacity), the
    // PCI workbench's evaluation, a large host's device rows being built off the GUI thread, or a
    // cloud being read (what `vdeck --screenshot` waits for).
    bool viewsPending() const;

    // The flavor library's lifecycle (mainwindow_library.cpp): the title names the library and
    // its unsaved state; closing asks Save / Discard / Cancel; a recovery copy of unsaved edits
    // is kept, and one left by a vDeck that ended without saving is offered at the next start.
    LibraryRecovery *recovery() const { return m_recovery; }
    // Offers the newest recovery copy of a vDeck that is gone; true when one was recovered.
    bool offerRecovery();

Q_SIGNALS:
    void startHostsReady();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void wireLibrary();
    void updateTitle();
    void addPage(Page *page);
    void createMenus();
    void createToolBar();
    void showAbout();
    void wireHosts();
    void wireStartHosts();
    void wireWorkbench();
    void wireClouds();
    void showTarget(const QString &id, const inventory::HostSnapshot &snapshot);
    void editComputeProfile();

    AppMode m_mode;
    Settings *m_settings;
    FlavorDocument *m_doc;
    hosts::HostRegistry *m_registry;
    HostListModel *m_hostList;
    hosts::HostManager *m_hosts;
    workbench::FlavorWorkbench *m_workbench;
    workbench::PciWorkbench *m_pciWorkbench;
    cloud::CloudRegistry *m_cloudRegistry;
    cloud::CloudManager *m_clouds;
    cloud::FleetManager *m_fleets;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    HostsPage *m_hostsPage = nullptr;
    DevicesPage *m_devicesPage = nullptr;
    FlavorsPage *m_flavors = nullptr;
    FindingsPage *m_findingsPage = nullptr;
    OperationsPage *m_operationsPage = nullptr;
    CapacityPage *m_capacityPage = nullptr;
    PciPage *m_pciPage = nullptr;
    CloudsPage *m_cloudsPage = nullptr;
    ReportExport *m_report = nullptr;
    std::shared_ptr<FileChooser> m_files;
    QList<Page *> m_pages;
    ProgressPanel *m_progress;
    HostSelector *m_hostSelector = nullptr;
    bool m_startPending = false;
    LibraryRecovery *m_recovery = nullptr;
    bool m_closeApproved = false;
};
