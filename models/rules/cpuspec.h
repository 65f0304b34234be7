#pragma once

#include <QSet>
#include <QString>

#include <optional>

namespace rules {

// nova.virt.hardware.parse_cpu_spec: "1-4,^3,6" -> {1,2,4,6}. On failure, *error gets Nova's
// exception.Invalid message and std::nullopt is returned.
std::optional<QSet<int>> parseCpuSpec(const QString &spec, QString *error = nullptr);

// A realtime or dedicated mask as Nova applies it to a flavor with `vcpus` vCPUs: a mask
// starting with '^' is an exclusion from 0..vcpus-1, anything else lists the vCPUs.
std::optional<QSet<int>> applyCpuMask(const QString &mask, int vcpus, QString *error = nullptr);

QString formatCpuSet(const QSet<int> &cpus); // "0-2,5"

} // namespace rules
