#pragma once

#include "inventory/hostsnapshot.h"
#include "rules/finding.h"

#include <QList>

// What changed on a host since a baseline snapshot of it, in what Nova relies on and a reboot
// loses: VFs per PF, vDPA devices, mdevs, hugepages per NUMA node, the IOMMU, the kernel command
// line, CPUs powered by [libvirt] cpu_power_management, NVIDIA vGPU VFs and their types. Each
// drift is a rules::Finding (code DRIFT_*) with the command that restores it.
namespace drift {

// Findings in severity order; empty when nothing drifted. Checks that need the ssh probe's
// facts (kernel command line, CPU power, NVIDIA VFs, mdev types, hugepages per node when libvirt
// has no NUMA cells) run only when both snapshots have them; an info finding says when not.
QList<rules::Finding> compare(const inventory::HostSnapshot &baseline, const inventory::HostSnapshot &now);

namespace detail {
void compareDevices(const inventory::HostSnapshot &baseline, const inventory::HostSnapshot &now, QList<rules::Finding> *out);
// hugepagesFromLibvirt: the baseline's capabilities have NUMA cells, whose pools were compared.
void compareFacts(const hostfacts::HostFacts &baseline, const hostfacts::HostFacts &now, bool hugepagesFromLibvirt, QList<rules::Finding> *out);
rules::Finding finding(const char *code, rules::Severity severity, const QString &key, const QString &message, const QString &fix);
} // namespace detail

} // namespace drift
