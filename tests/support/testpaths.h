#pragma once

#include <QString>

namespace testpaths {
QString sourceDir();               // the repository root
QString binDir();                  // build/<preset>/bin: vdeck, vdeckctl
QString sourceFile(const QString &relative);
QString binary(const QString &name);
}
