#include "probe/hostkeyverifier.h"

namespace probe {

HostKeyVerifier::HostKeyVerifier(QString userKnownHostsFile, QString vdeckKnownHostsFile)
    : m_userFile(std::move(userKnownHostsFile))
    , m_vdeckFile(std::move(vdeckKnownHostsFile))
{
}

QList<KnownHostEntry> HostKeyVerifier::entriesFor(const QString &hostName) const
{
    QList<KnownHostEntry> all = knownhosts::entriesFor(m_userFile, hostName);
    if (m_vdeckFile != m_userFile)
        all += knownhosts::entriesFor(m_vdeckFile, hostName);
    return all;
}

QStringList HostKeyVerifier::knownKeyTypes(const QString &hostName) const
{
    QStringList types;
    for (const KnownHostEntry &e : entriesFor(hostName)) {
        if (!e.revoked && !types.contains(e.keyType))
            types.append(e.keyType);
    }
    return types;
}

HostKeyVerdict HostKeyVerifier::verify(const QString &hostName, const OfferedHostKey &offered, SshPrompt &prompt) const
{
    const QList<KnownHostEntry> entries = entriesFor(hostName);
    const QString offeredPrint = knownhosts::sha256Fingerprint(offered.keyBlob);
    for (const KnownHostEntry &e : entries) {
        if (e.revoked && e.keyBlob == offered.keyBlob) {
            return {HostKeyStatus::RefusedRevoked,
                    QStringLiteral("The host key %1 %2 offered by %3 is marked @revoked in %4 line %5; refusing to connect.")
                        .arg(offered.keyType, offeredPrint, hostName, e.file)
                        .arg(e.line),
                    {}};
        }
    }
    QList<KnownHostEntry> stored;
    for (const KnownHostEntry &e : entries) {
        if (e.revoked)
            continue;
        if (e.keyType == offered.keyType && e.keyBlob == offered.keyBlob)
            return {HostKeyStatus::Known, {}, e.file};
        stored.append(e);
    }
    if (!stored.isEmpty())
        return changed(hostName, offered, stored);
    return askAboutUnknown(hostName, offered, prompt);
}

HostKeyVerdict HostKeyVerifier::changed(const QString &hostName, const OfferedHostKey &offered,
                                        const QList<KnownHostEntry> &stored) const
{
    QString m = QStringLiteral("The host key of %1 has CHANGED (or someone is intercepting the connection); refusing to connect.\n")
                    .arg(hostName);
    for (const KnownHostEntry &e : stored) {
        m += QStringLiteral("  stored:  %1 %2 (%3 line %4)\n")
                 .arg(e.keyType, knownhosts::sha256Fingerprint(e.keyBlob), e.file)
                 .arg(e.line);
    }
    m += QStringLiteral("  offered: %1 %2\n").arg(offered.keyType, knownhosts::sha256Fingerprint(offered.keyBlob));
    const KnownHostEntry &first = stored.first();
    m += QStringLiteral("If the host was reinstalled and you have checked the new fingerprint out of band, remove line %1 of %2 "
                        "(ssh-keygen -R '%3' -f '%2') and connect again.")
             .arg(first.line)
             .arg(first.file, hostName);
    return {HostKeyStatus::RefusedChanged, m, {}};
}

HostKeyVerdict HostKeyVerifier::askAboutUnknown(const QString &hostName, const OfferedHostKey &offered,
                                                SshPrompt &prompt) const
{
    const QString print = knownhosts::sha256Fingerprint(offered.keyBlob);
    const QString unknown = QStringLiteral("The host key of %1 is not known: %2 %3.").arg(hostName, offered.keyType, print);
    if (!prompt.canAsk()) {
        return {HostKeyStatus::RefusedUnknown,
                unknown + QStringLiteral(" Nobody can be asked to confirm it; refusing to connect. Check the fingerprint "
                                         "on the host (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) and add it to %1, "
                                         "or accept it interactively.")
                              .arg(m_vdeckFile),
                {}};
    }
    switch (prompt.askHostKey({hostName, offered.keyType, print, m_vdeckFile})) {
    case HostKeyAnswer::AcceptOnce:
        return {HostKeyStatus::AcceptedOnce, {}, {}};
    case HostKeyAnswer::AcceptAndRemember: {
        QString error;
        if (!knownhosts::append(m_vdeckFile, hostName, offered.keyType, offered.keyBlob, &error))
            return {HostKeyStatus::RefusedUnknown, unknown + QLatin1Char(' ') + error, {}};
        return {HostKeyStatus::Remembered, {}, m_vdeckFile};
    }
    case HostKeyAnswer::Reject:
        break;
    }
    return {HostKeyStatus::RefusedUnknown, unknown + QStringLiteral(" Refused by the user."), {}};
}

} // namespace probe
