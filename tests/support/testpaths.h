#pragma once

#include <QByteArray>
#include <QString>

namespace testpaths {
QString sourceDir();               // the repository root
QString binDir();                  // build/<preset>/bin: vdeck, vdeckctl
QString sourceFile(const QString &relative);
QString binary(const QString &name);
// Writes `content` to `path` (a test's input file); false when it cannot.
bool writeFile(const QString &path, const QByteArray &content);
}
