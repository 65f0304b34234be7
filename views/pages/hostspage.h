#pragma once

#include "page.h"

class QTreeView;
class QStandardItemModel;

// Hosts: the saved and open hosts (name, URI, connection state, libvirt and QEMU versions).
class HostsPage : public Page
{
    Q_OBJECT
public:
    explicit HostsPage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("hosts"); }
    QString title() const override;
    QIcon icon() const override;

private:
    QStandardItemModel *m_model;
    QTreeView *m_view;
};
