#pragma once

#include "flavors/flavor.h"
#include "rules/finding.h"

#include <QList>
#include <QString>

#include <optional>

namespace rules {

// One change to a flavor that a finding's fix asks for.
struct FixEdit
{
    enum class Target { ExtraSpec, ImageProperty };
    Target target = Target::ExtraSpec;
    QString key;
    std::optional<QString> value; // std::nullopt: remove the key
    friend bool operator==(const FixEdit &, const FixEdit &) = default;
};

// The edits of a machine-applicable fix, or std::nullopt when the fix text needs a human
// (a choice, an example, an upgrade). Understood forms, exactly:
//   "set KEY=VALUE[ in the flavor]", "set KEY=VALUE and KEY=VALUE",
//   "set image property KEY=VALUE", "remove KEY from the image".
std::optional<QList<FixEdit>> machineFix(const QString &fix);
inline bool isMachineApplicable(const Finding &f) { return machineFix(f.fix).has_value(); }

// Applies the edits in order; returns false (and leaves the flavor alone) when there are none.
bool applyFix(flavors::Flavor &flavor, const QString &fix);

} // namespace rules
