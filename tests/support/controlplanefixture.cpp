#include "controlplanefixture.h"
#include "processutil.h"
#include "testpaths.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QThread>

namespace {

// An HTTP answer of any status on 127.0.0.1:port (uWSGI accepts before the app is loaded;
// the answer comes once it is).
bool answers(quint16 port, const QString &path)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!s.waitForConnected(500))
        return false;
    s.write(QStringLiteral("GET %1 HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").arg(path).toLatin1());
    QByteArray got;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && got.size() < 12 && s.waitForReadyRead(500))
        got += s.readAll();
    return got.startsWith("HTTP/1.");
}

} // namespace

ControlPlaneFixture::ControlPlaneFixture()
    : ControlPlaneFixture(Options{})
{
}

ControlPlaneFixture::ControlPlaneFixture(Options options)
    : m_options(std::move(options))
    , m_dir(QDir::tempPath() + QStringLiteral("/vdeck-controlplane-XXXXXX"))
{
}

ControlPlaneFixture::~ControlPlaneFixture()
{
    stop();
}

bool ControlPlaneFixture::start(QString *error, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    // Shared by the presets (dev, asan): made once per checkout, not once per build tree.
    const QString cache = testpaths::sourceDir() + QStringLiteral("/build/controlplane");
    const ProcessResult prep = runProcess(QStringLiteral("python3"),
                                          {testpaths::sourceFile(QStringLiteral("tools/controlplane.py")), QStringLiteral("prepare"), QStringLiteral("--cache"), cache,
                                           QStringLiteral("--dir"), m_dir.path(), QStringLiteral("--state"), m_options.state, QStringLiteral("--token-expiration"),
                                           QString::number(m_options.tokenExpirationSeconds)},
                                          timeoutMs);
    if (prep.exitCode != 0 || prep.crashed || prep.timedOut) {
        *error = QStringLiteral("tools/controlplane.py prepare failed (%1): %2").arg(prep.exitCode).arg(QString::fromUtf8(prep.err.right(3000)));
        return false;
    }
    const QJsonObject info = QJsonDocument::fromJson(prep.out).object();
    m_authUrl = info.value(QStringLiteral("authUrl")).toString();
    m_adminPassword = info.value(QStringLiteral("admin")).toObject().value(QStringLiteral("password")).toString();
    for (const QJsonValue &v : info.value(QStringLiteral("services")).toArray()) {
        const QJsonObject s = v.toObject();
        const QString name = s.value(QStringLiteral("name")).toString();
        m_ports.insert(name, quint16(s.value(QStringLiteral("port")).toInt()));
        QStringList command;
        for (const QJsonValue &c : s.value(QStringLiteral("command")).toArray())
            command << c.toString();
        m_commands.insert(name, command);
        m_readyPaths.insert(name, s.value(QStringLiteral("readyPath")).toString());
        m_logs.insert(name, s.value(QStringLiteral("log")).toString());
    }
    if (m_authUrl.isEmpty() || m_commands.size() != 3) {
        *error = QStringLiteral("tools/controlplane.py prepare printed no services: %1").arg(QString::fromUtf8(prep.out.left(500)));
        return false;
    }
    // All three start together (each takes seconds to load its WSGI application).
    for (const QString &name : m_commands.keys()) {
        auto p = std::make_shared<QProcess>();
        p->setProgram(m_commands.value(name).first());
        p->setArguments(m_commands.value(name).mid(1));
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->setStandardOutputFile(QProcess::nullDevice());
        p->setChildProcessModifier([] { dieWithParent(); });
        p->start();
        m_processes.insert(name, p);
    }
    for (const QString &name : m_commands.keys()) {
        if (!launch(name, error, timeoutMs))
            return false;
    }
    m_startMs = clock.elapsed();
    return true;
}

bool ControlPlaneFixture::launch(const QString &name, QString *error, int timeoutMs)
{
    const std::shared_ptr<QProcess> &p = m_processes[name];
    if (!p->waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(name, p->errorString());
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (p->state() != QProcess::Running) {
            *error = QStringLiteral("%1 exited (%2):\n%3").arg(name).arg(p->exitCode()).arg(tailOfFiles({m_logs.value(name)}, 30));
            return false;
        }
        if (answers(m_ports.value(name), m_readyPaths.value(name)))
            return true;
        p->waitForFinished(100);
    }
    *error = QStringLiteral("%1 did not answer on 127.0.0.1:%2 within %3 ms:\n%4").arg(name).arg(m_ports.value(name)).arg(timeoutMs).arg(tailOfFiles({m_logs.value(name)}, 30));
    return false;
}

void ControlPlaneFixture::killService(const QString &name)
{
    const std::shared_ptr<QProcess> p = m_processes.value(name);
    if (!p || p->state() == QProcess::NotRunning)
        return;
    p->kill(); // SIGKILL to the uWSGI master (its workers die with it: no-orphans)
    p->waitForFinished(10000);
    // The worker may outlive the master for a moment; wait until the port is free.
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), m_ports.value(name));
        if (!s.waitForConnected(200))
            return;
        s.abort();
        QThread::msleep(100);
    }
}

bool ControlPlaneFixture::startService(const QString &name, QString *error, int timeoutMs)
{
    auto p = std::make_shared<QProcess>();
    p->setProgram(m_commands.value(name).first());
    p->setArguments(m_commands.value(name).mid(1));
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->setStandardOutputFile(QProcess::nullDevice());
    p->setChildProcessModifier([] { dieWithParent(); });
    p->start();
    m_processes.insert(name, p);
    return launch(name, error, timeoutMs);
}

void ControlPlaneFixture::stop()
{
    for (const std::shared_ptr<QProcess> &p : std::as_const(m_processes))
        if (p->state() != QProcess::NotRunning)
            p->terminate(); // SIGTERM: die-on-term stops master and workers
    for (const std::shared_ptr<QProcess> &p : std::as_const(m_processes)) {
        if (p->state() != QProcess::NotRunning && !p->waitForFinished(15000)) {
            p->kill();
            p->waitForFinished(5000);
        }
    }
    m_processes.clear();
}

cloud::CloudConfig ControlPlaneFixture::adminConfig(const QString &name) const
{
    cloud::CloudConfig c;
    c.name = name;
    c.authUrl = m_authUrl;
    c.username = QStringLiteral("admin");
    c.password = m_adminPassword;
    c.projectName = QStringLiteral("admin");
    c.userDomainName = QStringLiteral("Default");
    c.projectDomainName = QStringLiteral("Default");
    c.regionName = QStringLiteral("RegionOne");
    return c;
}

QString ControlPlaneFixture::writeCloudsYaml(const QString &name, bool separateSecrets) const
{
    const QString path = m_dir.path() + QStringLiteral("/clouds.yaml");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    QString text = QStringLiteral("clouds:\n  %1:\n    auth:\n      auth_url: %2\n      username: admin\n      project_name: admin\n"
                                  "      user_domain_name: Default\n      project_domain_name: Default\n")
                       .arg(name, m_authUrl);
    if (!separateSecrets)
        text += QStringLiteral("      password: %1\n").arg(m_adminPassword);
    text += QStringLiteral("    region_name: RegionOne\n    interface: public\n");
    f.write(text.toUtf8());
    if (separateSecrets) {
        QFile s(m_dir.path() + QStringLiteral("/secure.yaml"));
        if (!s.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        s.write(QStringLiteral("clouds:\n  %1:\n    auth:\n      password: %2\n").arg(name, m_adminPassword).toUtf8());
    }
    return path;
}

QString ControlPlaneFixture::logTail(int lines) const
{
    QStringList files;
    for (const QString &name : m_logs.keys())
        files << m_logs.value(name) << m_dir.path() + QLatin1Char('/') + name + QStringLiteral("-app.log");
    return tailOfFiles(files, lines);
}
