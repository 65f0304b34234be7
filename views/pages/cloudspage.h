#pragma once

#include "core/appmode.h"
#include "page.h"

class CloudFlavorsModel;
class FindingsModel;
class FlavorCompareModel;
class FlavorDocument;
class MessageBar;
class PushDialog;
class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;
namespace cloud {
class CloudManager;
struct CloudEntry;
}

// Clouds: the clouds of clouds.yaml beside the hosts. Pick one and connect: its state
// (connecting with the flavors read so far, connected, or the error naming cloud, service and
// URL), the Nova release its compute API names, and every deployed flavor with its errors and
// warnings for that release and how the open library's flavor of the same name differs. The
// selected flavor's findings (the findings page's model and texts) and the library's flavor
// beside the cloud's, field by field. A password is asked when none is found (the desktop keyring
// is read first) and "Forget Password" removes the keyring's. "Open in Library" selects it in the library; in operator
// mode "Import" copies deployed flavors into the library and "Push Library" opens the push dialog
// (auditors have neither action).
class CloudsPage : public Page
{
    Q_OBJECT
public:
    CloudsPage(cloud::CloudManager *manager, FlavorDocument *doc, AppMode mode, QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("clouds"); }
    QString title() const override;
    QIcon icon() const override;

    QString currentCloud() const;
    bool selectCloud(const QString &name);
    void connectCurrent();
    // Connects to `name` once clouds.yaml has been read and lists it (`vdeck --cloud NAME`).
    void connectWhenListed(const QString &name);
    // Once the current cloud is read: select `flavor` with the library's beside it (when not
    // empty) and open the push dialog (when `push`). `vdeck --cloud NAME --flavor F --push`.
    void showWhenConnected(const QString &flavor, bool push);
    bool connectPending() const { return !m_pendingConnect.isEmpty() || m_pendingShow; }
    bool selectFlavor(const QString &name);
    QString currentFlavor() const;
    void openPushDialog();

    QList<QAction *> cloudActions() const { return m_actions; }
    MessageBar *messageBar() const { return m_messages; }
    CloudFlavorsModel *flavorsModel() const { return m_flavors; }
    FindingsModel *findingsModel() const { return m_findings; }
    FlavorCompareModel *compareModel() const { return m_compare; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void openInLibraryRequested(const QString &flavor);

private:
    QAction *addAction(const QString &name, const QString &text, void (CloudsPage::*slot)());
    QWidget *detailsPane();
    void reloadClouds();
    void showClouds();
    void scheduleRefresh();
    void refresh();
    void showStatus();
    void showFlavor();
    void showFindingDetails();
    void askPassword(const QString &name, const QString &description);
    void forgetPassword();
    void openInLibrary();
    void importCurrent();
    void importAll();
    void importFlavor(const QString &name);
    void updateActions();
    void showPending(const cloud::CloudEntry &entry);

    cloud::CloudManager *m_manager;
    FlavorDocument *m_doc;
    AppMode m_mode;
    QComboBox *m_clouds;
    QLabel *m_status;
    MessageBar *m_messages;
    CloudFlavorsModel *m_flavors;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_flavorView;
    QTabWidget *m_tabs;
    QLabel *m_findingsHeading;
    FindingsModel *m_findings;
    QTreeView *m_findingsView;
    QLabel *m_findingDetails;
    QLabel *m_compareHeading;
    FlavorCompareModel *m_compare;
    QTreeView *m_compareView;
    QList<QAction *> m_actions;
    QAction *m_connect = nullptr;
    QAction *m_forget = nullptr;
    QAction *m_push = nullptr;
    QAction *m_open = nullptr;
    QAction *m_import = nullptr;
    QAction *m_importAll = nullptr;
    bool m_refreshPending = false;
    QString m_pendingConnect;
    bool m_pendingShow = false;
    QString m_pendingFlavor;
    bool m_pendingPush = false;
};
