#include "probe/libvirtsshuri.h"

#include <QUrl>
#include <QUrlQuery>

namespace probe {

QString libvirtSshUri(const SshTarget &target, const LibvirtSshOptions &options, QString *error)
{
    if (options.knownHostsFile.isEmpty()) {
        *error = QStringLiteral("a qemu+libssh URI needs the known_hosts file that holds the host key");
        return {};
    }
    if (options.driverPath != QLatin1String("/system") && options.driverPath != QLatin1String("/session")) {
        *error = QStringLiteral("driver path must be /system or /session, not '%1'").arg(options.driverPath);
        return {};
    }
    if (!options.proxy.isEmpty() && options.proxy != QLatin1String("auto") && options.proxy != QLatin1String("native")
        && options.proxy != QLatin1String("netcat")) {
        *error = QStringLiteral("proxy must be auto, native or netcat, not '%1'").arg(options.proxy);
        return {};
    }
    QUrl url;
    url.setScheme(QStringLiteral("qemu+libssh"));
    url.setUserName(target.effectiveUser());
    url.setHost(target.host);
    url.setPort(target.port);
    url.setPath(options.driverPath);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("known_hosts"), options.knownHostsFile);
    query.addQueryItem(QStringLiteral("known_hosts_verify"), QStringLiteral("normal"));
    query.addQueryItem(QStringLiteral("sshauth"), options.keyFile.isEmpty() ? QStringLiteral("agent,privkey")
                                                                            : QStringLiteral("privkey,agent"));
    if (!options.keyFile.isEmpty())
        query.addQueryItem(QStringLiteral("keyfile"), options.keyFile);
    if (!options.remoteSocket.isEmpty())
        query.addQueryItem(QStringLiteral("socket"), options.remoteSocket);
    if (!options.proxy.isEmpty())
        query.addQueryItem(QStringLiteral("proxy"), options.proxy);
    url.setQuery(query);
    if (!url.isValid()) {
        *error = QStringLiteral("cannot build a valid URI for %1: %2").arg(target.display(), url.errorString());
        return {};
    }
    return url.toString(QUrl::FullyEncoded);
}

std::optional<SshTarget> sshTargetForLibvirtUri(const QString &uri)
{
    const QUrl url(uri);
    const QString transport = url.scheme().section(QLatin1Char('+'), 1);
    if (!url.isValid() || url.host().isEmpty() || (transport != QLatin1String("ssh") && transport != QLatin1String("libssh")
                                                   && transport != QLatin1String("libssh2")))
        return std::nullopt;
    SshTarget target;
    target.user = url.userName();
    target.host = url.host();
    target.port = url.port(22);
    const QUrlQuery query(url);
    const QString keyFile = query.queryItemValue(QStringLiteral("keyfile"), QUrl::FullyDecoded);
    if (!keyFile.isEmpty())
        target.identityFiles.append(keyFile);
    target.vdeckKnownHostsFile = query.queryItemValue(QStringLiteral("known_hosts"), QUrl::FullyDecoded);
    return target;
}

} // namespace probe
