#pragma once

#include <QString>

class QWidget;

// Renders a top-level widget, with the dialogs it has open drawn over it, to a PNG file without a
// display (offscreen platform).
// Returns an empty string on success, else the error.
QString saveScreenshot(QWidget *window, const QString &file);
