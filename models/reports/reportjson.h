#pragma once

#include "reports/report.h"

#include <QJsonObject>

namespace reports {

// {"format": "vdeck-report", "formatVersion": 1, "generator", "generatedAt", "release": {"major",
//  "name"}, "source", "flavors": [{"flavor", "vcpus", "ramMb", "errors", "warnings", "infos",
//  "findings": [{code, severity, stage, novaException, httpStatus, keys, message, fix}]}],
//  "hosts": [{"name", "uri", "capturedAt", "hugepages": [{node, sizeKiB, total, free}],
//  "vfs": [{pf, label, used, total, max}], "mdevs": [{parent, typeId, typeName, available, created}]}]}
// Findings have the shape `vdeckctl lint --json` prints.
QJsonObject reportJson(const Report &report);

} // namespace reports
