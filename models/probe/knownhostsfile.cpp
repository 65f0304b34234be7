#include "probe/knownhostsfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>

namespace probe::knownhosts {

namespace {
// OpenSSH's match_pattern: '*' any run, '?' one character, case-insensitive.
bool globMatch(QStringView pattern, QStringView text)
{
    if (pattern.isEmpty())
        return text.isEmpty();
    if (pattern.front() == QLatin1Char('*')) {
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (globMatch(pattern.mid(1), text.mid(i)))
                return true;
        }
        return false;
    }
    if (text.isEmpty())
        return false;
    if (pattern.front() != QLatin1Char('?') && pattern.front().toLower() != text.front().toLower())
        return false;
    return globMatch(pattern.mid(1), text.mid(1));
}

bool hashedMatches(const QString &field, const QString &hostName)
{
    const QStringList parts = field.split(QLatin1Char('|'));
    if (parts.size() != 4 || parts.at(1) != QLatin1String("1"))
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
    return QMessageAuthenticationCode::hash(hostName.toUtf8(), salt, QCryptographicHash::Sha1) == hash;
}

QStringList splitFields(const QString &line)
{
    return line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
}

bool hostFieldMatches(const QString &hostsField, const QString &hostName)
{
    if (hostsField.startsWith(QLatin1Char('|')))
        return hashedMatches(hostsField, hostName);
    bool matched = false;
    for (const QString &pattern : hostsField.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (pattern.startsWith(QLatin1Char('!'))) {
            if (globMatch(QStringView(pattern).mid(1), hostName))
                return false; // a negated match overrides every positive one
        } else if (globMatch(pattern, hostName)) {
            matched = true;
        }
    }
    return matched;
}

QList<KnownHostEntry> read(const QString &path)
{
    QList<KnownHostEntry> entries;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return entries;
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        QString line = QString::fromUtf8(f.readLine()).simplified();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList fields = splitFields(line);
        KnownHostEntry e;
        if (fields.value(0).startsWith(QLatin1Char('@'))) {
            const QString marker = fields.takeFirst();
            if (marker != QLatin1String("@revoked"))
                continue; // @cert-authority and unknown markers
            e.revoked = true;
        }
        if (fields.size() < 3)
            continue;
        e.file = path;
        e.line = lineNo;
        e.hosts = fields.at(0);
        e.keyType = fields.at(1);
        e.keyBlob = QByteArray::fromBase64(fields.at(2).toLatin1());
        if (!e.keyBlob.isEmpty())
            entries.append(e);
    }
    return entries;
}

QList<KnownHostEntry> entriesFor(const QString &path, const QString &hostName)
{
    QList<KnownHostEntry> found;
    for (const KnownHostEntry &e : read(path)) {
        if (hostFieldMatches(e.hosts, hostName))
            found.append(e);
    }
    return found;
}

QString sha256Fingerprint(const QByteArray &keyBlob)
{
    const QByteArray digest = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

bool append(const QString &path, const QString &hostName, const QString &keyType, const QByteArray &keyBlob,
            QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("cannot create the directory of %1").arg(path);
        return false;
    }
    QFile f(path);
    const bool existed = f.exists();
    if (!f.open(QIODevice::Append)) {
        *error = QStringLiteral("cannot append to %1: %2").arg(path, f.errorString());
        return false;
    }
    if (!existed)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A file that does not end in a newline would glue our line onto its last one.
    if (f.size() > 0) {
        QFile check(path);
        if (check.open(QIODevice::ReadOnly) && check.seek(check.size() - 1) && check.read(1) != "\n")
            f.write("\n");
    }
    const QByteArray line = hostName.toUtf8() + ' ' + keyType.toUtf8() + ' ' + keyBlob.toBase64() + '\n';
    if (f.write(line) != line.size() || !f.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace probe::knownhosts
