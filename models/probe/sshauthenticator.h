#pragma once

#include "probe/sshprompt.h"
#include "probe/sshtarget.h"

#include <libssh/libssh.h>

#include <QString>

namespace probe {

enum class SshAuthMethod { None, Agent, KeyFile, KeyboardInteractive, Password };
QString authMethodName(SshAuthMethod method);

struct SshAuthResult
{
    bool ok = false;
    SshAuthMethod method = SshAuthMethod::None;
    QString keyFile;   // the identity that worked (KeyFile)
    QString error;     // what was tried and why it failed; never a secret
};

// Logs in on a connected session whose host key is already trusted: ssh-agent first, then key
// files (a passphrase is asked only for a key the server would accept), then keyboard-interactive
// and password through the prompt. Secrets are wiped right after libssh has used them.
class SshAuthenticator
{
public:
    SshAuthenticator(ssh_session session, const SshTarget &target, SshPrompt &prompt);
    SshAuthResult authenticate();

private:
    bool tryAgent(QStringList *tried);
    bool tryKeyFile(const QString &path, QStringList *tried);
    bool tryKeyboardInteractive(QStringList *tried);
    bool tryPassword(QStringList *tried);
    QString lastError() const;

    ssh_session m_session;
    const SshTarget &m_target;
    SshPrompt &m_prompt;
    QByteArray m_user;
    SshAuthResult m_result;
};

} // namespace probe
