#include "pages/flavorspage.h"
#include "widgets/xmlview.h"

#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

FlavorsPage::FlavorsPage(QWidget *parent)
    : Page(parent)
    , m_library(new QListView(this))
    , m_editor(new QTabWidget(this))
    , m_xml(new XmlView(this))
{
    m_library->setObjectName(QStringLiteral("flavorLibrary"));
    m_editor->setObjectName(QStringLiteral("flavorEditor"));
    m_xml->setObjectName(QStringLiteral("xmlPreview"));
    m_editor->addTab(new QWidget(m_editor), tr("Compute"));
    m_editor->addTab(new QWidget(m_editor), tr("CPU"));
    m_editor->addTab(new QWidget(m_editor), tr("Memory"));
    m_editor->addTab(new QWidget(m_editor), tr("Devices"));
    m_editor->addTab(new QWidget(m_editor), tr("Raw"));

    auto *xmlPane = new QWidget(this);
    auto *xmlLayout = new QVBoxLayout(xmlPane);
    xmlLayout->setContentsMargins(0, 0, 0, 0);
    xmlLayout->addWidget(new QLabel(tr("Domain XML preview"), xmlPane));
    xmlLayout->addWidget(m_xml, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("flavorSplitter"));
    splitter->addWidget(m_library);
    splitter->addWidget(m_editor);
    splitter->addWidget(xmlPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

QString FlavorsPage::title() const
{
    return tr("Flavors");
}

QIcon FlavorsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/page-flavors.svg"));
}

void FlavorsPage::showXmlPreview()
{
    m_xml->setFocus();
}
