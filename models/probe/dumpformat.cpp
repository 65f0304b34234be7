#include "probe/dumpformat.h"

#include <QRegularExpression>

namespace probe {

QStringList DumpRecord::lines() const
{
    QStringList result;
    for (const QString &line : QString::fromUtf8(body).split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            result.append(t);
    }
    return result;
}

QList<DumpRecord> parseDump(const QByteArray &output)
{
    QList<DumpRecord> records;
    const QList<QByteArray> chunks = output.split('\036');
    for (qsizetype i = 1; i < chunks.size(); ++i) { // chunk 0 precedes the first record
        const QByteArray &chunk = chunks.at(i);
        const qsizetype eol = chunk.indexOf('\n');
        const QByteArray header = eol < 0 ? chunk : chunk.left(eol);
        if (header.size() < 3 || header.at(1) != ' ')
            continue;
        DumpRecord r;
        r.tag = header.at(0);
        r.arg = QString::fromUtf8(header.mid(2));
        r.body = eol < 0 ? QByteArray() : chunk.mid(eol + 1);
        if (r.tag == 'F' && r.body.endsWith('\n'))
            r.body.chop(1); // the separator the script printed after the contents
        records.append(r);
    }
    return records;
}

bool isPciAddress(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7]$"));
    return re.match(text).hasMatch();
}

bool isSafeName(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.:+-]{1,128}$"));
    return re.match(text).hasMatch();
}

QString baseName(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace probe
