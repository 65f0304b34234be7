#include "probe/factparsers.h"

#include <QRegularExpression>

namespace probe::parsers {

QMap<QString, qint64> meminfo(const QList<DumpRecord> &records)
{
    static const QRegularExpression line(QStringLiteral("^([A-Za-z0-9_()]+):\\s+(\\d+)(?:\\s+kB)?$"));
    QMap<QString, qint64> values;
    for (const DumpRecord &r : records) {
        if (r.tag != 'F' || r.arg != QLatin1String("/proc/meminfo"))
            continue;
        for (const QString &l : r.lines()) {
            const QRegularExpressionMatch m = line.match(l);
            if (m.hasMatch())
                values.insert(m.captured(1), m.captured(2).toLongLong());
        }
    }
    return values;
}

void hugepages(const QList<DumpRecord> &records, QList<hostfacts::HugePagePool> *pools, QStringList *mounts)
{
    static const QRegularExpression node(
        QStringLiteral("^/sys/devices/system/node/node(\\d+)/hugepages/hugepages-(\\d+)kB/(nr|free|surplus)_hugepages$"));
    static const QRegularExpression global(
        QStringLiteral("^/sys/kernel/mm/hugepages/hugepages-(\\d+)kB/(nr|free|surplus)_hugepages$"));
    auto pool = [pools](int nodeId, qint64 size) -> hostfacts::HugePagePool & {
        for (hostfacts::HugePagePool &p : *pools) {
            if (p.node == nodeId && p.pageSizeKiB == size)
                return p;
        }
        pools->append(hostfacts::HugePagePool{nodeId, size, 0, 0, 0});
        return pools->last();
    };
    auto assign = [](hostfacts::HugePagePool &p, const QString &field, qint64 value) {
        (field == QLatin1String("nr") ? p.total : field == QLatin1String("free") ? p.free : p.surplus) = value;
    };
    for (const DumpRecord &r : records) {
        if (r.tag != 'F')
            continue;
        bool ok = false;
        const qint64 value = r.text().toLongLong(&ok);
        if (QRegularExpressionMatch m = node.match(r.arg); m.hasMatch() && ok)
            assign(pool(m.captured(1).toInt(), m.captured(2).toLongLong()), m.captured(3), value);
        else if (QRegularExpressionMatch g = global.match(r.arg); g.hasMatch() && ok)
            assign(pool(-1, g.captured(1).toLongLong()), g.captured(2), value);
        else if (r.arg == QLatin1String("/proc/mounts")) {
            for (const QString &l : r.lines())
                mounts->append(l.section(QLatin1Char(' '), 1, 1));
        }
    }
    std::sort(pools->begin(), pools->end(), [](const hostfacts::HugePagePool &a, const hostfacts::HugePagePool &b) {
        return a.node != b.node ? a.node < b.node : a.pageSizeKiB < b.pageSizeKiB;
    });
}

bool parseLimitsLine(const QString &line, qint64 *soft, qint64 *hard)
{
    static const QRegularExpression re(QStringLiteral("^Max locked memory\\s+(\\S+)\\s+(\\S+)"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return false;
    auto value = [](const QString &t, qint64 *out) {
        if (t == QLatin1String("unlimited")) {
            *out = hostfacts::kUnlimited;
            return true;
        }
        bool ok = false;
        *out = t.toLongLong(&ok);
        return ok;
    };
    return value(m.captured(1), soft) && value(m.captured(2), hard);
}

namespace {
hostfacts::ConfigLine keyValue(const QString &file, const QString &line)
{
    const qsizetype eq = line.indexOf(QLatin1Char('='));
    QString value = line.mid(eq + 1).trimmed();
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        value = value.mid(1, value.size() - 2);
    return {file, line.left(eq).trimmed(), value};
}
}

hostfacts::MemlockFacts memlock(const QList<DumpRecord> &records)
{
    static const QRegularExpression procFile(QStringLiteral("^/proc/(\\d+)/(comm|limits)$"));
    hostfacts::MemlockFacts facts;
    QMap<QString, QString> commByPid;
    for (const DumpRecord &r : records) {
        if (r.tag != 'F')
            continue;
        qint64 soft = 0;
        qint64 hard = 0;
        const QRegularExpressionMatch m = procFile.match(r.arg);
        if (r.arg == QLatin1String("/proc/self/limits")) {
            if (parseLimitsLine(r.text(), &soft, &hard))
                facts.session = hostfacts::MemlockLimit{r.arg, {}, soft, hard};
        } else if (m.hasMatch() && m.captured(2) == QLatin1String("comm")) {
            if (isSafeName(r.text()))
                commByPid.insert(m.captured(1), r.text());
        } else if (m.hasMatch()) {
            if (parseLimitsLine(r.text(), &soft, &hard))
                facts.processes.append(hostfacts::MemlockLimit{r.arg, commByPid.value(m.captured(1)), soft, hard});
        } else if (r.arg.startsWith(QLatin1String("/etc/security/"))) {
            for (const QString &l : r.lines()) {
                const QStringList f = l.simplified().split(QLatin1Char(' '));
                if (f.size() >= 4)
                    facts.limitsConf.append({r.arg, f.at(0) + QLatin1Char(' ') + f.at(1), f.at(3)});
            }
        } else {
            QList<hostfacts::ConfigLine> &target = r.arg == QLatin1String("/etc/libvirt/qemu.conf") ? facts.qemuConf : facts.systemd;
            for (const QString &l : r.lines()) {
                if (l.contains(QLatin1Char('=')))
                    target.append(keyValue(r.arg, l));
            }
        }
    }
    return facts;
}

} // namespace probe::parsers
