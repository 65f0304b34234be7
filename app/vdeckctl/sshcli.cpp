#include "sshcli.h"

#include <QFile>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace sshcli {

void addOptions(QCommandLineParser &parser, bool sshRequired)
{
    parser.addOption({QStringLiteral("ssh"),
                      sshRequired ? QStringLiteral("the host to probe") : QStringLiteral("probe this host over ssh"),
                      QStringLiteral("USER@HOST[:PORT]")});
    parser.addOption({QStringLiteral("identity"), QStringLiteral("a private key file, tried after the agent"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("known-hosts"),
                      QStringLiteral("vDeck's known-hosts file (read, and appended to when a key is accepted); "
                                     "~/.ssh/known_hosts is always read too"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("accept-new-host-key"),
                      QStringLiteral("trust and remember a host key no file knows yet (never a changed one)")});
    parser.addOption({QStringLiteral("root-prefix"),
                      QStringLiteral("read sysfs/procfs/etc below DIR on the host (a recorded or fake tree)"), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("per-probe timeout in milliseconds"), QStringLiteral("MS")});
}

bool anyProbeOptionSet(const QCommandLineParser &parser)
{
    for (const char *option : {"identity", "known-hosts", "accept-new-host-key", "root-prefix", "timeout"}) {
        if (parser.isSet(QLatin1String(option)))
            return true;
    }
    return false;
}

std::optional<Request> request(const QCommandLineParser &parser, QString *error)
{
    const std::optional<probe::SshTarget> target = probe::SshTarget::parse(parser.value(QStringLiteral("ssh")), error);
    if (!target)
        return std::nullopt;
    Request r{*target, {}, parser.isSet(QStringLiteral("accept-new-host-key"))};
    if (parser.isSet(QStringLiteral("identity")))
        r.target.identityFiles.append(parser.value(QStringLiteral("identity")));
    r.target.vdeckKnownHostsFile = parser.value(QStringLiteral("known-hosts"));
    r.options.rootPrefix = parser.value(QStringLiteral("root-prefix"));
    if (!probe::isValidRootPrefix(r.options.rootPrefix, error))
        return std::nullopt;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        r.options.timeoutMs = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || r.options.timeoutMs <= 0) {
            *error = QStringLiteral("--timeout needs a positive number of milliseconds");
            return std::nullopt;
        }
    }
    return r;
}

TerminalPrompt::TerminalPrompt()
    : m_fd(::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC))
{
}

TerminalPrompt::~TerminalPrompt()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool TerminalPrompt::canAsk() const
{
    // Interactive only: a terminal to talk to and stdin from it (not a pipe, as in scripts and CI).
    return m_fd >= 0 && ::isatty(m_fd) && ::isatty(STDIN_FILENO);
}

namespace {
QByteArray readLine(int fd)
{
    QByteArray line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n')
        line.append(c);
    return line;
}

void say(int fd, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    if (::write(fd, bytes.constData(), size_t(bytes.size())) < 0)
        return;
}
}

probe::HostKeyAnswer TerminalPrompt::askHostKey(const probe::HostKeyQuestion &q)
{
    say(m_fd, QStringLiteral("The authenticity of host %1 cannot be established.\n%2 key fingerprint is %3.\n"
                             "Trust it? [once/remember/no] (remember appends it to %4): ")
                  .arg(q.hostName, q.keyType, q.fingerprint, q.rememberFile));
    const QByteArray answer = readLine(m_fd).trimmed();
    if (answer == "once")
        return probe::HostKeyAnswer::AcceptOnce;
    if (answer == "remember" || answer == "yes")
        return probe::HostKeyAnswer::AcceptAndRemember;
    return probe::HostKeyAnswer::Reject;
}

std::optional<probe::Secret> TerminalPrompt::askSecret(const QString &prompt, bool echo)
{
    say(m_fd, prompt);
    termios saved{};
    const bool haveTermios = ::tcgetattr(m_fd, &saved) == 0;
    if (haveTermios && !echo) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(m_fd, TCSAFLUSH, &quiet);
    }
    probe::Secret secret(readLine(m_fd));
    if (haveTermios && !echo) {
        ::tcsetattr(m_fd, TCSAFLUSH, &saved);
        say(m_fd, QStringLiteral("\n"));
    }
    return secret;
}

std::optional<hostfacts::HostFacts> probeHost(const Request &request, QString *error)
{
    TerminalPrompt terminal;
    probe::AcceptNewHostKeys acceptNew(terminal);
    probe::SshPrompt &prompt = request.acceptNewHostKey ? static_cast<probe::SshPrompt &>(acceptNew) : terminal;
    probe::HostProbe hostProbe(request.target, request.options);
    std::optional<hostfacts::HostFacts> facts = hostProbe.run(prompt);
    if (!facts)
        *error = hostProbe.error();
    return facts;
}

} // namespace sshcli
