#pragma once

#include "core/appmode.h"
#include "dialogs/filechooser.h"

#include <QObject>

#include <memory>

class FlavorDocument;
class QAction;
class QMenu;
class QWidget;

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

    bool openFile(const QString &path);
    void setFileChooser(std::shared_ptr<FileChooser> chooser);

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void message(const QString &message);

private:
    QAction *make(const QString &name, const QString &text, const QKeySequence &shortcut, void (LibraryActions::*slot)());
    void createExportActions();
    bool mayDiscardChanges();
    void newLibrary();
    void open();
    void save();
    void saveAs();
    void import();
    FileChooser::Done guarded(std::function<void(const QString &)> use);

    FlavorDocument *m_doc;
    QWidget *m_parent;
    QList<QAction *> m_file;
    QList<QAction *> m_flavor;
    QMenu *m_export;
    std::shared_ptr<FileChooser> m_files;
};
