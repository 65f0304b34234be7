#pragma once

#include "hosts/connection.h"
#include "probe/sshprompt.h"

namespace hosts {

// The ssh probe's questions (an unknown host key; a passphrase, password or keyboard-interactive
// answer) asked through a CredentialPrompt, so the GUI answers them in the same non-modal
// CredentialDialog as libvirt's questions (CredentialBridge) while the probe waits on its worker
// thread. An answer is used once: the typed text is overwritten as soon as it has been copied
// into a probe::Secret. canAsk() is false without a prompt (unknown keys are then refused).
class CredentialSshPrompt final : public probe::SshPrompt
{
public:
    explicit CredentialSshPrompt(CredentialPrompt prompt) : m_prompt(std::move(prompt)) {}

    bool canAsk() const override { return bool(m_prompt); }
    probe::HostKeyAnswer askHostKey(const probe::HostKeyQuestion &question) override;
    std::optional<probe::Secret> askSecret(const QString &prompt, bool echo) override;

    // How askHostKey() reads an answer: "once", "remember" (or "yes"); anything else rejects.
    static probe::HostKeyAnswer parseHostKeyAnswer(const QString &answer);

private:
    CredentialPrompt m_prompt;
};

} // namespace hosts
