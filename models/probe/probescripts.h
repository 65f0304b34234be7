#pragma once

#include "probe/probeallowlist.h"

#include <QByteArray>

// The shell text of each allowlisted probe. Output is a stream of records, each a header line
// starting with \036 (RS) and a tag, then a body: "F path" (file contents), "L path" (resolved
// link target on the next line), "G n" (IOMMU group n, member devices one per line),
// "V path" (first line of `path --version`). Paths are reported without the root prefix.
namespace probe::probescripts {

QByteArray prelude(const QByteArray &rootPrefix, qint64 perFileCap);
QByteArray body(Probe probe);

} // namespace probe::probescripts
