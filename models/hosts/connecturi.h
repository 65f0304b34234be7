#pragma once

#include <QString>

namespace hosts {

// What the connect dialog's URI builder asks for; buildUri() turns it into a libvirt URI.
struct UriSpec
{
    enum class Transport { Local, Ssh, Libssh, Tls, Test };
    Transport transport = Transport::Local;
    QString user;
    QString host;
    int port = 0;                 // 0: the transport's default
    QString keyFile;              // ssh / libssh identity (the path, never the key)
    QString knownHostsFile;       // libssh: the file that vouches for the host key (required)
    QString driverPath = QStringLiteral("/system"); // "/system" or "/session"
    QString testFile;             // test: absolute path of a test-driver XML; empty = /default
};

// local: qemu:///system; ssh: qemu+ssh://user@host:port/system?keyfile=F;
// libssh: probe::libvirtSshUri (known_hosts= and known_hosts_verify=normal, never no_verify);
// tls: qemu+tls://host:port/system; test: test:///abs/path.xml or test:///default.
// Returns an empty string and sets error when something needed is missing.
QString buildUri(const UriSpec &spec, QString *error);

// Why libvirt could not know a URI's scheme ("driver[+transport]://..."), or "" when it may: a
// driver libvirt has and a transport it speaks. A URI without "://" (an alias from libvirt.conf)
// is left to libvirt. vdeckctl calls a scheme it does not know a usage error (exit 2).
QString uriSchemeProblem(const QString &uri);

} // namespace hosts
