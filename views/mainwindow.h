#pragma once

#include "core/appmode.h"

#include <QMainWindow>

class FlavorDocument;
class FlavorsPage;
class Page;
class QListWidget;
class QStackedWidget;
class Settings;

// Composes pages, menus and actions; holds no logic of its own. Pages are switched from the
// sidebar, the View menu (Ctrl+1..6) or showPage(). The flavor document is shared by the
// Flavors, Findings and Operations pages; the Nova release is chosen in the tool bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `settings` may be injected (tests use a temporary file); else the user's settings.
    explicit MainWindow(AppMode mode, Settings *settings = nullptr, QWidget *parent = nullptr);

    AppMode mode() const { return m_mode; }
    QStringList pageIds() const;
    bool showPage(const QString &id); // "xml" shows the flavors page with the preview in view
    Page *currentPage() const;
    Page *page(const QString &id) const;
    FlavorDocument *flavorDocument() const { return m_doc; }
    // Opens a flavor library and makes `flavor` current (the first when empty). Returns the
    // error, or an empty string.
    QString openFlavorLibrary(const QString &path, const QString &flavor = {});

private:
    void addPage(Page *page);
    void createMenus();
    void createToolBar();
    void showAbout();

    AppMode m_mode;
    Settings *m_settings;
    FlavorDocument *m_doc;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    FlavorsPage *m_flavors = nullptr;
    QList<Page *> m_pages;
};
