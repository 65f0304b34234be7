#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace probe {

// What the user is asked about a host key that no known-hosts file knows.
struct HostKeyQuestion
{
    QString hostName;     // "[127.0.0.1]:2222" as known_hosts writes it
    QString keyType;      // "ssh-ed25519"
    QString fingerprint;  // "SHA256:..."
    QString rememberFile; // where "accept and remember" would append the key
};

enum class HostKeyAnswer { Reject, AcceptOnce, AcceptAndRemember };

// A secret typed by the user. Wiped when it goes out of scope; never copied.
class Secret
{
public:
    explicit Secret(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    ~Secret() { wipe(); }
    Secret(Secret &&other) noexcept : m_bytes(std::move(other.m_bytes)) { other.m_bytes.clear(); }
    Secret &operator=(Secret &&) = delete;
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;

    const char *data() const { return m_bytes.constData(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void wipe();

private:
    QByteArray m_bytes;
};

// Everything HostProbe may ask a human. The GUI implements it with dialogs, vdeckctl with the
// controlling terminal, tests with scripted answers. Answers are used once and never stored.
class SshPrompt
{
public:
    virtual ~SshPrompt() = default;
    // false when nobody can be asked (no terminal, no window): unknown keys are then refused.
    virtual bool canAsk() const = 0;
    virtual HostKeyAnswer askHostKey(const HostKeyQuestion &question) = 0;
    // A passphrase, password or keyboard-interactive answer; nullopt cancels.
    virtual std::optional<Secret> askSecret(const QString &prompt, bool echo) = 0;
};

// Nobody to ask: every unknown key is refused, no secret is offered.
class NoPrompt final : public SshPrompt
{
public:
    bool canAsk() const override { return false; }
    HostKeyAnswer askHostKey(const HostKeyQuestion &) override { return HostKeyAnswer::Reject; }
    std::optional<Secret> askSecret(const QString &, bool) override { return std::nullopt; }
};

// Accepts new keys without asking (`--accept-new-host-key`, like OpenSSH's accept-new) and
// forwards secrets to another prompt. Changed keys are never accepted by anyone.
class AcceptNewHostKeys final : public SshPrompt
{
public:
    explicit AcceptNewHostKeys(SshPrompt &secrets) : m_secrets(secrets) {}
    bool canAsk() const override { return true; }
    HostKeyAnswer askHostKey(const HostKeyQuestion &) override { return HostKeyAnswer::AcceptAndRemember; }
    std::optional<Secret> askSecret(const QString &prompt, bool echo) override { return m_secrets.askSecret(prompt, echo); }

private:
    SshPrompt &m_secrets;
};

} // namespace probe
