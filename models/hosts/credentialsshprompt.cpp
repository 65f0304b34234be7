#include "hosts/credentialsshprompt.h"

#include <libvirt/libvirt.h>

namespace hosts {

probe::HostKeyAnswer CredentialSshPrompt::parseHostKeyAnswer(const QString &answer)
{
    const QString a = answer.trimmed().toLower();
    if (a == QLatin1String("once"))
        return probe::HostKeyAnswer::AcceptOnce;
    if (a == QLatin1String("remember") || a == QLatin1String("yes"))
        return probe::HostKeyAnswer::AcceptAndRemember;
    return probe::HostKeyAnswer::Reject;
}

probe::HostKeyAnswer CredentialSshPrompt::askHostKey(const probe::HostKeyQuestion &q)
{
    if (!m_prompt)
        return probe::HostKeyAnswer::Reject;
    QList<CredentialRequest> requests{
        {VIR_CRED_ECHOPROMPT,
         QStringLiteral("The authenticity of host %1 cannot be established. Its %2 key has the fingerprint %3. Trust it? "
                        "Type once, remember (adds it to %4) or no:")
             .arg(q.hostName, q.keyType, q.fingerprint, q.rememberFile),
         q.fingerprint, QStringLiteral("no"), false, {}}};
    if (!m_prompt(requests))
        return probe::HostKeyAnswer::Reject;
    return parseHostKeyAnswer(requests.constFirst().result);
}

std::optional<probe::Secret> CredentialSshPrompt::askSecret(const QString &prompt, bool echo)
{
    if (!m_prompt)
        return std::nullopt;
    QList<CredentialRequest> requests{{echo ? VIR_CRED_ECHOPROMPT : VIR_CRED_NOECHOPROMPT, prompt, {}, {}, !echo, {}}};
    if (!m_prompt(requests))
        return std::nullopt;
    QString &typed = requests.first().result;
    probe::Secret secret(typed.toUtf8());
    typed.fill(QChar(u'\0'));
    return secret;
}

} // namespace hosts
