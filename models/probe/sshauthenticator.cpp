#include "probe/sshauthenticator.h"

#include "probe/sshhandles.h"

#include <QFileInfo>

namespace probe {

QString authMethodName(SshAuthMethod method)
{
    switch (method) {
    case SshAuthMethod::None: return QStringLiteral("none");
    case SshAuthMethod::Agent: return QStringLiteral("agent");
    case SshAuthMethod::KeyFile: return QStringLiteral("publickey");
    case SshAuthMethod::KeyboardInteractive: return QStringLiteral("keyboard-interactive");
    case SshAuthMethod::Password: return QStringLiteral("password");
    }
    return {};
}

SshAuthenticator::SshAuthenticator(ssh_session session, const SshTarget &target, SshPrompt &prompt)
    : m_session(session)
    , m_target(target)
    , m_prompt(prompt)
    , m_user(target.effectiveUser().toUtf8())
{
}

QString SshAuthenticator::lastError() const
{
    return QString::fromUtf8(ssh_get_error(m_session));
}

SshAuthResult SshAuthenticator::authenticate()
{
    QStringList tried;
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return {true, SshAuthMethod::None, {}, {}};
    if (rc == SSH_AUTH_ERROR)
        return {false, SshAuthMethod::None, {}, QStringLiteral("authentication failed: %1").arg(lastError())};
    const int methods = ssh_userauth_list(m_session, nullptr);
    if ((methods & SSH_AUTH_METHOD_PUBLICKEY) && m_target.useAgent && tryAgent(&tried))
        return m_result;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        for (const QString &path : m_target.effectiveIdentityFiles()) {
            if (tryKeyFile(path, &tried))
                return m_result;
        }
    }
    if ((methods & SSH_AUTH_METHOD_INTERACTIVE) && m_prompt.canAsk() && tryKeyboardInteractive(&tried))
        return m_result;
    if ((methods & SSH_AUTH_METHOD_PASSWORD) && m_prompt.canAsk() && tryPassword(&tried))
        return m_result;
    if (tried.isEmpty())
        tried.append(QStringLiteral("no usable method (no agent, no key file, nobody to ask)"));
    return {false, SshAuthMethod::None, {},
            QStringLiteral("authentication as %1 failed; tried: %2").arg(QString::fromUtf8(m_user), tried.join(QStringLiteral("; ")))};
}

bool SshAuthenticator::tryAgent(QStringList *tried)
{
    const QByteArray socket = m_target.agentSocket.isEmpty() ? qgetenv("SSH_AUTH_SOCK") : m_target.agentSocket.toLocal8Bit();
    if (socket.isEmpty())
        return false;
    if (ssh_userauth_agent(m_session, nullptr) == SSH_AUTH_SUCCESS) {
        m_result = {true, SshAuthMethod::Agent, {}, {}};
        return true;
    }
    tried->append(QStringLiteral("agent (no key accepted)"));
    return false;
}

bool SshAuthenticator::tryKeyFile(const QString &path, QStringList *tried)
{
    const QByteArray file = QFile::encodeName(path);
    if (!QFileInfo(path).isReadable()) {
        tried->append(QStringLiteral("%1 (not readable)").arg(path));
        return false;
    }
    // Offer the public half first, so no passphrase is asked for a key the server refuses.
    ssh_key rawPub = nullptr;
    if (ssh_pki_import_pubkey_file(QFile::encodeName(path + QStringLiteral(".pub")).constData(), &rawPub) == SSH_OK) {
        SshKeyPtr pub(rawPub);
        if (ssh_userauth_try_publickey(m_session, nullptr, pub.get()) != SSH_AUTH_SUCCESS) {
            tried->append(QStringLiteral("%1 (not accepted)").arg(path));
            return false;
        }
    }
    ssh_key rawKey = nullptr;
    int rc = ssh_pki_import_privkey_file(file.constData(), nullptr, nullptr, nullptr, &rawKey);
    for (int attempt = 0; rc != SSH_OK && attempt < 3 && m_prompt.canAsk(); ++attempt) {
        std::optional<Secret> passphrase = m_prompt.askSecret(QStringLiteral("Passphrase for %1: ").arg(path), false);
        if (!passphrase)
            break;
        rc = ssh_pki_import_privkey_file(file.constData(), passphrase->data(), nullptr, nullptr, &rawKey);
    }
    if (rc != SSH_OK) {
        tried->append(QStringLiteral("%1 (cannot read or decrypt)").arg(path));
        return false;
    }
    SshKeyPtr key(rawKey);
    if (ssh_userauth_publickey(m_session, nullptr, key.get()) != SSH_AUTH_SUCCESS) {
        tried->append(QStringLiteral("%1 (not accepted)").arg(path));
        return false;
    }
    m_result = {true, SshAuthMethod::KeyFile, path, {}};
    return true;
}

bool SshAuthenticator::tryKeyboardInteractive(QStringList *tried)
{
    int rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    while (rc == SSH_AUTH_INFO) {
        const int n = ssh_userauth_kbdint_getnprompts(m_session);
        for (int i = 0; i < n; ++i) {
            char echo = 0;
            const char *text = ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo);
            std::optional<Secret> answer = m_prompt.askSecret(QString::fromUtf8(text ? text : ""), echo != 0);
            if (!answer) {
                tried->append(QStringLiteral("keyboard-interactive (cancelled)"));
                return false;
            }
            ssh_userauth_kbdint_setanswer(m_session, unsigned(i), answer->data());
        }
        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    }
    if (rc == SSH_AUTH_SUCCESS) {
        m_result = {true, SshAuthMethod::KeyboardInteractive, {}, {}};
        return true;
    }
    tried->append(QStringLiteral("keyboard-interactive (refused)"));
    return false;
}

bool SshAuthenticator::tryPassword(QStringList *tried)
{
    std::optional<Secret> password =
        m_prompt.askSecret(QStringLiteral("Password for %1: ").arg(m_target.display()), false);
    if (!password) {
        tried->append(QStringLiteral("password (cancelled)"));
        return false;
    }
    if (ssh_userauth_password(m_session, nullptr, password->data()) == SSH_AUTH_SUCCESS) {
        m_result = {true, SshAuthMethod::Password, {}, {}};
        return true;
    }
    tried->append(QStringLiteral("password (refused)"));
    return false;
}

} // namespace probe
