#include "pages/capacitypage.h"

#include <QChart>
#include <QChartView>
#include <QVBoxLayout>

CapacityPage::CapacityPage(QWidget *parent)
    : Page(parent)
    , m_hugepages(new QChartView(this))
{
    auto *chart = new QChart;
    chart->setTitle(tr("Hugepages per NUMA node"));
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_hugepages->setObjectName(QStringLiteral("hugepagesChart"));
    m_hugepages->setChart(chart);
    m_hugepages->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hugepages);
}

QString CapacityPage::title() const
{
    return tr("Capacity");
}

QIcon CapacityPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/page-capacity.svg"));
}
