#include "flavors/fileerror.h"

namespace flavors {

QString FileError::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

void lineColumnAt(const QByteArray &text, qsizetype offset, int *line, int *column)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const qsizetype lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    *line = int(text.left(lineStart).count('\n')) + 1;
    *column = int(QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size()) + 1;
}

} // namespace flavors
