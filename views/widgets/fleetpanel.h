#pragma once

#include "cloud/fleetmanager.h"

#include <QSet>
#include <QWidget>

#include <optional>

class FlavorDocument;
class FleetCapacityModel;
class ProviderTreeModel;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTreeView;

namespace cloud {
class CloudRegistry;
}
namespace workbench {
class CapacityRunner;
class FlavorWorkbench;
class PciWorkbench;
}

// The Capacity page's fleet: for a connected cloud and a flavor (deployed, or of the open
// library), how many instances fit on each compute node as Placement's allocation candidates
// say, what runs out first (chart and table, totals); the provider trees with usage bars; and
// "Why not?" for the selected node, or for every node when none is selected. A flavor's PCI
// aliases come into the request from the PCI page's nova.conf (its [pci] alias and
// [filter_scheduler] pci_in_placement), when one is known. For the compute nodes the window has
// a host snapshot of (the Hosts page), vDeck's host model (NUMA placement, hugepages per node,
// pinning, devices) is counted beside Placement's, off the GUI thread, and the table and the
// summary say which of the two limits.
class FleetPanel : public QWidget
{
    Q_OBJECT
public:
    FleetPanel(cloud::FleetManager *fleets, cloud::CloudRegistry *clouds, workbench::FlavorWorkbench *workbench, workbench::PciWorkbench *pci,
               QWidget *parent = nullptr);

    QChartView *chartView() const { return m_chart; }
    // Picks the cloud and the flavor ("library:NAME" or "cloud:NAME") as the combo boxes would.
    bool select(const QString &cloud, const QString &flavorKey);
    // The availability zone the boot names ("" for none).
    void setZone(const QString &zone);
    void count();
    // Counts `flavor` (deployed on `cloud`, else of the library) once the cloud is connected.
    void countWhenReady(const QString &cloud, const QString &flavor);
    // A count (or the host model of its nodes) is still to come.
    bool pending() const;
    void whyNot();
    void readProviders();
    QString summaryText() const;
    // The latest count shown (nullopt before the first).
    const std::optional<cloud::CapacityAnswer> &answer() const { return m_answer; }
    QString whyText() const;

Q_SIGNALS:
    void countShown(); // a capacity answer is on screen (tests and screenshots wait for it)
    void whyShown();
    void hostModelShown(); // the host model of the counted flavor is in the table and summary

private:
    void fillClouds();
    void fillFlavors();
    std::optional<flavors::Flavor> currentFlavor() const;
    std::optional<rules::NovaRelease> currentRelease() const;
    QString currentCloud() const;
    // The PCI page's nova.conf as the controllers' aliases, for the release.
    fleet::PciAliasConfig pciAliases(rules::NovaRelease release) const;
    // The zone typed in, with [scheduler] query_placement_for_availability_zone of that nova.conf.
    fleet::ZoneRequest zoneRequest() const;
    void showAnswer(const cloud::CapacityAnswer &answer);
    // The host model of the open hosts that are nodes of the counted cloud, for the counted flavor.
    void countHostModel();
    void showHostModel();
    QString answerText() const;
    void showFleet(const QString &cloud);
    void showWhy();
    void updateActions();

    cloud::FleetManager *m_fleets;
    cloud::CloudRegistry *m_clouds;
    workbench::FlavorWorkbench *m_workbench;
    FlavorDocument *m_doc;
    workbench::PciWorkbench *m_pci;
    QComboBox *m_cloud;
    QComboBox *m_flavor;
    QLineEdit *m_zone;
    QPushButton *m_count;
    QPushButton *m_read;
    QPushButton *m_why;
    QLabel *m_summary;
    QChartView *m_chart;
    FleetCapacityModel *m_hostsModel;
    QSortFilterProxyModel *m_hostsProxy;
    QTableView *m_hosts;
    QTabWidget *m_tabs;
    QTextBrowser *m_whyView;
    ProviderTreeModel *m_providersModel;
    QTreeView *m_providers;
    std::optional<cloud::CapacityAnswer> m_answer;
    workbench::CapacityRunner *m_hostModel;
    bool m_whyPending = false; // "Why not?" waits for the providers being read
    bool m_counting = false;
    QSet<QString> m_expanded; // providers the user expanded, by name
    QString m_pendingCloud;
    QString m_pendingFlavor;
    void tryPending();
};
