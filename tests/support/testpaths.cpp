#include "testpaths.h"

namespace testpaths {

QString sourceDir()
{
    return QStringLiteral(VDECK_SOURCE_DIR);
}

QString binDir()
{
    return QStringLiteral(VDECK_BIN_DIR);
}

QString sourceFile(const QString &relative)
{
    return sourceDir() + QLatin1Char('/') + relative;
}

QString binary(const QString &name)
{
    return binDir() + QLatin1Char('/') + name;
}

} // namespace testpaths
