#pragma once

#include <QByteArray>
#include <QString>

namespace flavors {

// Why a flavor file could not be read, with the position for malformed input.
struct FileError
{
    QString file;
    int line = 0;   // 1-based; 0 when there is no position (I/O errors)
    int column = 0; // 1-based
    QString message;
    QString toString() const; // "file:line:column: message" or "file: message"
};

// 1-based line and column of a byte offset into UTF-8 text (columns count characters).
void lineColumnAt(const QByteArray &text, qsizetype offset, int *line, int *column);

} // namespace flavors
