#pragma once

#include <QString>

class QAction;

// Actions that write to a host, to saved hosts or to a flavor library are created only in
// operator mode. Each such action is marked, so tests (and reviewers) can find them.
namespace actionpolicy {

inline constexpr const char *kWritesProperty = "vdeckWrites";

QAction *markWrites(QAction *action); // returns `action`
bool writes(const QAction *action);

} // namespace actionpolicy
