#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace probe {

// One key line of an OpenSSH known_hosts file.
struct KnownHostEntry
{
    QString file;
    int line = 0;            // 1-based
    bool revoked = false;    // "@revoked" marker
    QString hosts;           // the host field as written (patterns, or |1|salt|hash)
    QString keyType;         // "ssh-ed25519"
    QByteArray keyBlob;      // the decoded public key
};

// Reads, matches and appends OpenSSH known_hosts files: plain and hashed (|1|) host fields,
// comma-separated patterns with * and ? and ! negation, [host]:port names, @revoked.
// @cert-authority lines are skipped (vDeck does not trust host certificates).
namespace knownhosts {

QList<KnownHostEntry> read(const QString &path); // a missing file has no entries
bool hostFieldMatches(const QString &hostsField, const QString &hostName);
QList<KnownHostEntry> entriesFor(const QString &path, const QString &hostName);
// "SHA256:" + unpadded base64 of the SHA-256 of the key blob, as ssh-keygen -l prints it.
QString sha256Fingerprint(const QByteArray &keyBlob);
// Appends "hostName keyType base64" (creating the file and its directory, mode 0600).
bool append(const QString &path, const QString &hostName, const QString &keyType, const QByteArray &keyBlob,
            QString *error);

} // namespace knownhosts
} // namespace probe
