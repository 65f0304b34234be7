#include "testpaths.h"

#include <QFile>

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

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

} // namespace testpaths
