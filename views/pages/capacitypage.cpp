#include "pages/capacitypage.h"

#include "widgets/capacitycharts.h"
#include "widgets/fleetpanel.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

CapacityPage::CapacityPage(QWidget *parent)
    : Page(parent)
    , m_host(new QLabel(this))
    , m_hugepages(makeView(QStringLiteral("hugepagesChart"), tr("Hugepages per NUMA node and size")))
    , m_vfs(makeView(QStringLiteral("vfChart"), tr("VF use per PF")))
    , m_mdevs(makeView(QStringLiteral("mdevChart"), tr("mdev instances per type")))
    , m_flavorFit(makeView(QStringLiteral("flavorFitChart"), tr("Instances of the current flavor that fit")))
    , m_fitDetails(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    m_fitDetails->setObjectName(QStringLiteral("flavorFitDetails"));
    m_fitDetails->setWordWrap(true);
    m_fitDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *fit = new QVBoxLayout;
    fit->addWidget(m_flavorFit, 1);
    fit->addWidget(m_fitDetails);
    m_host->setObjectName(QStringLiteral("capacityHost"));
    auto *grid = new QGridLayout;
    grid->addWidget(m_hugepages, 0, 0);
    grid->addWidget(m_vfs, 0, 1);
    grid->addWidget(m_mdevs, 1, 0);
    grid->addLayout(fit, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    auto *hostTab = new QWidget(m_tabs);
    hostTab->setObjectName(QStringLiteral("capacityHostTab"));
    auto *hostLayout = new QVBoxLayout(hostTab);
    hostLayout->addWidget(m_host);
    hostLayout->addLayout(grid, 1);
    m_tabs->setObjectName(QStringLiteral("capacityTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(hostTab, tr("This Host"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setSnapshot({});
    setFlavorFit({}, {}, false);
}

QChartView *CapacityPage::makeView(const QString &name, const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, this);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void CapacityPage::setFleetPanel(FleetPanel *panel)
{
    m_fleet = panel;
    m_tabs->addTab(panel, tr("Fleet (Placement)"));
}

void CapacityPage::showFleetTab()
{
    if (m_fleet)
        m_tabs->setCurrentWidget(m_fleet);
}

QString CapacityPage::title() const
{
    return tr("Capacity");
}

QIcon CapacityPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/page-capacity.svg"));
}

QList<QChart *> CapacityPage::charts() const
{
    return {m_hugepages->chart(), m_vfs->chart(), m_mdevs->chart(), m_flavorFit->chart()};
}

QChart *CapacityPage::flavorFitChart() const
{
    return m_flavorFit->chart();
}

void CapacityPage::setFlavorFit(const QString &flavor, const QList<workbench::HostResult> &results, bool busy)
{
    QList<capacitycharts::FlavorFitBar> bars;
    QStringList lines;
    for (const workbench::HostResult &r : results) {
        const hostfit::CapacityEstimate &e = r.verdict.capacity;
        bars.append({r.name, e.fits, e.capped});
        lines << tr("<b>%1</b>: %2 — limited by %3")
                     .arg(r.name.toHtmlEscaped(), e.capped ? tr("at least %1").arg(e.fits) : QString::number(e.fits), e.limitedBy.toHtmlEscaped());
    }
    m_flavorFit->chart()->setTitle(flavor.isEmpty() ? tr("Instances of the current flavor that fit")
                                                    : tr("Instances of %1 that fit").arg(flavor));
    m_wantBars = bars;
    drawCharts();
    QString text = flavor.isEmpty() ? tr("No flavor selected.") : results.isEmpty() && !busy ? tr("No host open.") : lines.join(QStringLiteral("<br>"));
    if (busy)
        text = tr("Computing…") + (text.isEmpty() ? QString() : QStringLiteral("<br>") + text);
    m_fitDetails->setText(text);
}

void CapacityPage::setSnapshot(const inventory::HostSnapshot &snapshot)
{
    const inventory::CapacitySummary summary = inventory::summarizeCapacity(snapshot);
    m_host->setText(snapshot.isNull() ? tr("No host selected.")
                                      : tr("<b>%1</b> — captured %2").arg(snapshot.identity().hostname.toHtmlEscaped(),
                                                                          QLocale().toString(snapshot.capturedAt().toLocalTime(), QLocale::ShortFormat)));
    m_wantSummary = summary;
    drawCharts();
}

// A page that is not shown draws nothing (rebuilding a chart and its layout takes milliseconds,
// and a node-device event can change all three): it catches up when it is shown.
void CapacityPage::drawCharts()
{
    if (!isVisible())
        return;
    bool drawn = false;
    if (m_wantSummary != m_summary) {
        capacitycharts::showHugepages(m_hugepages->chart(), m_wantSummary);
        capacitycharts::showVfs(m_vfs->chart(), m_wantSummary);
        capacitycharts::showMdevs(m_mdevs->chart(), m_wantSummary);
        m_summary = m_wantSummary;
        drawn = true;
    }
    if (m_wantBars != m_bars) {
        capacitycharts::showFlavorFit(m_flavorFit->chart(), m_wantBars);
        m_bars = m_wantBars;
        drawn = true;
    }
    if (drawn)
        applyTheme();
}

void CapacityPage::showEvent(QShowEvent *event)
{
    drawCharts();
    Page::showEvent(event);
}

void CapacityPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    Page::changeEvent(event);
}

void CapacityPage::applyTheme()
{
    for (QChart *chart : charts())
        capacitycharts::applyTheme(chart, palette());
}
