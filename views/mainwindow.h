#pragma once

#include "core/appmode.h"
#include "flavors/usedevice.h"

#include <QMainWindow>

class HostListModel;
class Page;
class ProgressPanel;
class Settings;
namespace hosts {
class HostManager;
}
class QListWidget;
class QStackedWidget;

// Composes pages, menus and actions; holds no logic of its own. Pages are switched from the
// sidebar, the View menu (Ctrl+1..6) or showPage().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppMode mode, QWidget *parent = nullptr); // the user's settings
    MainWindow(AppMode mode, Settings *settings, QWidget *parent = nullptr); // settings outlive the window

    AppMode mode() const { return m_mode; }
    QStringList pageIds() const;
    bool showPage(const QString &id); // "xml" shows the flavors page with the preview in view
    Page *currentPage() const;
    Page *page(const QString &id) const;

    // Hosts: saved hosts, plus the snapshot file when given, else the bundled demo host when no
    // host is saved; startHostsReady() once the first host is shown (or failed to load).
    void openStartHosts(const QString &snapshotFile = {});
    hosts::HostManager *hostManager() const { return m_hosts; }
    Settings *settings() const { return m_settings; }
    QString currentHostId() const { return m_currentHost; }

Q_SIGNALS:
    void startHostsReady();
    // "Use in flavor" on the devices page: the flavors page applies
    // flavors::useDevice(currentFlavor, device, options).
    void useInFlavorRequested(const inventory::Device &device, const flavors::DeviceUseOptions &options);

private:
    void addPage(Page *page);
    void createMenus();
    void showAbout();
    void wireHosts();
    void showHost(const QString &id);

    AppMode m_mode;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QList<Page *> m_pages;
    Settings *m_settings;
    HostListModel *m_hostList;
    hosts::HostManager *m_hosts;
    ProgressPanel *m_progress;
    QString m_currentHost;
    bool m_startPending = false;
};
