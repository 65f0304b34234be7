#pragma once

class QMainWindow;
class Settings;

// The main window's geometry, its dock and tool bar state and every named QSplitter's sizes,
// remembered in Settings between runs (issue 20, polish).
namespace windowstate {
void restore(QMainWindow *window, const Settings &settings);
void save(const QMainWindow *window, Settings *settings);
}
