#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace probe {

// Where and as whom to connect, and which known-hosts files decide whether the host key is
// trusted. Holds no secret: passwords and passphrases only ever pass through an SshPrompt.
struct SshTarget
{
    QString user;                  // empty: the local user name
    QString host;
    int port = 22;
    QStringList identityFiles;     // tried after the agent, in order
    bool useDefaultIdentities = true; // also ~/.ssh/id_ed25519, id_ecdsa, id_rsa when present
    bool useAgent = true;
    QString agentSocket;           // empty: $SSH_AUTH_SOCK
    QString userKnownHostsFile;    // empty: ~/.ssh/known_hosts (read only)
    QString vdeckKnownHostsFile;   // empty: <AppDataLocation>/known_hosts (read, appended)
    int connectTimeoutMs = 15000;

    // "USER@HOST[:PORT]", "HOST", "USER@[v6addr]:PORT". Returns nullopt and sets error when
    // the text is not one of these or names a port outside 1..65535.
    static std::optional<SshTarget> parse(const QString &text, QString *error);

    QString effectiveUser() const;
    QString effectiveUserKnownHostsFile() const;
    QString effectiveVdeckKnownHostsFile() const;
    QStringList effectiveIdentityFiles() const;
    // The name known_hosts files use: "host" on port 22, "[host]:port" otherwise.
    QString knownHostsName() const;
    QString display() const; // user@host:port
};

} // namespace probe
