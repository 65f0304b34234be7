#pragma once

#include "reports/report.h"

#include <QString>

namespace reports {

// A self-contained HTML page (inline CSS, no scripts, nothing fetched): a summary table, each
// flavor's findings, each host's hugepages, VF use and mdev instances. Every value from a flavor
// or a host is escaped. Headings are translatable (English in vdeckctl, the GUI's language there).
QString reportHtml(const Report &report);

} // namespace reports
