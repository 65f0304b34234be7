#include "processutil.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <csignal>
#include <sys/prctl.h>

ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMs,
                         const QProcessEnvironment &env, const QByteArray &input)
{
    ProcessResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void dieWithParent()
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
}

QString tailOfFiles(const QStringList &paths, int lines)
{
    QString all;
    for (const QString &path : paths) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            all += QString::fromUtf8(f.readAll());
    }
    QStringList l = all.split(QLatin1Char('\n'));
    if (l.size() > lines)
        l = l.mid(l.size() - lines);
    return l.join(QLatin1Char('\n'));
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}
