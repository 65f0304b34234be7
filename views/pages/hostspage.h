#pragma once

#include "core/appmode.h"
#include "hosts/connection.h"
#include "page.h"

#include <memory>

class HostListModel;

class FileChooser;
class DriftPanel;
class HostDetails;
class MessageBar;
class QAction;
class QTreeView;

namespace hosts {
class HostManager;
}

// Hosts: the saved and open hosts (name, URI, connection state with reason and retry countdown,
// libvirt and QEMU versions) and the selected host's details. Connect (URI builder), open and
// capture snapshots, open the demo host, reconnect, disconnect; edit (rename) and remove (asked,
// undoable) saved hosts only in operator mode.
class HostsPage : public Page
{
    Q_OBJECT
public:
    HostsPage(hosts::HostManager *manager, HostListModel *list, AppMode mode, QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("hosts"); }
    QString title() const override;
    QIcon icon() const override;

    QList<QAction *> hostActions() const { return m_actions; }
    QString currentHostId() const;
    void selectHost(const QString &id);
    void setFileChooser(std::shared_ptr<FileChooser> chooser);
    MessageBar *messageBar() const { return m_messages; }
    DriftPanel *drift() const { return m_drift; }

    void showConnectDialog();

Q_SIGNALS:
    void currentHostChanged(const QString &id);

private:
    QAction *makeAction(const QString &name, const QString &text, const QString &icon, void (HostsPage::*slot)());
    void createActions(AppMode mode);
    void updateActions();
    void openSnapshot();
    void captureSnapshot();
    void loadFacts();
    void reconnect();
    void disconnectHost();
    void removeHost();
    void editHost();
    void openDemoHost();
    void askCredentials(quint64 id, const QString &uri, const QList<hosts::CredentialRequest> &requests);
    void selectWhenOpened(const QString &id);

    hosts::HostManager *m_manager;
    HostListModel *m_list;
    AppMode m_mode;
    QTreeView *m_view;
    HostDetails *m_details;
    DriftPanel *m_drift; // the day-2 check of the host (views/pci/driftpanel.h)
    MessageBar *m_messages;
    QString m_openedToSelect; // the snapshot opened last in this event-loop turn
    std::shared_ptr<FileChooser> m_files;
    QList<QAction *> m_actions;
    QAction *m_capture = nullptr;
    QAction *m_facts = nullptr;
    QAction *m_reconnect = nullptr;
    QAction *m_disconnect = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_edit = nullptr;
};
