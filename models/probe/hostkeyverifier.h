#pragma once

#include "probe/knownhostsfile.h"
#include "probe/sshprompt.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace probe {

struct OfferedHostKey
{
    QString keyType;     // "ssh-ed25519"
    QByteArray keyBlob;  // decoded public key
};

enum class HostKeyStatus {
    Known,               // listed in one of the files
    AcceptedOnce,        // unknown; the user accepted it for this connection
    Remembered,          // unknown; accepted and appended to vDeck's file
    RefusedUnknown,      // unknown and refused, or nobody could be asked
    RefusedChanged,      // the files list another key for this host
    RefusedRevoked,      // listed as @revoked
};

struct HostKeyVerdict
{
    HostKeyStatus status = HostKeyStatus::RefusedUnknown;
    QString message;       // for the user; names fingerprints, files and lines
    QString knownHostsFile; // the file that vouches for the key (Known, Remembered)

    bool trusted() const
    {
        return status == HostKeyStatus::Known || status == HostKeyStatus::AcceptedOnce || status == HostKeyStatus::Remembered;
    }
};

// The strict host-key policy, independent of any network: known -> continue; unknown -> ask
// (accept once / accept and remember in vDeck's file); nobody to ask -> refuse; changed or
// revoked -> refuse, naming stored and offered SHA256 fingerprints and the file and line to fix.
// A host known only under another key type counts as changed: vDeck never downgrades trust.
class HostKeyVerifier
{
public:
    HostKeyVerifier(QString userKnownHostsFile, QString vdeckKnownHostsFile);

    HostKeyVerdict verify(const QString &hostName, const OfferedHostKey &offered, SshPrompt &prompt) const;
    // The key types these files record for hostName, most trusted first (for negotiation).
    QStringList knownKeyTypes(const QString &hostName) const;

private:
    QList<KnownHostEntry> entriesFor(const QString &hostName) const;
    HostKeyVerdict changed(const QString &hostName, const OfferedHostKey &offered,
                           const QList<KnownHostEntry> &stored) const;
    HostKeyVerdict askAboutUnknown(const QString &hostName, const OfferedHostKey &offered, SshPrompt &prompt) const;

    QString m_userFile;
    QString m_vdeckFile;
};

} // namespace probe
