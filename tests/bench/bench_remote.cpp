// Remote inventory speed (issue #9 point 3, docs/PERFORMANCE.md "Remote inventory"): a generated
// host (tools/gen-large-host.py) in libvirt's test driver, served by the daemon fixture (libvirtd
// opens test:///FILE for the remote client), reached over the sshd fixture on 127.0.0.1 through
// tools/delay-proxy.py, which adds the round-trip time. Per RTT and transport (test+ssh://,
// test+libssh://), in the same run:
//   - `vdeckctl inventory --connect URI --json [--parallel P]` (a whole process), per P;
//   - one `virsh` process: `nodedev-list`, then `nodedev-dumpxml` of every device, serially;
//   - `virsh nodedev-list` alone (the transports compared on one large reply);
//   - a HostSession in this process: time to the first partial result (what the GUI shows first)
//     and to the whole snapshot.
// Usage: bench_remote [--devices N] [--rtt 0,2,10,50] [--small-devices M --small-from-rtt R]
//                     [--transports ssh,libssh] [--parallel 20,100,...] [--no-virsh]
#include "delayproxyfixture.h"
#include "testmain.h"
#include "hosts/hostsession.h"
#include "inventory/snapshotfile.h"
#include "libvirtdaemonfixture.h"
#include "processutil.h"
#include "sshdfixture.h"
#include "testpaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

#include <sys/resource.h>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).section(QLatin1Char(' '), 0, 2) : QString();
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

struct Host
{
    QString testDriverFile;
    QStringList names; // the devices the test driver holds (no vDPA)
};

std::optional<Host> generate(const QString &dir, int devices, QString *error)
{
    const ProcessResult gen = runProcess(QStringLiteral("python3"), {testpaths::sourceFile(QStringLiteral("tools/gen-large-host.py")),
                                                                      QStringLiteral("--devices"), QString::number(devices),
                                                                      QStringLiteral("--out-dir"), dir});
    if (gen.exitCode != 0) {
        *error = QStringLiteral("tools/gen-large-host.py failed: ") + QString::fromUtf8(gen.err);
        return std::nullopt;
    }
    const QString base = QStringLiteral("%1/large-%2").arg(dir).arg(devices);
    inventory::HostSnapshot snapshot;
    if (!inventory::snapshotfile::load(base + QStringLiteral(".vdeckhost"), &snapshot, error))
        return std::nullopt;
    Host h{base + QStringLiteral("-testdriver.xml"), {}};
    for (const inventory::GraphNode &n : snapshot.graph().nodes()) {
        if (!n.device.isVdpa())
            h.names.append(n.name());
    }
    return h;
}

double childCpuSeconds()
{
    rusage u{};
    ::getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Timed
{
    double seconds = 0;
    double cpu = 0; // user + system of the process and the children it waited for (ssh)
    bool ok = false;
    QString note;
};

Timed timeProcess(const QString &program, const QStringList &args, const QByteArray &input, const std::function<QString(const ProcessResult &)> &check)
{
    QElapsedTimer t;
    const double cpu = childCpuSeconds();
    t.start();
    const ProcessResult r = runProcess(program, args, 3600 * 1000, QProcessEnvironment::systemEnvironment(), input);
    Timed result{double(t.nsecsElapsed()) / 1e9, childCpuSeconds() - cpu, r.exitCode == 0 && !r.timedOut, {}};
    result.note = result.ok ? check(r) : QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err.left(300)));
    result.ok = result.ok && result.note.isEmpty();
    return result;
}

QString countDevicesInJson(const ProcessResult &r, int expected)
{
    const int n = int(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("devices")).toArray().size());
    return n == expected ? QString() : QStringLiteral("%1 devices in the JSON, expected %2").arg(n).arg(expected);
}

// Time to the first partial result and to the whole snapshot of a HostSession.
struct SessionTimes
{
    double firstDevices = -1;
    int firstCount = 0;
    double complete = -1;
    int partials = 0;
    QString error;
};

SessionTimes timeSession(const QString &uri, int expected)
{
    SessionTimes times;
    hosts::HostSession::Options options;
    options.connect = {uri, true, {}};
    options.reconnect = false;
    hosts::HostSession session(options);
    QElapsedTimer t;
    QEventLoop loop;
    QObject::connect(&session, &hosts::HostSession::devicesArrived, &loop, [&](const inventory::HostSnapshot &partial) {
        if (times.partials++ == 0) {
            times.firstDevices = double(t.nsecsElapsed()) / 1e9;
            times.firstCount = partial.graph().size();
        }
    });
    QObject::connect(&session, &hosts::HostSession::snapshotChanged, &loop, [&](const inventory::HostSnapshot &s) {
        times.complete = double(t.nsecsElapsed()) / 1e9;
        if (s.graph().size() != expected)
            times.error = QStringLiteral("%1 devices, expected %2").arg(s.graph().size()).arg(expected);
        loop.quit();
    });
    QObject::connect(&session, &hosts::HostSession::captureFailed, &loop, [&](const QString &m) {
        times.error = m;
        loop.quit();
    });
    QObject::connect(&session, &hosts::HostSession::stateChanged, &loop, [&](hosts::HostSession::State s, const QString &reason) {
        if (s == hosts::HostSession::State::Disconnected) {
            times.error = reason;
            loop.quit();
        }
    });
    QTimer::singleShot(3600 * 1000, &loop, &QEventLoop::quit);
    t.start();
    session.open();
    loop.exec();
    return times;
}

class Bench
{
public:
    QTemporaryDir dir;
    LibvirtDaemonFixture daemon;
    SshdFixture sshd;

    // test+ssh:// or test+libssh:// for a test-driver file, through the proxy on proxyPort.
    QString uri(const QString &transport, const QString &file, quint16 proxyPort) const
    {
        const QString knownHosts = dir.filePath(QStringLiteral("known_hosts-%1").arg(proxyPort));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("socket"), daemon.readOnlySocketPath());
        q.addQueryItem(QStringLiteral("keyfile"), sshd.userKeyPath());
        q.addQueryItem(QStringLiteral("known_hosts"), knownHosts);
        q.addQueryItem(QStringLiteral("no_tty"), QStringLiteral("1"));
        if (transport == QLatin1String("libssh"))
            q.addQueryItem(QStringLiteral("sshauth"), QStringLiteral("privkey"));
        else
            q.addQueryItem(QStringLiteral("command"), sshWrapper(knownHosts));
        return QStringLiteral("test+%1://%2@127.0.0.1:%3%4?%5")
            .arg(transport, sshd.userName(), QString::number(proxyPort), file, q.toString(QUrl::FullyEncoded));
    }

    // The proxy's port in known_hosts, and OpenSSH held to it (libvirt's ssh transport has no
    // known_hosts parameter; command= names this wrapper).
    bool writeKnownHosts(quint16 proxyPort) const
    {
        QFile f(dir.filePath(QStringLiteral("known_hosts-%1").arg(proxyPort)));
        QFile w(sshWrapper(f.fileName()));
        if (!f.open(QIODevice::WriteOnly) || !w.open(QIODevice::WriteOnly))
            return false;
        f.write(QStringLiteral("[127.0.0.1]:%1 %2\n").arg(proxyPort).arg(sshd.hostPublicKey()).toUtf8());
        w.write("#!/bin/sh\nexec ssh -F /dev/null -o BatchMode=yes -o StrictHostKeyChecking=yes -o GlobalKnownHostsFile=/dev/null"
                " -o UserKnownHostsFile='" + f.fileName().toUtf8() + "' \"$@\"\n");
        return w.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

private:
    static QString sshWrapper(const QString &knownHosts) { return knownHosts + QStringLiteral(".ssh"); }
};

QList<int> intList(const QString &text)
{
    QList<int> values;
    for (const QString &v : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        values.append(v.toInt());
    return values;
}

} // namespace

int main(int argc, char **argv)
{
    VDECK_TEST_PREPARE_ENV(); // as the tests: offscreen, Qt's own event dispatcher
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("devices"), QStringLiteral("devices on the host (default 5000)"), QStringLiteral("N"), QStringLiteral("5000")});
    p.addOption({QStringLiteral("rtt"), QStringLiteral("round-trip times in ms (default 0,2,10,50)"), QStringLiteral("LIST"),
                 QStringLiteral("0,2,10,50")});
    p.addOption({QStringLiteral("small-devices"), QStringLiteral("a smaller host for long RTTs (default 1000)"), QStringLiteral("M"),
                 QStringLiteral("1000")});
    p.addOption({QStringLiteral("small-from-rtt"), QStringLiteral("use the smaller host from this RTT on (default 50; 0 = never)"),
                 QStringLiteral("MS"), QStringLiteral("50")});
    p.addOption({QStringLiteral("transports"), QStringLiteral("ssh and/or libssh (default ssh,libssh)"), QStringLiteral("LIST"),
                 QStringLiteral("ssh,libssh")});
    p.addOption({QStringLiteral("parallel"), QStringLiteral("vdeckctl --parallel values (default: vdeckctl's default only)"),
                 QStringLiteral("LIST")});
    p.addOption({QStringLiteral("no-virsh"), QStringLiteral("skip the serial virsh walk")});
    p.addOption({QStringLiteral("virsh-transports"), QStringLiteral("transports for the virsh walk (default ssh)"), QStringLiteral("LIST"),
                 QStringLiteral("ssh")});
    p.process(app);
    QTextStream &o = out();
    o << "machine: " << QThread::idealThreadCount() << " CPUs, " << cpuModel() << "; load " << loadAverage() << '\n';
    o.flush();

    Bench bench;
    QString error;
    const int big = p.value(QStringLiteral("devices")).toInt();
    const int small = p.value(QStringLiteral("small-devices")).toInt();
    const int smallFrom = p.value(QStringLiteral("small-from-rtt")).toInt();
    std::optional<Host> bigHost = generate(bench.dir.path(), big, &error);
    std::optional<Host> smallHost = smallFrom > 0 ? generate(bench.dir.path(), small, &error) : std::nullopt;
    if (!bigHost || (smallFrom > 0 && !smallHost)) {
        o << error << '\n';
        return 1;
    }
    if (!bench.daemon.start(&error) || !bench.sshd.start(&error)) {
        o << error << '\n';
        return 1;
    }
    const QList<int> parallel = intList(p.value(QStringLiteral("parallel")));
    const QStringList virshTransports = p.value(QStringLiteral("virsh-transports")).split(QLatin1Char(','));
    bool allOk = true;
    auto report = [&](const QString &what, const Timed &t) {
        o << "  " << what << ": " << QString::number(t.seconds, 'f', 3) << " s (CPU " << QString::number(t.cpu, 'f', 2) << " s)" << (t.ok ? QString() : QStringLiteral(" FAILED: ") + t.note)
          << '\n';
        o.flush();
        allOk = allOk && t.ok;
    };

    for (int rtt : intList(p.value(QStringLiteral("rtt")))) {
        const Host &host = smallFrom > 0 && rtt >= smallFrom ? *smallHost : *bigHost;
        DelayProxyFixture proxy;
        if (!proxy.start(bench.sshd.port(), rtt / 2.0, &error) || !bench.writeKnownHosts(proxy.port())) {
            o << "cannot start the delay proxy: " << error << '\n';
            return 1;
        }
        const int count = int(host.names.size());
        for (const QString &transport : p.value(QStringLiteral("transports")).split(QLatin1Char(','))) {
            const QString uri = bench.uri(transport, host.testDriverFile, proxy.port());
            o << "RTT " << rtt << " ms, " << transport << ", " << count << " devices (load " << loadAverage() << ")\n";
            const QStringList base{QStringLiteral("inventory"), QStringLiteral("--connect"), uri, QStringLiteral("--json")};
            const auto check = [count](const ProcessResult &r) { return countDevicesInJson(r, count); };
            std::optional<double> vdeck;
            for (int n : parallel.isEmpty() ? QList<int>{0} : parallel) {
                const QStringList args = n > 0 ? base + QStringList{QStringLiteral("--parallel"), QString::number(n)} : base;
                const Timed t = timeProcess(testpaths::binary(QStringLiteral("vdeckctl")), args, {}, check);
                report(n > 0 ? QStringLiteral("vdeckctl inventory --json --parallel %1").arg(n) : QStringLiteral("vdeckctl inventory --json"), t);
                if (t.ok && (!vdeck || t.seconds < *vdeck))
                    vdeck = t.seconds;
            }
            const QStringList virshArgs{QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("-c"), uri};
            report(QStringLiteral("virsh nodedev-list"),
                   timeProcess(QStringLiteral("virsh"), virshArgs + QStringList{QStringLiteral("nodedev-list")}, {}, [&host](const ProcessResult &r) {
                       QStringList listed = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                       listed.removeIf([&host](const QString &name) { return host.names.contains(name.trimmed()); });
                       return listed.isEmpty() ? QString() : QStringLiteral("unexpected: ") + listed.join(QLatin1Char(' '));
                   }));
            const SessionTimes s = timeSession(uri, count);
            o << "  HostSession: first " << s.firstCount << " devices after " << QString::number(s.firstDevices, 'f', 3) << " s, all after "
              << QString::number(s.complete, 'f', 3) << " s (" << s.partials << " partial results)"
              << (s.error.isEmpty() ? QString() : QStringLiteral(" FAILED: ") + s.error) << '\n';
            allOk = allOk && s.error.isEmpty();
            if (p.isSet(QStringLiteral("no-virsh")) || !virshTransports.contains(transport))
                continue;
            QByteArray script = "nodedev-list\n";
            for (const QString &name : host.names)
                script += "nodedev-dumpxml " + name.toUtf8() + '\n';
            const Timed walk = timeProcess(QStringLiteral("virsh"), virshArgs, script + "quit\n", [count](const ProcessResult &r) {
                const int n = int(r.out.count("</device>"));
                return n == count ? QString() : QStringLiteral("%1 device XMLs, expected %2").arg(n).arg(count);
            });
            report(QStringLiteral("virsh nodedev-list + serial nodedev-dumpxml"), walk);
            if (vdeck && walk.ok)
                o << "  ratio virsh / vdeckctl: " << QString::number(walk.seconds / *vdeck, 'f', 1) << "x\n";
        }
    }
    o << "load at the end " << loadAverage() << '\n';
    return allOk ? 0 : 1;
}
