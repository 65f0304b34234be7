#pragma once

#include "flavors/catalog.h"
#include "rules/finding.h"
#include "rules/release.h"

#include <QList>
#include <QString>

#include <optional>

namespace rules {

// The CPU-maximum extra specs, whose two spellings part the registry from the code that reads
// them. nova/virt/hardware.py (get_cpu_topology_constraints, through _get_flavor_image_meta)
// reads hw:cpu_max_sockets, hw:cpu_max_cores and hw:cpu_max_threads, and the image properties
// hw_cpu_max_*, at every tag from 23.0.0 to master; nothing in Nova reads hw:max_cpu_*. The
// registry (nova/api/validation/extra_specs/hw.py) lists hw:max_cpu_* up to 31.0.0 and
// hw:cpu_max_* from 32.0.0. Which spelling a release's registry lists is read from its
// catalogue; which one takes effect is the fact above.
struct CpuMaxKey
{
    QString read;          // "hw:cpu_max_sockets": what hardware.py reads
    QString unread;        // "hw:max_cpu_sockets": what the registry listed up to 31
    QString imageProperty; // "hw_cpu_max_sockets"
};
const QList<CpuMaxKey> &cpuMaxKeys();
// The entry whose read or unread spelling is `key`, else nullptr.
const CpuMaxKey *cpuMaxKey(const QString &key);

// True when the release's registry lets the key through and Nova reads it; false for the
// spelling nothing reads and for the read one where the registry refuses it.
bool cpuMaxKeyWorks(const CpuMaxKey &k, const flavors::ExtraSpecCatalog &catalog);
// True when `key` passes the registry but has no effect in any release (hw:max_cpu_*).
bool keyHasNoEffect(const QString &key, const flavors::ExtraSpecCatalog &catalog);

// What stage A's refusal of a CPU-maximum key should add: what the API does with each spelling
// in this release, whether the key takes effect, and what works instead. std::nullopt for
// other keys.
struct CpuMaxExplanation
{
    QString message;
    QString fix; // "rename hw:max_cpu_sockets to hw:cpu_max_sockets" where that both passes and works
};
std::optional<CpuMaxExplanation> explainRefusedCpuMaxKey(const QString &key, const flavors::ExtraSpecCatalog &catalog,
                                                         NovaRelease release);
// The warning for a CPU-maximum key the registry accepts but Nova never reads
// (spec.no-effect), else std::nullopt.
std::optional<Finding> unreadCpuMaxKey(const QString &key, const flavors::ExtraSpecCatalog &catalog, NovaRelease release);
// For the editor: why no flavor spelling of `k` works in this release and what operators set
// instead; empty when cpuMaxKeyWorks().
QString noWorkingCpuMaxKeyText(const CpuMaxKey &k, const flavors::ExtraSpecCatalog &catalog);

} // namespace rules
