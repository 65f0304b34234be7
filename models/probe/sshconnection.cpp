#include "probe/sshconnection.h"

#include <QDeadlineTimer>
#include <QFile>

namespace probe {

namespace {
// Host-key algorithms to negotiate, the types the known-hosts files record for this host first,
// so a host known by its ed25519 key is not asked for (and then refused over) an ECDSA key.
QByteArray hostKeyAlgorithms(const QStringList &knownTypes)
{
    const QStringList defaults = {QStringLiteral("ssh-ed25519"), QStringLiteral("ecdsa-sha2-nistp521"),
                                  QStringLiteral("ecdsa-sha2-nistp384"), QStringLiteral("ecdsa-sha2-nistp256"),
                                  QStringLiteral("rsa-sha2-512"), QStringLiteral("rsa-sha2-256")};
    QStringList order;
    for (const QString &type : knownTypes) {
        const QStringList algorithms = type == QLatin1String("ssh-rsa")
                                           ? QStringList{QStringLiteral("rsa-sha2-512"), QStringLiteral("rsa-sha2-256")}
                                           : QStringList{type};
        for (const QString &a : algorithms) {
            if (defaults.contains(a) && !order.contains(a))
                order.append(a);
        }
    }
    for (const QString &a : defaults) {
        if (!order.contains(a))
            order.append(a);
    }
    return order.join(QLatin1Char(',')).toLatin1();
}
}

SshConnection::SshConnection(SshTarget target)
    : m_target(std::move(target))
{
}

bool SshConnection::configure()
{
    m_session.reset(ssh_new());
    if (!m_session) {
        m_error = QStringLiteral("cannot create an ssh session");
        return false;
    }
    ssh_session s = m_session.get();
    const int port = m_target.port;
    const long timeoutSeconds = qMax(1, m_target.connectTimeoutMs / 1000);
    const int noLog = SSH_LOG_NOLOG;
    const int no = 0;
    const HostKeyVerifier verifier(m_target.effectiveUserKnownHostsFile(), m_target.effectiveVdeckKnownHostsFile());
    const QByteArray algorithms = hostKeyAlgorithms(verifier.knownKeyTypes(m_target.knownHostsName()));
    bool ok = ssh_options_set(s, SSH_OPTIONS_HOST, m_target.host.toUtf8().constData()) == 0
              && ssh_options_set(s, SSH_OPTIONS_PORT, &port) == 0
              && ssh_options_set(s, SSH_OPTIONS_USER, m_target.effectiveUser().toUtf8().constData()) == 0
              && ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeoutSeconds) == 0
              && ssh_options_set(s, SSH_OPTIONS_LOG_VERBOSITY, &noLog) == 0
              && ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no) == 0
              && ssh_options_set(s, SSH_OPTIONS_HOSTKEYS, algorithms.constData()) == 0
              // vDeck checks host keys itself (HostKeyVerifier); libssh must not consult other files.
              && ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, "/dev/null") == 0
              && ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null") == 0;
    if (ok && !m_target.agentSocket.isEmpty())
        ok = ssh_options_set(s, SSH_OPTIONS_IDENTITY_AGENT, QFile::encodeName(m_target.agentSocket).constData()) == 0;
    if (!ok)
        m_error = QStringLiteral("invalid ssh options for %1: %2").arg(m_target.display(), QString::fromUtf8(ssh_get_error(s)));
    return ok;
}

bool SshConnection::open(SshPrompt &prompt)
{
    if (!configure())
        return false;
    if (ssh_connect(m_session.get()) != SSH_OK) {
        m_error = QStringLiteral("cannot connect to %1: %2").arg(m_target.display(), QString::fromUtf8(ssh_get_error(m_session.get())));
        return false;
    }
    if (!verifyHostKey(prompt))
        return false;
    m_auth = SshAuthenticator(m_session.get(), m_target, prompt).authenticate();
    if (!m_auth.ok) {
        m_error = m_auth.error;
        return false;
    }
    return true;
}

bool SshConnection::verifyHostKey(SshPrompt &prompt)
{
    ssh_key raw = nullptr;
    if (ssh_get_server_publickey(m_session.get(), &raw) != SSH_OK) {
        m_error = QStringLiteral("%1 sent no host key").arg(m_target.display());
        return false;
    }
    SshKeyPtr key(raw);
    char *b64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key.get(), &b64) != SSH_OK) {
        m_error = QStringLiteral("cannot read the host key of %1").arg(m_target.display());
        return false;
    }
    OfferedHostKey offered{QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get()))),
                           QByteArray::fromBase64(QByteArray(b64))};
    ssh_string_free_char(b64);
    const HostKeyVerifier verifier(m_target.effectiveUserKnownHostsFile(), m_target.effectiveVdeckKnownHostsFile());
    m_verdict = verifier.verify(m_target.knownHostsName(), offered, prompt);
    if (!m_verdict.trusted()) {
        m_error = m_verdict.message;
        return false;
    }
    return true;
}

bool SshConnection::isConnected() const
{
    return m_session && m_auth.ok && ssh_is_connected(m_session.get()) != 0;
}

ProbeOutput SshConnection::run(const AllowedCommand &command, const ProbeLimits &limits)
{
    ProbeOutput result;
    if (!m_session || !m_auth.ok) {
        result.error = QStringLiteral("not connected");
        return result;
    }
    SshChannelPtr channel(ssh_channel_new(m_session.get()));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK
        || ssh_channel_request_exec(channel.get(), AllowedCommand::remoteCommand().constData()) != SSH_OK) {
        result.error = QStringLiteral("cannot start a command on %1: %2").arg(m_target.display(), QString::fromUtf8(ssh_get_error(m_session.get())));
        return result;
    }
    const QByteArray &script = command.script();
    if (ssh_channel_write(channel.get(), script.constData(), uint32_t(script.size())) != int(script.size())
        || ssh_channel_send_eof(channel.get()) != SSH_OK) {
        result.error = QStringLiteral("cannot send the probe to %1").arg(m_target.display());
        return result;
    }
    readUntilDone(channel.get(), limits, &result);
    if (result.timedOut) {
        // Ask sshd to end the script; the channel is closed either way.
        ssh_channel_request_send_signal(channel.get(), "KILL");
        result.error = QStringLiteral("probe %1 timed out after %2 ms").arg(probeName(command.probe())).arg(limits.timeoutMs);
    }
    return result;
}

void SshConnection::readUntilDone(ssh_channel channel, const ProbeLimits &limits, ProbeOutput *result)
{
    const QDeadlineTimer deadline(limits.timeoutMs);
    char buffer[16384];
    for (;;) {
        const qint64 left = deadline.remainingTime();
        if (left <= 0) {
            result->timedOut = true;
            return;
        }
        const int n = ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0, int(qMin<qint64>(left, 250)));
        if (n == SSH_ERROR) {
            result->error = QStringLiteral("connection to %1 failed: %2").arg(m_target.display(), QString::fromUtf8(ssh_get_error(m_session.get())));
            return;
        }
        // Drain (and drop) stderr so a chatty probe cannot stall on a full window.
        char discard[4096];
        while (ssh_channel_poll(channel, 1) > 0 && ssh_channel_read_nonblocking(channel, discard, sizeof discard, 1) > 0) {
        }
        if (n > 0) {
            const qint64 room = limits.outputCap - result->out.size();
            result->out.append(buffer, qMin<qint64>(n, room));
            if (n > room) {
                result->truncated = true;
                result->ok = true;
                return;
            }
            continue;
        }
        if (ssh_channel_is_eof(channel)) {
            result->ok = true;
            return;
        }
    }
}

} // namespace probe
