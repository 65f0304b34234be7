#pragma once

#include "inventory/capacity.h"

class QChart;

// Fill Qt Charts with a host's capacity; each call replaces the chart's series and axes.
namespace capacitycharts {

// Hugepage memory (GiB) per NUMA node and page size: configured and free.
void showHugepages(QChart *chart, const inventory::CapacitySummary &summary);
// VFs per PF: in use (vfio-pci or vDPA) and free.
void showVfs(QChart *chart, const inventory::CapacitySummary &summary);
// mdev instances per type: available and already created.
void showMdevs(QChart *chart, const inventory::CapacitySummary &summary);
// Light or dark chart theme from the palette's window colour.
void applyTheme(QChart *chart, const QPalette &palette);

} // namespace capacitycharts
