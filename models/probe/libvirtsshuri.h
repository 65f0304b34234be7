#pragma once

#include "probe/sshtarget.h"

#include <QString>

#include <optional>

namespace probe {

struct LibvirtSshOptions
{
    QString driverPath = QStringLiteral("/system"); // "/system" or "/session"
    QString knownHostsFile;   // the file that vouches for the host key (HostKeyVerdict), required
    QString keyFile;          // optional identity for libvirt's own login
    QString remoteSocket;     // optional daemon socket on the host (socket=)
    QString proxy;            // optional: auto, native, netcat
    bool readOnly = false;    // adds nothing to the URI; the caller opens read-only
};

// qemu+libssh://user@host:port/system?known_hosts=FILE&known_hosts_verify=normal&sshauth=... :
// libvirt's own ssh transport held to the same policy as HostProbe. vDeck never emits
// no_verify or known_hosts_verify=auto/ignore. Returns an empty string and sets error when no
// known-hosts file is given or a value cannot be represented safely.
QString libvirtSshUri(const SshTarget &target, const LibvirtSshOptions &options, QString *error);

// The other way: where the ssh probe goes for a libvirt URI that reaches its host over ssh
// (qemu+ssh://, qemu+libssh://, any driver): user, host and port from the URI, keyfile= as the
// identity, known_hosts= as the file that vouches for the host key (and takes remembered keys,
// so libvirt and the probe agree). nullopt for URIs that do not use ssh.
std::optional<SshTarget> sshTargetForLibvirtUri(const QString &uri);

} // namespace probe
