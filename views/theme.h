#pragma once

#include "core/settings.h"

#include <optional>

// Applies the colour theme to the running application: System keeps the platform's style and
// palette (as they were at start), Light and Dark use the Fusion style with a light or a dark
// palette. Widgets that draw with the palette (XML highlighting, charts) follow through their
// PaletteChange events.
void applyTheme(Settings::Theme theme);

// "system", "light", "dark" (the --theme option), std::nullopt for anything else.
std::optional<Settings::Theme> themeFromName(const QString &name);
