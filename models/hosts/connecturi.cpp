#include "hosts/connecturi.h"

#include "probe/libvirtsshuri.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace hosts {

namespace {


QString remoteUri(const QString &scheme, const UriSpec &spec, QString *error)
{
    if (spec.host.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("hosts", "a host name is needed");
        return {};
    }
    QUrl url;
    url.setScheme(scheme);
    if (!spec.user.isEmpty())
        url.setUserName(spec.user);
    url.setHost(spec.host.trimmed());
    if (spec.port > 0)
        url.setPort(spec.port);
    url.setPath(spec.driverPath);
    if (!spec.keyFile.isEmpty() && scheme == QLatin1String("qemu+ssh")) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("keyfile"), spec.keyFile);
        url.setQuery(query);
    }
    if (!url.isValid()) {
        *error = url.errorString();
        return {};
    }
    return url.toString(QUrl::FullyEncoded);
}

QString libsshUri(const UriSpec &spec, QString *error)
{
    if (spec.host.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("hosts", "a host name is needed");
        return {};
    }
    probe::SshTarget target;
    target.user = spec.user;
    target.host = spec.host.trimmed();
    if (spec.port > 0)
        target.port = spec.port;
    probe::LibvirtSshOptions options;
    options.driverPath = spec.driverPath;
    options.keyFile = spec.keyFile;
    options.knownHostsFile = spec.knownHostsFile.isEmpty() ? target.effectiveUserKnownHostsFile() : spec.knownHostsFile;
    return probe::libvirtSshUri(target, options, error);
}

} // namespace

QString buildUri(const UriSpec &spec, QString *error)
{
    if (spec.driverPath != QLatin1String("/system") && spec.driverPath != QLatin1String("/session")) {
        *error = QCoreApplication::translate("hosts", "driver path must be /system or /session");
        return {};
    }
    switch (spec.transport) {
    case UriSpec::Transport::Local:
        return QStringLiteral("qemu://") + spec.driverPath;
    case UriSpec::Transport::Ssh:
        return remoteUri(QStringLiteral("qemu+ssh"), spec, error);
    case UriSpec::Transport::Libssh:
        return libsshUri(spec, error);
    case UriSpec::Transport::Tls:
        return remoteUri(QStringLiteral("qemu+tls"), spec, error);
    case UriSpec::Transport::Test:
        if (spec.testFile.isEmpty())
            return QStringLiteral("test:///default");
        if (!QDir::isAbsolutePath(spec.testFile)) {
            *error = QCoreApplication::translate("hosts", "the test driver needs an absolute file path");
            return {};
        }
        return QStringLiteral("test://") + QDir::cleanPath(spec.testFile);
    }
    return {};
}

} // namespace hosts
