#pragma once

#include "probe/hostfacts.h"

#include <QJsonObject>

#include <optional>

// HostFacts <-> JSON, as `vdeckctl probe --json` prints it and the .vdeckhost snapshot embeds
// it. Keys name what they hold (meminfo, hugepages, kernel, memlock, iommuGroups, ...);
// memlock limits are bytes with -1 for unlimited. toJson(fromJson(x)) == x.
namespace probe::factsjson {

constexpr const char *kFormat = "vdeck-hostfacts/1";

QJsonObject toJson(const HostFacts &facts);
std::optional<HostFacts> fromJson(const QJsonObject &object, QString *error);

} // namespace probe::factsjson
