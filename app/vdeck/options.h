#pragma once

#include <QString>
#include <QStringList>

// The command line of the desktop program.
struct VdeckOptions
{
    QString screenshot;   // --screenshot FILE: render offscreen, write PNG, exit
    QString page;         // --page ID
    QString lang;         // --lang de|fr|en
    QString flavorFile;   // --flavor-file F: open this flavor library
    QString flavor;       // --flavor NAME: make this flavor current
    QString snapshot;     // --snapshot F: open this .vdeckhost instead of the demo host
    QString theme;        // --theme system|light|dark: for this run (the saved setting otherwise)
    QString cloud;        // --cloud NAME: show the clouds page and connect to cloud NAME of clouds.yaml
    QString fleetFlavor;  // --fleet-flavor NAME: with --cloud, count flavor NAME across the cloud's fleet
    bool push = false;    // --push: with --cloud, open the push dialog once the cloud is read
    bool auditor = false; // --auditor
};

// argv is scanned before QApplication exists (the platform must be chosen first).
bool wantsScreenshot(int argc, char **argv);
// --help, --version or --screenshot: nothing is shown on a display (the offscreen platform does).
bool wantsNoWindow(int argc, char **argv);
// A platform was chosen or a display (X11 or Wayland) is there to show the window on.
bool hasDisplay();
// Parses the application's arguments; on error prints to stderr and returns false.
bool parseOptions(const QStringList &arguments, VdeckOptions &options, QString &error);
