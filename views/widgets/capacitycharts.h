#pragma once

#include "fleet/fleetcapacity.h"
#include "inventory/capacity.h"

#include <QColor>

class QBarSet;
class QChart;

// Fill Qt Charts with a host's capacity; each call replaces the chart's series and axes.
namespace capacitycharts {

// Hugepage memory (GiB) per NUMA node and page size: configured and free.
void showHugepages(QChart *chart, const inventory::CapacitySummary &summary);
// VFs per PF: in use (vfio-pci or vDPA) and free.
void showVfs(QChart *chart, const inventory::CapacitySummary &summary);
// One bar of the "instances of the current flavor that fit" chart.
struct FlavorFitBar
{
    QString host;
    int fits = 0;
    bool capped = false; // at least `fits`
    bool operator==(const FlavorFitBar &) const = default;
};

// Instances of the current flavor that fit, one bar per open host (value labels on the bars).
void showFlavorFit(QChart *chart, const QList<FlavorFitBar> &bars);
// A cloud's fleet for one flavor: up to `perHostUpTo` compute nodes one bar each (more do not
// read in a chart of a third of the page), coloured by
// the resource that runs out first; a larger fleet as how many nodes fit 0, 1, 2-3, 4-7, ...
// instances (bars stacked by that resource), not a thousand bars.
void showFleet(QChart *chart, const fleet::FleetCapacity &capacity, int perHostUpTo = 16);
// The bucket of `fits` in the summarized fleet chart: "0", "1", "2–3", "4–7", ...
QString fleetBucket(int fits);
// mdev instances per type: available and already created.
void showMdevs(QChart *chart, const inventory::CapacitySummary &summary);
// Light or dark chart theme from the palette's window colour; bar sets coloured by their role.
void applyTheme(QChart *chart, const QPalette &palette);

// What a bar set counts: what is taken (in use, reserved, created) or what is left (free,
// available, fits). Its colour follows the role, the same in the light and the dark theme.
enum class Role { Used, Free };
QBarSet *role(QBarSet *set, Role role);
QColor roleColor(Role role, bool dark);

} // namespace capacitycharts
