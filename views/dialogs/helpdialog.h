#pragma once

#include <QDialog>

class QWidget;

// Help > User Guide (docs/USER-GUIDE.md, compiled in) and Help > Keyboard Shortcuts (every
// action of the window that has a shortcut, read from the window itself), non-modal.
namespace helpdialog {
QDialog *userGuide(QWidget *parent);
QDialog *shortcuts(QWidget *window);
}
