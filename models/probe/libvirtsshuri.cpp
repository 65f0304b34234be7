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

} // namespace probe
