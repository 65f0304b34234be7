#include "pages/devicespage.h"
#include "widgets/xmlview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

DevicesPage::DevicesPage(QWidget *parent)
    : Page(parent)
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_numa(new QComboBox(this))
    , m_tree(new QTreeView(this))
    , m_xml(new XmlView(this))
{
    m_filter->setObjectName(QStringLiteral("deviceFilter"));
    m_filter->setPlaceholderText(tr("Filter devices by name, address, driver or product"));
    m_filter->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("deviceKindFilter"));
    m_kind->addItem(tr("All kinds"), QString());
    m_numa->setObjectName(QStringLiteral("deviceNumaFilter"));
    m_numa->addItem(tr("All NUMA nodes"), -1);
    m_tree->setObjectName(QStringLiteral("deviceTree"));
    m_tree->setUniformRowHeights(true);
    m_xml->setObjectName(QStringLiteral("deviceXml"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_numa);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_xml);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
}

QString DevicesPage::title() const
{
    return tr("Devices");
}

QIcon DevicesPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/page-devices.svg"));
}
