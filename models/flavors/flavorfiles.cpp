#include "flavors/flavorfiles.h"

#include "flavors/importformats.h"
#include "flavors/nativeformat.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace flavors {

std::optional<FlavorLibrary> parseFlavorDocument(const QByteArray &bytes, const QString &fileName, FileError *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        error->file = fileName;
        lineColumnAt(bytes, pe.offset, &error->line, &error->column);
        error->message = pe.errorString();
        return std::nullopt;
    }
    FlavorLibrary lib;
    QString why;
    const bool ok = doc.isObject() && isNativeDocument(doc.object()) ? readNative(doc.object(), &lib, &why)
                                                                     : readForeign(doc, &lib, &why);
    if (!ok) {
        *error = FileError{fileName, 1, 1, why};
        return std::nullopt;
    }
    return lib;
}

std::optional<FlavorLibrary> loadFlavorFile(const QString &path, FileError *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = FileError{path, 0, 0, f.errorString()};
        return std::nullopt;
    }
    return parseFlavorDocument(f.readAll(), path, error);
}

bool saveAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace flavors
