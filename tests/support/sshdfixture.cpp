#include "sshdfixture.h"
#include "processutil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpSocket>

#include <pwd.h>
#include <unistd.h>

SshdFixture::SshdFixture()
    : m_dir(QDir::tempPath() + QStringLiteral("/vdeck-sshd-XXXXXX"))
{
}

SshdFixture::~SshdFixture()
{
    stop();
}

QString SshdFixture::userName() const
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QStringLiteral("root");
}

QString SshdFixture::hostKeyPath() const
{
    return m_dir.path() + QStringLiteral("/ssh_host_ed25519_key");
}

QString SshdFixture::userKeyPath() const
{
    return m_dir.path() + QStringLiteral("/id_ed25519");
}

QString SshdFixture::hostPublicKey() const
{
    QFile f(hostKeyPath() + QStringLiteral(".pub"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList parts = QString::fromUtf8(f.readAll()).trimmed().split(QLatin1Char(' '));
    return parts.size() >= 2 ? parts.at(0) + QLatin1Char(' ') + parts.at(1) : QString();
}

QString SshdFixture::knownHostsLine() const
{
    return QStringLiteral("[%1]:%2 %3").arg(host()).arg(m_port).arg(hostPublicKey());
}

QString SshdFixture::writeKnownHostsFile() const
{
    const QString path = m_dir.path() + QStringLiteral("/known_hosts");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(knownHostsLine().toUtf8() + '\n');
    return path;
}

bool SshdFixture::makeKey(const QString &path, QString *error)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    const ProcessResult r = runProcess(QStringLiteral("ssh-keygen"),
                                       {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                                        QString(), QStringLiteral("-C"), QStringLiteral("vdeck-test"), QStringLiteral("-f"), path});
    if (r.exitCode != 0 || r.crashed) {
        *error = QStringLiteral("ssh-keygen failed for %1: %2").arg(path, QString::fromUtf8(r.err));
        return false;
    }
    return true;
}

bool SshdFixture::writeConfig(QString *error)
{
    const QString d = m_dir.path();
    QFile pub(userKeyPath() + QStringLiteral(".pub"));
    QFile auth(d + QStringLiteral("/authorized_keys"));
    if (!pub.open(QIODevice::ReadOnly) || !auth.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1").arg(auth.fileName());
        return false;
    }
    auth.write(pub.readAll());
    auth.close();
    const QByteArray conf = "Port " + QByteArray::number(m_port) + "\n"
                            "ListenAddress 127.0.0.1\n"
                            "HostKey " + hostKeyPath().toUtf8() + "\n"
                            "PidFile " + d.toUtf8() + "/sshd.pid\n"
                            "AuthorizedKeysFile " + d.toUtf8() + "/authorized_keys\n"
                            "UsePAM no\n"
                            "StrictModes no\n"
                            "PermitRootLogin prohibit-password\n"
                            "PasswordAuthentication no\n"
                            "KbdInteractiveAuthentication no\n"
                            "PubkeyAuthentication yes\n"
                            "AllowAgentForwarding no\n"
                            "X11Forwarding no\n"
                            "AllowStreamLocalForwarding yes\n"
                            "MaxSessions 50\n"
                            "MaxStartups 50\n"
                            "LogLevel VERBOSE\n"
                            "Subsystem sftp internal-sftp\n";
    QFile f(d + QStringLiteral("/sshd_config"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(conf) != conf.size()) {
        *error = QStringLiteral("cannot write %1").arg(f.fileName());
        return false;
    }
    return true;
}

bool SshdFixture::start(QString *error, int timeoutMs)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    if (!makeKey(hostKeyPath(), error) || !makeKey(userKeyPath(), error))
        return false;
    m_port = freeLoopbackPort();
    if (m_port == 0) {
        *error = QStringLiteral("no free port on 127.0.0.1");
        return false;
    }
    if (!writeConfig(error))
        return false;
    return launch(error, timeoutMs);
}

bool SshdFixture::launch(QString *error, int timeoutMs)
{
    QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation directory
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral("/usr/sbin/sshd"));
    m_process->setArguments({QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), m_dir.path() + QStringLiteral("/sshd_config")});
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir.path() + QStringLiteral("/sshd.log"), QIODevice::Append);
    m_process->setChildProcessModifier([] { dieWithParent(); });
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start sshd: %1").arg(m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            *error = QStringLiteral("sshd exited with status %1:\n%2").arg(m_process->exitCode()).arg(logTail());
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200) && probe.waitForReadyRead(2000) && probe.readAll().startsWith("SSH-"))
            return true;
        m_process->waitForFinished(50); // also notices an early exit
    }
    *error = QStringLiteral("sshd did not answer on port %1 within %2 ms:\n%3").arg(m_port).arg(timeoutMs).arg(logTail());
    stop();
    return false;
}

bool SshdFixture::restart(QString *error)
{
    stop();
    return launch(error, 15000);
}

bool SshdFixture::restartWithNewHostKey(QString *error)
{
    stop();
    return makeKey(hostKeyPath(), error) && launch(error, 15000);
}

void SshdFixture::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool SshdFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 SshdFixture::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QString SshdFixture::logTail(int lines) const
{
    return tailOfFiles({m_dir.path() + QStringLiteral("/sshd.log")}, lines);
}
