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

namespace hosts {

QString uriSchemeProblem(const QString &uri)
{
    const qsizetype sep = uri.indexOf(QLatin1String("://"));
    if (sep < 0)
        return {};
    static const QStringList drivers{
        QStringLiteral("qemu"),   QStringLiteral("test"),     QStringLiteral("lxc"),     QStringLiteral("xen"),   QStringLiteral("libxl"),
        QStringLiteral("vbox"),   QStringLiteral("esx"),      QStringLiteral("gsx"),     QStringLiteral("vpx"),   QStringLiteral("vmwareplayer"),
        QStringLiteral("vmwarews"), QStringLiteral("vmwarefusion"), QStringLiteral("bhyve"), QStringLiteral("ch"), QStringLiteral("openvz"),
        QStringLiteral("vz"),     QStringLiteral("hyperv"),   QStringLiteral("parallels"), QStringLiteral("remote"), QStringLiteral("network"),
        QStringLiteral("nodedev"), QStringLiteral("interface"), QStringLiteral("storage"), QStringLiteral("secret"), QStringLiteral("nwfilter")};
    static const QStringList transports{QStringLiteral("tls"), QStringLiteral("tcp"), QStringLiteral("unix"), QStringLiteral("ssh"),
                                        QStringLiteral("libssh"), QStringLiteral("libssh2"), QStringLiteral("ext")};
    const QString scheme = uri.left(sep);
    const QString driver = scheme.section(QLatin1Char('+'), 0, 0);
    const QString transport = scheme.section(QLatin1Char('+'), 1);
    if (!drivers.contains(driver))
        return QStringLiteral("unknown URI scheme '%1': libvirt's drivers are %2").arg(scheme, drivers.join(QStringLiteral(", ")));
    if (!transport.isEmpty() && !transports.contains(transport))
        return QStringLiteral("unknown URI transport '+%1' in '%2': libvirt's transports are %3")
            .arg(transport, scheme, transports.join(QStringLiteral(", ")));
    return {};
}

} // namespace hosts
