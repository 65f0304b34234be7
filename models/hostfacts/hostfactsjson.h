#pragma once

#include "hostfacts/hostfacts.h"

#include <QJsonObject>

#include <optional>

// HostFacts <-> JSON, as `vdeckctl probe --json` prints it and a .vdeckhost snapshot embeds it
// (member "hostFacts"). Keys name what they hold (meminfo, hugepages, kernel, memlock,
// iommuGroups, ...); memlock limits are bytes with -1 for unlimited. fromJson(toJson(x)) == x.
namespace hostfacts::json {

constexpr const char *kFormat = "vdeck-hostfacts/1";

QJsonObject toJson(const HostFacts &facts);
// Checks the type of every member it reads; the first problem is reported with its JSON path
// below path ("$.hostFacts.hugepages[2].node: expected an integer"). Absent lists and objects
// are empty; "format" and "host" are required.
std::optional<HostFacts> fromJson(const QJsonObject &object, QString *error, const QString &path = QStringLiteral("$"));

} // namespace hostfacts::json
