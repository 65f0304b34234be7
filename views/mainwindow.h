#pragma once

#include "core/appmode.h"
#include "flavors/usedevice.h"

#include <QMainWindow>

#include <memory>

class FlavorDocument;
class FileChooser;
class FlavorsPage;
class HostListModel;
class HostSelector;
class Page;
class ProgressPanel;
class ReportExport;
class Settings;
namespace hosts {
class HostManager;
}
namespace hostfit {
class CapacityRunner;
}
class QListWidget;
class QStackedWidget;

// Composes pages, menus and actions; holds no logic of its own. Pages are switched from the
// sidebar, the View menu (Ctrl+1..6) or showPage(). The flavor document is shared by the
// Flavors, Findings and Operations pages; the Nova release and the target host are chosen in
// the tool bar (the target host also on the hosts page; both stay in sync).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `settings` may be injected (tests use a temporary file; it must outlive the window);
    // else the user's settings.
    explicit MainWindow(AppMode mode, Settings *settings = nullptr, QWidget *parent = nullptr);

    AppMode mode() const { return m_mode; }
    QStringList pageIds() const;
    bool showPage(const QString &id); // "xml" shows the flavors page with the preview in view
    Page *currentPage() const;
    Page *page(const QString &id) const;
    FlavorDocument *flavorDocument() const { return m_doc; }
    // Opens a flavor library and makes `flavor` current (the first when empty). Returns the
    // error, or an empty string.
    QString openFlavorLibrary(const QString &path, const QString &flavor = {});

    // Hosts: saved hosts, plus the snapshot file when given, else the bundled demo host when no
    // host is saved; startHostsReady() once the first host is shown (or failed to load).
    void openStartHosts(const QString &snapshotFile = {});
    hosts::HostManager *hostManager() const { return m_hosts; }
    Settings *settings() const { return m_settings; }
    QString currentHostId() const { return m_currentHost; }
    // Where every page asks for file names (a QFileDialog by default; scripted in tests).
    void setFileChooser(const std::shared_ptr<FileChooser> &chooser);
    HostSelector *hostSelector() const { return m_hostSelector; }
    hostfit::CapacityRunner *capacityRunner() const { return m_capacity; }
    // A capacity check of the current flavor is queued (for the next event-loop turn) or running.
    bool capacityPending() const;
    // Work the window still shows as pending: capacityPending(), or a large host's device rows
    // being built off the GUI thread (what `vdeck --screenshot` waits for).
    bool viewsPending() const;

Q_SIGNALS:
    void startHostsReady();
    // "Use in flavor" on the devices page: the flavors page applies
    // flavors::useDevice(currentFlavor, device, options).
    void useInFlavorRequested(const inventory::Device &device, const flavors::DeviceUseOptions &options);

private:
    void addPage(Page *page);
    void createMenus();
    void createToolBar();
    void showAbout();
    void wireHosts();
    void wirePreview();
    void refreshPreview();
    void editComputeProfile();
    void showHost(const QString &id);
    void wireCapacity();
    void requestCapacity();
    void startCapacity();
    void showCapacityResults();

    AppMode m_mode;
    Settings *m_settings;
    FlavorDocument *m_doc;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    FlavorsPage *m_flavors = nullptr;
    ReportExport *m_report = nullptr;
    std::shared_ptr<FileChooser> m_files;
    QList<Page *> m_pages;
    HostListModel *m_hostList;
    hosts::HostManager *m_hosts;
    ProgressPanel *m_progress;
    HostSelector *m_hostSelector = nullptr;
    hostfit::CapacityRunner *m_capacity;
    QString m_currentHost;
    bool m_startPending = false;
    bool m_capacityQueued = false;
};
