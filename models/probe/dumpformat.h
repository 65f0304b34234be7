#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace probe {

// One record of a probe script's output (see probescripts.h for the format).
struct DumpRecord
{
    char tag = 0;       // 'F' file, 'L' link, 'G' IOMMU group, 'V' version
    QString arg;        // path (without root prefix) or group number
    QByteArray body;    // contents, without the separator the script adds

    QString text() const { return QString::fromUtf8(body).trimmed(); }
    QStringList lines() const;
};

QList<DumpRecord> parseDump(const QByteArray &output);

// Names that may appear in facts; anything else read from a host is dropped.
bool isPciAddress(const QString &text);
bool isSafeName(const QString &text); // [A-Za-z0-9_.:+-], 1..128 characters
QString baseName(const QString &path);

} // namespace probe
