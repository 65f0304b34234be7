#include "libvirtdaemonfixture.h"
#include "processutil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace {
bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

void silence(void *, virErrorPtr)
{
}

QString findDaemon()
{
    for (const QString &name : {QStringLiteral("virtqemud"), QStringLiteral("libvirtd")}) {
        const QString path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (!path.isEmpty())
            return path;
    }
    return {};
}
}

LibvirtDaemonFixture::LibvirtDaemonFixture()
    : m_dir(QDir::tempPath() + QStringLiteral("/vdeck-libvirtd-XXXXXX"))
{
}

LibvirtDaemonFixture::~LibvirtDaemonFixture()
{
    stop();
}

QString LibvirtDaemonFixture::directory() const
{
    return m_dir.path();
}

QString LibvirtDaemonFixture::socketPath() const
{
    return m_dir.path() + QStringLiteral("/sock/") + (m_daemonIsVirtqemud ? QStringLiteral("virtqemud-sock") : QStringLiteral("libvirt-sock"));
}

QString LibvirtDaemonFixture::readOnlySocketPath() const
{
    return socketPath() + QStringLiteral("-ro");
}

QString LibvirtDaemonFixture::uri() const
{
    return QStringLiteral("qemu:///system?socket=") + socketPath();
}

QString LibvirtDaemonFixture::readOnlyUri() const
{
    return QStringLiteral("qemu:///system?socket=") + readOnlySocketPath();
}

QString LibvirtDaemonFixture::testDriverUri(const QString &hostFile) const
{
    return QStringLiteral("test+unix://") + hostFile + QStringLiteral("?socket=") + socketPath();
}

bool LibvirtDaemonFixture::writeConfig(QString *error)
{
    const QString d = m_dir.path();
    for (const char *sub : {"sock", "etc", "etc/qemu", "state", "log", "cache", "run", "mdevctl"}) {
        if (!QDir().mkpath(d + QLatin1Char('/') + QLatin1String(sub))) {
            *error = QStringLiteral("cannot create %1/%2").arg(d, QLatin1String(sub));
            return false;
        }
    }
    const QByteArray daemonConf = "unix_sock_dir = \"" + d.toUtf8() + "/sock\"\n"
                                  "unix_sock_rw_perms = \"0700\"\n"
                                  "unix_sock_ro_perms = \"0777\"\n"
                                  "auth_unix_rw = \"none\"\n"
                                  "auth_unix_ro = \"none\"\n"
                                  "log_outputs = \"3:file:" + d.toUtf8() + "/log/daemon.log\"\n"
                                  "max_clients = 200\n"
                                  "max_workers = 20\n"
                                  "keepalive_interval = 5\n";
    // QEMU as root: no /dev/kvm permission problems, no re-probing on every call.
    const QByteArray qemuConf = "user = \"root\"\n"
                                "group = \"root\"\n"
                                "dynamic_ownership = 0\n"
                                "remember_owner = 0\n"
                                "namespaces = []\n"
                                "stdio_handler = \"file\"\n"
                                "security_driver = \"none\"\n";
    if (!writeFile(d + QStringLiteral("/etc/daemon.conf"), daemonConf) || !writeFile(d + QStringLiteral("/etc/qemu.conf"), qemuConf)) {
        *error = QStringLiteral("cannot write the daemon configuration in %1").arg(d);
        return false;
    }
    return true;
}

bool LibvirtDaemonFixture::start(QString *error, int timeoutMs)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    const QString daemon = findDaemon();
    if (daemon.isEmpty()) {
        *error = QStringLiteral("neither virtqemud nor libvirtd is installed");
        return false;
    }
    if (!writeConfig(error))
        return false;

    const QString d = m_dir.path();
    // The daemon gets its own mount namespace in which its fixed system paths point into d.
    const QString script = QStringLiteral(
        "set -e\n"
        // Outside a chroot / is a mount point: keep our mounts from propagating back. Inside
        // tools/dev's build root the caller's namespace is private already.
        "mount --make-rprivate / 2>/dev/null || true\n"
        "for p in /etc/libvirt /var/lib/libvirt /var/log/libvirt /var/cache/libvirt /run/libvirt /etc/mdevctl.d; do mkdir -p \"$p\"; done\n"
        "mount --bind \"$D/etc\" /etc/libvirt\n"
        "mount --bind \"$D/state\" /var/lib/libvirt\n"
        "mount --bind \"$D/log\" /var/log/libvirt\n"
        "mount --bind \"$D/cache\" /var/cache/libvirt\n"
        "mount --bind \"$D/run\" /run/libvirt\n"
        // mdevctl's persistent mdevs (virNodeDeviceDefineXML) stay in the fixture too.
        "mount --bind \"$D/mdevctl\" /etc/mdevctl.d\n"
        "exec \"$DAEMON\" -f \"$D/etc/daemon.conf\" -p \"$D/daemon.pid\"\n");
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral("unshare"));
    m_process->setArguments({QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("unchanged"),
                             QStringLiteral("/bin/sh"), QStringLiteral("-c"), script});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("D"), d);
    env.insert(QStringLiteral("DAEMON"), daemon);
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(d + QStringLiteral("/log/stdout.log"));
    m_process->setChildProcessModifier([] { dieWithParent(); });
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(daemon, m_process->errorString());
        return false;
    }
    // libvirtd names its sockets libvirt-sock, virtqemud virtqemud-sock.
    m_daemonIsVirtqemud = daemon.endsWith(QLatin1String("virtqemud"));

    virSetErrorFunc(nullptr, silence);
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            *error = QStringLiteral("%1 exited with status %2:\n%3").arg(daemon).arg(m_process->exitCode()).arg(logTail());
            return false;
        }
        if (QFile::exists(socketPath())) {
            virConnectPtr conn = virConnectOpen(uri().toUtf8().constData());
            if (conn) {
                virConnectClose(conn);
                return true;
            }
        }
        m_process->waitForFinished(50); // also notices an early exit
    }
    *error = QStringLiteral("%1 did not answer within %2 ms:\n%3").arg(daemon).arg(timeoutMs).arg(logTail());
    stop();
    return false;
}

void LibvirtDaemonFixture::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(15000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void LibvirtDaemonFixture::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill(); // SIGKILL; the shell exec'd the daemon, so this is the daemon's pid
    m_process->waitForFinished(15000);
    const QString admin = m_dir.path() + QStringLiteral("/sock/libvirt-admin-sock");
    for (const QString &socket : {socketPath(), readOnlySocketPath(), admin})
        QFile::remove(socket);
}

bool LibvirtDaemonFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 LibvirtDaemonFixture::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QString LibvirtDaemonFixture::logTail(int lines) const
{
    return tailOfFiles({m_dir.path() + QStringLiteral("/log/stdout.log"), m_dir.path() + QStringLiteral("/log/daemon.log")}, lines);
}
