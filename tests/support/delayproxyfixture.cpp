#include "delayproxyfixture.h"
#include "processutil.h"
#include "testpaths.h"

#include <QDeadlineTimer>

#include <sys/resource.h>

DelayProxyFixture::~DelayProxyFixture()
{
    stop();
}

bool DelayProxyFixture::start(quint16 targetPort, double oneWayDelayMs, QString *error, int timeoutMs)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral("python3"));
    m_process->setArguments({testpaths::sourceFile(QStringLiteral("tools/delay-proxy.py")), QStringLiteral("--target"),
                             QStringLiteral("127.0.0.1:%1").arg(targetPort), QStringLiteral("--delay-ms"),
                             QString::number(oneWayDelayMs)});
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setChildProcessModifier([] {
        dieWithParent();
        // The proxy plays the network: on a busy machine it should not wait for a CPU more than
        // the processes it connects (best effort: lowering the nice value needs privileges).
        ::setpriority(PRIO_PROCESS, 0, -5);
    });
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start tools/delay-proxy.py: %1").arg(m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray line;
    while (!line.endsWith('\n')) {
        if (deadline.hasExpired() || (!m_process->waitForReadyRead(int(deadline.remainingTime())) && m_process->state() != QProcess::Running)) {
            *error = QStringLiteral("tools/delay-proxy.py did not start listening (exit status %1)").arg(m_process->exitCode());
            stop();
            return false;
        }
        line += m_process->readLine();
    }
    const QByteArray prefix = "listening on 127.0.0.1:";
    bool ok = false;
    m_port = line.startsWith(prefix) ? line.mid(prefix.size()).trimmed().toUShort(&ok) : 0;
    if (!ok) {
        *error = QStringLiteral("tools/delay-proxy.py said '%1', not where it listens").arg(QString::fromUtf8(line.trimmed()));
        stop();
        return false;
    }
    return true;
}

void DelayProxyFixture::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

qint64 DelayProxyFixture::pid() const
{
    return m_process ? m_process->processId() : 0;
}
