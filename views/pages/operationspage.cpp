#include "pages/operationspage.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

OperationsPage::OperationsPage(QWidget *parent)
    : Page(parent)
    , m_model(new QStandardItemModel(0, 5, this))
    , m_view(new QTreeView(this))
{
    m_model->setHorizontalHeaderLabels({tr("Operation"), tr("Verdict"), tr("HTTP"), tr("Reason"), tr("Workaround")});
    m_view->setObjectName(QStringLiteral("operationsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
}

QString OperationsPage::title() const
{
    return tr("Operations");
}

QIcon OperationsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/page-operations.svg"));
}
