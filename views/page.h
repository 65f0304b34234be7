#pragma once

#include <QIcon>
#include <QWidget>

// One page of the main window. MainWindow only switches between pages; each page owns its
// views and wiring. id() is stable (used by `vdeck --screenshot --page ID` and settings).
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
};
