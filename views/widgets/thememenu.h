#pragma once

#include <QMenu>

class Settings;

// View > Theme: System, Light or Dark, applied at once and kept in Settings for the next start.
class ThemeMenu : public QMenu
{
    Q_OBJECT
public:
    ThemeMenu(Settings *settings, QWidget *parent = nullptr);
};
