#pragma once

#include "workbench/capacityrunner.h"
#include "inventory/capacity.h"
#include "inventory/hostsnapshot.h"
#include "page.h"
#include "widgets/capacitycharts.h"

#include <optional>

class FleetPanel;
class QChart;
class QChartView;
class QLabel;
class QTabWidget;

// Two tabs: "This host" and "Fleet" (a cloud's compute nodes through Placement, FleetPanel).
// Capacity of the selected host (Qt Charts): hugepages reserved and free per NUMA node and size,
// VF use per PF, mdev instances per type; and how many instances of the current flavor fit on
// each open host (hostfit, computed off the GUI thread by the flavor workbench). Charts
// follow the palette and every new snapshot (captures and node-device events) while the page is
// shown, and catch up when it is shown again.
class CapacityPage : public Page
{
    Q_OBJECT
public:
    explicit CapacityPage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("capacity"); }
    QString title() const override;
    QIcon icon() const override;

    void setSnapshot(const inventory::HostSnapshot &snapshot);
    // The current flavor's fit per open host; `busy` while a newer result is being computed.
    void setFlavorFit(const QString &flavor, const QList<workbench::HostResult> &results, bool busy);
    QList<QChart *> charts() const;
    QChart *flavorFitChart() const;
    // The fleet tab (given by the window, which owns the cloud models it reads).
    void setFleetPanel(FleetPanel *panel);
    FleetPanel *fleetPanel() const { return m_fleet; }
    void showFleetTab();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QChartView *makeView(const QString &name, const QString &title);
    void drawCharts();
    void applyTheme();

    QLabel *m_host;
    QChartView *m_hugepages;
    QChartView *m_vfs;
    QChartView *m_mdevs;
    QChartView *m_flavorFit;
    QLabel *m_fitDetails;
    QTabWidget *m_tabs;
    FleetPanel *m_fleet = nullptr;
    // What the charts should show, and what they show (nothing yet: nullopt). An event or an
    // edit that changes none of it redraws nothing; a hidden page draws when shown.
    inventory::CapacitySummary m_wantSummary;
    QList<capacitycharts::FlavorFitBar> m_wantBars;
    std::optional<inventory::CapacitySummary> m_summary;
    std::optional<QList<capacitycharts::FlavorFitBar>> m_bars;
};
