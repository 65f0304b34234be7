#pragma once

#include "flavors/catalog.h"
#include "flavors/exportformats.h"
#include "flavors/fileerror.h"
#include "flavors/flavor.h"
#include "rules/finding.h"
#include "rules/operations.h"
#include "rules/release.h"

#include <QObject>

#include <functional>

class QUndoStack;

// The flavor library being edited: the library and its file, the current flavor, the selected
// Nova release (and with it the extra-spec catalogue), and every edit as a command on a QUndoStack. After each change of the current
// flavor or the release, findings (rules::checkFlavor) and the operations matrix are
// recomputed synchronously: a few milliseconds at most per edit, findings and XML preview
// together (bench_gui, docs/PERFORMANCE.md), so no worker thread is needed. A read-only document (auditor mode) refuses every edit and
// every save; it can still open, import and export.
class FlavorDocument : public QObject
{
    Q_OBJECT
public:
    explicit FlavorDocument(QObject *parent = nullptr);
    ~FlavorDocument() override;

    // The extra-spec catalogue of the selected release (ExtraSpecCatalog::forRelease); it
    // changes with the release, before releaseChanged() is emitted.
    const flavors::ExtraSpecCatalog &catalog() const;
    QUndoStack *undoStack() const { return m_undo; }
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    const flavors::FlavorLibrary &library() const { return m_library; }
    int currentRow() const { return m_current; }
    const flavors::Flavor *current() const;
    void setCurrentRow(int row);
    bool selectFlavor(const QString &name);

    rules::NovaRelease release() const { return m_release; }
    void setRelease(rules::NovaRelease release);
    const QList<rules::Finding> &findings() const { return m_findings; }
    const QList<rules::OperationVerdict> &operations() const { return m_operations; }

    // Files. Errors go to *error; nothing changes on failure.
    QString filePath() const { return m_path; }
    bool isModified() const;
    void newLibrary();
    bool open(const QString &path, flavors::FileError *error);
    bool importFile(const QString &path, flavors::FileError *error); // the result has no file yet
    bool save(QString *error);                                    // to filePath()
    bool saveAs(const QString &path, QString *error);
    // A library recovered after a crash (LibraryRecovery): shown unsaved, with its own file name
    // ("" for one never saved), so that Save writes it where it belongs.
    void recover(const flavors::FlavorLibrary &library, const QString &path);
    bool exportTo(const QString &path, flavors::ExportFormat format, QString *error) const;
    // The flavors of the library that rules::checkFlavor finds errors in (for the release).
    QStringList flavorsWithErrors() const;

    // Undoable edits of the current flavor. `mergeKey` (e.g. the field's key) merges a run of
    // edits of one field, such as typing, into one undo step. Return false when nothing changed.
    bool editCurrent(const QString &text, const std::function<void(flavors::Flavor &)> &change, const QString &mergeKey = {});
    bool setSpec(const QString &key, const QString &value, bool merge = true);
    bool removeSpec(const QString &key);
    bool setImageProperty(const QString &key, const QString &value, bool merge = true); // "" removes
    bool applyFix(const rules::Finding &finding);
    // Undoable library edits.
    bool addFlavor(const flavors::Flavor &flavor); // appended, made current; the name made unique
    bool duplicateCurrent();
    bool removeCurrent();

    QString uniqueName(const QString &wanted) const;

Q_SIGNALS:
    void libraryChanged();        // flavors added, removed, renamed, reloaded
    void currentChanged(int row); // another flavor is current
    void flavorEdited();          // the current flavor's values changed
    void analysisChanged();       // findings and operations were recomputed
    void releaseChanged();
    void fileStateChanged();      // path or modified state

private:
    friend class EditFlavorCommand;
    friend class InsertFlavorCommand;
    void replaceFlavorAt(int row, const flavors::Flavor &flavor);
    void insertFlavorAt(int row, const flavors::Flavor &flavor);
    void removeFlavorAt(int row);
    void resetLibrary(const flavors::FlavorLibrary &library, const QString &path);
    void reanalyse();

    QUndoStack *m_undo;
    flavors::FlavorLibrary m_library;
    QString m_path;
    int m_current = -1;
    bool m_readOnly = false;
    bool m_recovered = false; // unsaved although the undo stack is clean
    rules::NovaRelease m_release;
    QList<rules::Finding> m_findings;
    QList<rules::OperationVerdict> m_operations;
};
