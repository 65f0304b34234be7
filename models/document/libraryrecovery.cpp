#include "document/libraryrecovery.h"

#include "document/flavordocument.h"
#include "flavors/flavorfiles.h"
#include "flavors/nativeformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QUuid>

#include <algorithm>

namespace {

const QLatin1String kSuffix(".vdeckrecovery");

QString lockPathOf(const QString &copyPath)
{
    return copyPath.chopped(kSuffix.size()) + QStringLiteral(".lock");
}

QByteArray encode(const flavors::FlavorLibrary &library, const QString &libraryPath)
{
    QJsonObject root;
    root.insert(QStringLiteral("vdeckRecovery"), 1);
    root.insert(QStringLiteral("libraryPath"), libraryPath);
    root.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("library"), QJsonDocument::fromJson(flavors::writeNative(library)).object());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<LibraryRecovery::Orphan> decode(const QString &copyPath)
{
    QFile file(copyPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("vdeckRecovery")).toInt() != 1)
        return std::nullopt;
    LibraryRecovery::Orphan o;
    o.copyPath = copyPath;
    o.libraryPath = root.value(QStringLiteral("libraryPath")).toString();
    o.savedAt = QDateTime::fromString(root.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    QString error;
    if (!flavors::readNative(root.value(QStringLiteral("library")).toObject(), &o.library, &error))
        return std::nullopt;
    return o;
}

} // namespace

LibraryRecovery::LibraryRecovery(FlavorDocument *doc, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_doc(doc)
    , m_directory(directory)
    , m_copyPath(QDir(directory).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + kSuffix))
{
    QDir().mkpath(directory);
    m_lock = std::make_unique<QLockFile>(lockPathOf(m_copyPath));
    m_lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
    m_lock->tryLock(0);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LibraryRecovery::write);
    for (auto signal : {&FlavorDocument::flavorEdited, &FlavorDocument::libraryChanged, &FlavorDocument::fileStateChanged})
        connect(doc, signal, this, &LibraryRecovery::documentChanged);
}

LibraryRecovery::~LibraryRecovery()
{
    if (!m_doc->isModified())
        removeCopy();
}

void LibraryRecovery::setInterval(int ms)
{
    m_timer.setInterval(ms);
}

// At most one write per interval: the first change after a write waits for the rest of it.
void LibraryRecovery::documentChanged()
{
    if (!m_doc->isModified()) {
        m_timer.stop();
        removeCopy();
        return;
    }
    if (m_timer.isActive())
        return;
    const qint64 since = m_sinceWrite.isValid() ? m_sinceWrite.elapsed() : 0;
    m_timer.start(int(std::clamp<qint64>(m_timer.interval() - since, 0, m_timer.interval())));
}

void LibraryRecovery::write()
{
    if (!m_doc->isModified())
        return;
    QString error;
    m_sinceWrite.start();
    if (!flavors::saveAtomically(m_copyPath, encode(m_doc->library(), m_doc->filePath()), &error))
        return; // a full disk: the next change tries again
    m_written = true;
    Q_EMIT written(m_copyPath);
}

void LibraryRecovery::removeCopy()
{
    if (m_written || QFile::exists(m_copyPath))
        QFile::remove(m_copyPath);
    m_written = false;
}

void LibraryRecovery::discard()
{
    m_timer.stop();
    removeCopy();
}

QList<LibraryRecovery::Orphan> LibraryRecovery::orphans(const QString &directory)
{
    QList<Orphan> found;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files)) {
        const QString copy = dir.filePath(name);
        QLockFile lock(lockPathOf(copy));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its window is still running
        if (std::optional<Orphan> o = decode(copy))
            found.append(std::move(*o));
    }
    std::sort(found.begin(), found.end(), [](const Orphan &a, const Orphan &b) { return a.savedAt > b.savedAt; });
    return found;
}

bool LibraryRecovery::adopt(const Orphan &orphan)
{
    m_doc->recover(orphan.library, orphan.libraryPath);
    m_timer.stop();
    write();
    if (!m_written)
        return false; // the orphan stays until this window has its own copy
    discardOrphan(orphan);
    return true;
}

void LibraryRecovery::discardOrphan(const Orphan &orphan)
{
    QFile::remove(orphan.copyPath);
    QFile::remove(lockPathOf(orphan.copyPath));
}
