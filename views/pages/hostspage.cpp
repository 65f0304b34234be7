#include "pages/hostspage.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

HostsPage::HostsPage(QWidget *parent)
    : Page(parent)
    , m_model(new QStandardItemModel(0, 5, this))
    , m_view(new QTreeView(this))
{
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("URI"), tr("State"), tr("libvirt"), tr("QEMU")});
    m_view->setObjectName(QStringLiteral("hostsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
}

QString HostsPage::title() const
{
    return tr("Hosts");
}

QIcon HostsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/page-hosts.svg"));
}
