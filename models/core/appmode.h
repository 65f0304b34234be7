#pragma once

#include <QString>

// The two ways vDeck runs. Auditor mode opens every connection read-only and creates no
// action that could write to a host; it is chosen at start and never changes while running.
enum class AppMode { Operator, Auditor };

QString appModeName(AppMode mode);      // "operator" / "auditor": stable, for JSON and settings
QString appModeLabel(AppMode mode);     // translated, for the badge in title and status bar
bool isReadOnly(AppMode mode);
