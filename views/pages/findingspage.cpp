#include "pages/findingspage.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

FindingsPage::FindingsPage(QWidget *parent)
    : Page(parent)
    , m_model(new QStandardItemModel(0, 6, this))
    , m_view(new QTreeView(this))
{
    m_model->setHorizontalHeaderLabels({tr("Severity"), tr("Code"), tr("Stage"), tr("HTTP"), tr("Message"), tr("Fix")});
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
}

QString FindingsPage::title() const
{
    return tr("Findings");
}

QIcon FindingsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/page-findings.svg"));
}
