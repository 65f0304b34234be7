#pragma once

#include "flavors/flavor.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class FlavorDocument;
class QLockFile;

// A recovery copy of an unsaved flavor library. While the document has unsaved changes, a copy
// (the library, its file name and the time) is written atomically to `directory` at most once
// every interval(); it goes when the changes are saved, undone or discarded. Each running
// window holds a lock beside its copy, so a copy whose lock is free belongs to a vDeck that
// ended without saving (a crash, kill -9, a lost session): orphans() lists those at the next
// start, and adopt() / discardOrphan() answer the offer.
class LibraryRecovery : public QObject
{
    Q_OBJECT
public:
    struct Orphan
    {
        QString copyPath;        // the recovery file
        QString libraryPath;     // the library's own file; "" for a library never saved
        QDateTime savedAt;
        flavors::FlavorLibrary library;
    };

    static constexpr int kDefaultIntervalMs = 3000;

    LibraryRecovery(FlavorDocument *doc, const QString &directory, QObject *parent = nullptr);
    ~LibraryRecovery() override; // the copy stays when the document still has unsaved changes

    int interval() const { return m_timer.interval(); }
    void setInterval(int ms);
    QString copyPath() const { return m_copyPath; } // written or not
    bool hasCopy() const { return m_written; }
    // The user chose to leave without saving: the copy goes.
    void discard();

    // Copies left by windows that are gone, the newest first; unreadable ones are skipped.
    static QList<Orphan> orphans(const QString &directory);
    // Recovers `orphan` into the document (unsaved, with the library's file name), writes this
    // window's own copy at once and removes the orphan.
    bool adopt(const Orphan &orphan);
    static void discardOrphan(const Orphan &orphan);

Q_SIGNALS:
    void written(const QString &copyPath);

private:
    void documentChanged();
    void write();
    void removeCopy();

    FlavorDocument *m_doc;
    QString m_directory;
    QString m_copyPath;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    QElapsedTimer m_sinceWrite;
    bool m_written = false;
};
