#pragma once

#include "core/appmode.h"
#include "dialogs/filechooser.h"

#include <QObject>

#include <functional>
#include <memory>

class FlavorDocument;
class QAction;
class QMenu;
class QWidget;
class Settings;

// The flavor library's file and library actions: new, open, save, save as, import, export to
// each format, add / duplicate / remove flavor. In auditor mode the library is read-only and
// the actions that write (new, save, save as, add, duplicate, remove) are never created;
// open, import and export remain. File names come from the injectable FileChooser.
class LibraryActions : public QObject
{
    Q_OBJECT
public:
    LibraryActions(FlavorDocument *doc, AppMode mode, QWidget *dialogParent);

    QList<QAction *> fileActions() const { return m_file; }     // for the File menu (nullptr = separator)
    QList<QAction *> flavorActions() const { return m_flavor; } // add / duplicate / remove
    QMenu *exportMenu() const { return m_export; }
    QMenu *recentMenu() const { return m_recent; } // in fileActions(), after Open
    // Where the recent libraries are kept (Settings::recentFiles); none: the menu stays empty.
    void setSettings(Settings *settings);

    bool openFile(const QString &path);
    // Before the library is replaced or the window closes: with unsaved changes, asks Save,
    // Discard or Cancel; `proceed` runs after a successful save or a discard, never on cancel.
    void settleChanges(const std::function<void()> &proceed);
    void setFileChooser(std::shared_ptr<FileChooser> chooser);

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void message(const QString &message);

private:
    QAction *make(const QString &name, const QString &text, const QKeySequence &shortcut, void (LibraryActions::*slot)());
    void createExportActions();
    void saveThen(const std::function<void()> &proceed);
    void newLibrary();
    void open();
    void save();
    void saveAs();
    void import();
    void importNow();
    FileChooser::Done guarded(std::function<void(const QString &)> use);

    FlavorDocument *m_doc;
    QWidget *m_parent;
    QList<QAction *> m_file;
    QList<QAction *> m_flavor;
    QMenu *m_export;
    QMenu *m_recent;
    Settings *m_settings = nullptr;
    void fillRecentMenu();
    void remember(const QString &path);
    std::shared_ptr<FileChooser> m_files;
};
