#include "secretservicefixture.h"
#include "processutil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

namespace {

// A session bus that owns nothing it is not asked to: no <servicedir>, so no activation.
const char kBusConfig[] = R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";

const char kKeyringPassword[] = "vdeck-test-login-keyring";

} // namespace

SecretServiceFixture::SecretServiceFixture()
    : m_dir(QDir::tempPath() + QStringLiteral("/vdeck-secrets-XXXXXX"))
{
}

SecretServiceFixture::~SecretServiceFixture()
{
    stop();
}

QProcessEnvironment SecretServiceFixture::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home() + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path() + QStringLiteral("/run"));
    if (!m_busAddress.isEmpty())
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    return env;
}

void SecretServiceFixture::applyEnvironment()
{
    for (const QString &d : QStringList{configHome(), dataHome(), home() + QStringLiteral("/.cache"), m_dir.path() + QStringLiteral("/run")})
        QDir().mkpath(d);
    QFile::setPermissions(m_dir.path() + QStringLiteral("/run"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QProcessEnvironment env = environment();
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS"}) {
        const QString value = env.value(QString::fromLatin1(name));
        if (!value.isEmpty())
            qputenv(name, value.toUtf8());
    }
    // QtKeychain picks KWallet on a KDE desktop: the test wants the Secret Service everywhere.
    qputenv("QTKEYCHAIN_BACKEND", "libsecret");
    for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_KEYRING_CONTROL"})
        qunsetenv(name);
}

bool SecretServiceFixture::startBus(QString *error)
{
    const QString config = m_dir.path() + QStringLiteral("/bus.conf");
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(config);
        return false;
    }
    f.write(QString::fromLatin1(kBusConfig).arg(m_dir.path() + QStringLiteral("/bus")).toUtf8());
    f.close();
    m_bus = std::make_unique<QProcess>();
    m_bus->setProgram(QStringLiteral("dbus-daemon"));
    m_bus->setArguments({QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--nopidfile"), QStringLiteral("--print-address")});
    m_bus->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_bus->setChildProcessModifier([] { dieWithParent(); });
    m_bus->start();
    if (!m_bus->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start dbus-daemon: %1").arg(m_bus->errorString());
        return false;
    }
    QByteArray out;
    const QDeadlineTimer deadline(10000);
    while (!out.contains('\n') && !deadline.hasExpired() && m_bus->state() == QProcess::Running) {
        m_bus->waitForReadyRead(100);
        out += m_bus->readAllStandardOutput();
    }
    m_busAddress = QString::fromUtf8(out).trimmed();
    if (!m_busAddress.startsWith(QLatin1String("unix:"))) {
        *error = QStringLiteral("dbus-daemon printed no address (%1)").arg(QString::fromUtf8(out));
        return false;
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());
    return true;
}

QString SecretServiceFixture::busCall(const QStringList &arguments) const
{
    const ProcessResult r = runProcess(QStringLiteral("dbus-send"), QStringList{QStringLiteral("--session"), QStringLiteral("--print-reply")} + arguments, 10000,
                                       environment());
    return QString::fromUtf8(r.out + r.err);
}

bool SecretServiceFixture::startKeyring(QString *error, int timeoutMs)
{
    m_keyring = std::make_unique<QProcess>();
    m_keyring->setProcessEnvironment(environment());
    m_keyring->setProgram(QStringLiteral("gnome-keyring-daemon"));
    m_keyring->setArguments({QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    m_keyring->setProcessChannelMode(QProcess::MergedChannels);
    m_keyring->setStandardOutputFile(m_dir.path() + QStringLiteral("/gnome-keyring.log"));
    m_keyring->setChildProcessModifier([] { dieWithParent(); });
    m_keyring->start();
    if (!m_keyring->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start gnome-keyring-daemon: %1").arg(m_keyring->errorString());
        return false;
    }
    m_keyring->write(kKeyringPassword); // --unlock reads the login password from stdin, up to its end
    m_keyring->waitForBytesWritten(5000); // nothing else runs this process's event loop here
    m_keyring->closeWriteChannel();
    const QDeadlineTimer deadline(timeoutMs);
    QString alias;
    while (!deadline.hasExpired()) {
        if (m_keyring->state() != QProcess::Running) {
            *error = QStringLiteral("gnome-keyring-daemon exited (%1):\n%2").arg(m_keyring->exitCode()).arg(keyringLog());
            return false;
        }
        // The login collection, made and unlocked from stdin, is the default one once ready.
        alias = busCall({QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                         QStringLiteral("org.freedesktop.Secret.Service.ReadAlias"), QStringLiteral("string:default")});
        if (alias.contains(QLatin1String("/org/freedesktop/secrets/collection/login")))
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("gnome-keyring-daemon did not offer its login collection within %1 ms (last answer: %2):\n%3").arg(timeoutMs).arg(alias, keyringLog());
    return false;
}

void SecretServiceFixture::stop()
{
    for (std::unique_ptr<QProcess> *p : {&m_keyring, &m_bus}) {
        if (!*p || (*p)->state() == QProcess::NotRunning)
            continue;
        (*p)->terminate();
        if (!(*p)->waitForFinished(5000)) {
            (*p)->kill();
            (*p)->waitForFinished(5000);
        }
    }
}

qint64 SecretServiceFixture::busPid() const
{
    return m_bus ? m_bus->processId() : 0;
}

qint64 SecretServiceFixture::keyringPid() const
{
    return m_keyring ? m_keyring->processId() : 0;
}

QString SecretServiceFixture::keyringLog() const
{
    return tailOfFiles({m_dir.path() + QStringLiteral("/gnome-keyring.log")}, 30);
}
