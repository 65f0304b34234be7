#include "probe/sshtarget.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace probe {

namespace {
bool validHostName(const QString &host)
{
    // DNS names, IPv4 and IPv6 literals; nothing a shell or an ssh option parser could misread.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9.:%_-]*[A-Za-z0-9])?$"));
    return re.match(host).hasMatch();
}

bool validUserName(const QString &user)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*\\$?$"));
    return re.match(user).hasMatch();
}
}

std::optional<SshTarget> SshTarget::parse(const QString &text, QString *error)
{
    SshTarget t;
    QString rest = text.trimmed();
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        t.user = rest.left(at);
        rest = rest.mid(at + 1);
        if (!validUserName(t.user)) {
            *error = QStringLiteral("invalid user name in '%1'").arg(text);
            return std::nullopt;
        }
    }
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = QStringLiteral("unbalanced '[' in '%1'").arg(text);
            return std::nullopt;
        }
        t.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':'))) {
                *error = QStringLiteral("expected ':PORT' after ']' in '%1'").arg(text);
                return std::nullopt;
            }
            portText = after.mid(1);
        }
    } else if (rest.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        t.host = rest.left(colon);
        portText = rest.mid(colon + 1);
    } else {
        t.host = rest;
    }
    if (!validHostName(t.host)) {
        *error = QStringLiteral("invalid host name in '%1'").arg(text);
        return std::nullopt;
    }
    if (!portText.isNull()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            *error = QStringLiteral("invalid port in '%1'").arg(text);
            return std::nullopt;
        }
        t.port = port;
    }
    return t;
}

QString SshTarget::effectiveUser() const
{
    if (!user.isEmpty())
        return user;
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

QString SshTarget::effectiveUserKnownHostsFile() const
{
    return userKnownHostsFile.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts") : userKnownHostsFile;
}

QString SshTarget::effectiveVdeckKnownHostsFile() const
{
    if (!vdeckKnownHostsFile.isEmpty())
        return vdeckKnownHostsFile;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/known_hosts");
}

QStringList SshTarget::effectiveIdentityFiles() const
{
    QStringList files = identityFiles;
    if (useDefaultIdentities) {
        for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
            const QString path = QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1String(name);
            if (QFileInfo::exists(path) && !files.contains(path))
                files.append(path);
        }
    }
    return files;
}

QString SshTarget::knownHostsName() const
{
    return port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

QString SshTarget::display() const
{
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("%1@%2:%3").arg(effectiveUser(), h).arg(port);
}

} // namespace probe
