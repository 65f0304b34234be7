#pragma once

#include "core/appmode.h"

#include <QMainWindow>

class Page;
class QListWidget;
class QStackedWidget;

// Composes pages, menus and actions; holds no logic of its own. Pages are switched from the
// sidebar, the View menu (Ctrl+1..6) or showPage().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppMode mode, QWidget *parent = nullptr);

    AppMode mode() const { return m_mode; }
    QStringList pageIds() const;
    bool showPage(const QString &id); // "xml" shows the flavors page with the preview in view
    Page *currentPage() const;
    Page *page(const QString &id) const;

private:
    void addPage(Page *page);
    void createMenus();
    void showAbout();

    AppMode m_mode;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QList<Page *> m_pages;
};
