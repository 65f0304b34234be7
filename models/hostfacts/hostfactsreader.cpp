// hostfacts::json::fromJson: the strict half of hostfactsjson.h. Every member is type-checked
// and the first problem is reported with its JSON path, so a hand-edited or truncated facts
// object in a .vdeckhost file says where it went wrong.
#include "hostfacts/hostfactsjson.h"

#include <QJsonArray>

#include <cmath>

namespace hostfacts::json {

namespace {

// Reads typed members below a JSON path and remembers the first problem.
class Reader
{
public:
    QString error;

    void fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1: %2").arg(path, what);
    }
    static QString at(const QString &path, const char *key) { return path + QLatin1Char('.') + QLatin1String(key); }
    static QString at(const QString &path, qsizetype index) { return QStringLiteral("%1[%2]").arg(path).arg(index); }

    QString string(const QJsonValue &v, const QString &path)
    {
        if (!v.isString() && !v.isUndefined())
            fail(path, QStringLiteral("expected a string"));
        return v.toString();
    }
    QString string(const QJsonObject &o, const QString &path, const char *key, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (required && v.isUndefined())
            fail(at(path, key), QStringLiteral("missing (expected a string)"));
        return string(v, at(path, key));
    }
    qint64 integer(const QJsonValue &v, const QString &path)
    {
        const double d = v.toDouble();
        if (v.isUndefined())
            return 0;
        if (!v.isDouble() || std::trunc(d) != d || std::abs(d) > 9007199254740992.0) {
            fail(path, QStringLiteral("expected an integer"));
            return 0;
        }
        return qint64(d);
    }
    qint64 integer(const QJsonObject &o, const QString &path, const char *key) { return integer(o.value(QLatin1String(key)), at(path, key)); }
    bool boolean(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isBool() && !v.isUndefined())
            fail(at(path, key), QStringLiteral("expected true or false"));
        return v.toBool();
    }
    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject() && !v.isUndefined())
            fail(path, QStringLiteral("expected an object"));
        return v.toObject();
    }
    QJsonObject object(const QJsonObject &o, const QString &path, const char *key) { return object(o.value(QLatin1String(key)), at(path, key)); }
    QJsonArray array(const QJsonValue &v, const QString &path)
    {
        if (!v.isArray() && !v.isUndefined())
            fail(path, QStringLiteral("expected an array"));
        return v.toArray();
    }
    QStringList strings(const QJsonValue &v, const QString &path)
    {
        QStringList out;
        const QJsonArray a = array(v, path);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                fail(at(path, i), QStringLiteral("expected a string"));
            out.append(a.at(i).toString());
        }
        return out;
    }
    QStringList strings(const QJsonObject &o, const QString &path, const char *key) { return strings(o.value(QLatin1String(key)), at(path, key)); }

    // Each element of the array o[key] must be an object; read turns it into a T.
    template<typename T, typename F>
    QList<T> list(const QJsonObject &o, const QString &path, const char *key, F read)
    {
        QList<T> out;
        const QString p = at(path, key);
        const QJsonArray a = array(o.value(QLatin1String(key)), p);
        for (qsizetype i = 0; i < a.size(); ++i)
            out.append(read(*this, object(a.at(i), at(p, i)), at(p, i)));
        return out;
    }
};

MemlockLimit limitFrom(Reader &r, const QJsonObject &o, const QString &p)
{
    return {r.string(o, p, "source"), r.string(o, p, "process"), r.integer(o, p, "softBytes"), r.integer(o, p, "hardBytes")};
}

ConfigLine configFrom(Reader &r, const QJsonObject &o, const QString &p)
{
    return {r.string(o, p, "file"), r.string(o, p, "key"), r.string(o, p, "value")};
}

MemlockFacts memlockFrom(Reader &r, const QJsonObject &o, const QString &p)
{
    MemlockFacts m;
    if (o.contains(QLatin1String("session")))
        m.session = limitFrom(r, r.object(o, p, "session"), Reader::at(p, "session"));
    m.processes = r.list<MemlockLimit>(o, p, "processes", limitFrom);
    m.systemd = r.list<ConfigLine>(o, p, "systemd", configFrom);
    m.qemuConf = r.list<ConfigLine>(o, p, "qemuConf", configFrom);
    m.limitsConf = r.list<ConfigLine>(o, p, "limitsConf", configFrom);
    return m;
}

HugePagePool poolFrom(Reader &r, const QJsonObject &o, const QString &p)
{
    return {int(r.integer(o, p, "node")), r.integer(o, p, "pageSizeKiB"), r.integer(o, p, "total"), r.integer(o, p, "free"),
            r.integer(o, p, "surplus")};
}

MdevType mdevFrom(Reader &r, const QJsonObject &o, const QString &p)
{
    return {r.string(o, p, "parent"), r.string(o, p, "type"), r.string(o, p, "name"), r.string(o, p, "description"),
            int(r.integer(o, p, "availableInstances")), r.string(o, p, "deviceApi")};
}

VdpaDevice vdpaFrom(Reader &r, const QJsonObject &o, const QString &p)
{
    return {r.string(o, p, "name"), r.string(o, p, "managementDevice"), r.string(o, p, "driver")};
}

NvidiaVgpuVf vfFrom(Reader &r, const QJsonObject &o, const QString &p)
{
    return {r.string(o, p, "address"), r.string(o, p, "physfn"), r.string(o, p, "currentType"), r.strings(o, p, "creatableTypes")};
}

NovaSection sectionFrom(Reader &r, const QJsonObject &o, const QString &p)
{
    NovaSection s{r.string(o, p, "section"), {}};
    const QString optionsPath = Reader::at(p, "options");
    const QJsonArray options = r.array(o.value(QLatin1String("options")), optionsPath);
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QJsonArray pair = options.at(i).toArray();
        if (!options.at(i).isArray() || pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
            r.fail(Reader::at(optionsPath, i), QStringLiteral("expected [\"option\", \"value\"]"));
        s.entries.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return s;
}

ProbeStatus statusFrom(Reader &r, const QJsonObject &o, const QString &p)
{
    return {r.string(o, p, "probe"), r.boolean(o, p, "ok"), r.boolean(o, p, "timedOut"), r.boolean(o, p, "truncated"),
            r.string(o, p, "error")};
}

CpuIsolation cpuFrom(Reader &r, const QJsonObject &o, const QString &p)
{
    CpuIsolation c{r.string(o, p, "isolated"), r.string(o, p, "nohzFull"), r.string(o, p, "online"), r.string(o, p, "smtControl"),
                   std::nullopt};
    if (o.contains(QLatin1String("smtActive")))
        c.smtActive = r.boolean(o, p, "smtActive");
    return c;
}

void readMaps(Reader &r, const QJsonObject &o, const QString &path, HostFactsParts *p)
{
    const QJsonObject meminfo = r.object(o, path, "meminfo");
    for (auto it = meminfo.constBegin(); it != meminfo.constEnd(); ++it)
        p->meminfo.insert(it.key(), r.integer(it.value(), Reader::at(path, "meminfo") + QLatin1Char('.') + it.key()));
    const QJsonObject groups = r.object(o, path, "iommuGroups");
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        const QString at = Reader::at(path, "iommuGroups") + QLatin1Char('.') + it.key();
        bool number = false;
        const int group = it.key().toInt(&number);
        if (!number)
            r.fail(at, QStringLiteral("an IOMMU group must be named by its number"));
        p->iommuGroups.insert(group, r.strings(it.value(), at));
    }
    const QJsonObject physfn = r.object(o, path, "sriovPhysfn");
    for (auto it = physfn.constBegin(); it != physfn.constEnd(); ++it)
        p->sriovPhysfn.insert(it.key(), r.string(it.value(), Reader::at(path, "sriovPhysfn") + QLatin1Char('.') + it.key()));
}

} // namespace

std::optional<HostFacts> fromJson(const QJsonObject &o, QString *error, const QString &path)
{
    Reader r;
    const QString format = r.string(o, path, "format", true);
    if (r.error.isEmpty() && format != QLatin1String(kFormat))
        r.fail(Reader::at(path, "format"), QStringLiteral("not a vDeck host facts object (format '%1', expected '%2')").arg(format, QLatin1String(kFormat)));
    if (!r.error.isEmpty()) {
        *error = r.error;
        return std::nullopt;
    }
    HostFactsParts p;
    p.host = r.string(o, path, "host", true);
    const QString probedAt = r.string(o, path, "probedAt");
    p.probedAt = QDateTime::fromString(probedAt, Qt::ISODateWithMs);
    if (!probedAt.isEmpty() && !p.probedAt.isValid())
        r.fail(Reader::at(path, "probedAt"), QStringLiteral("not an ISO 8601 date-time: %1").arg(probedAt));
    readMaps(r, o, path, &p);
    p.hugepages = r.list<HugePagePool>(o, path, "hugepages", poolFrom);
    p.hugetlbfsMounts = r.strings(o, path, "hugetlbfsMounts");
    const QJsonObject kernel = r.object(o, path, "kernel");
    const QString kernelPath = Reader::at(path, "kernel");
    p.kernel = {r.string(kernel, kernelPath, "release"), r.string(kernel, kernelPath, "version"),
                r.boolean(kernel, kernelPath, "realtime"), r.string(o, path, "cmdline")};
    p.memlock = memlockFrom(r, r.object(o, path, "memlock"), Reader::at(path, "memlock"));
    p.mdevParents = r.strings(o, path, "mdevParents");
    p.mdevTypes = r.list<MdevType>(o, path, "mdevTypes", mdevFrom);
    p.vdpaDevices = r.list<VdpaDevice>(o, path, "vdpaDevices", vdpaFrom);
    p.nvidiaVgpuVfs = r.list<NvidiaVgpuVf>(o, path, "nvidiaVgpuVfs", vfFrom);
    p.nova = r.list<NovaSection>(o, path, "nova", sectionFrom);
    p.cpu = cpuFrom(r, r.object(o, path, "cpu"), Reader::at(path, "cpu"));
    const QJsonObject versions = r.object(o, path, "versions");
    p.versions = {r.string(versions, Reader::at(path, "versions"), "libvirt"), r.string(versions, Reader::at(path, "versions"), "qemu")};
    p.probes = r.list<ProbeStatus>(o, path, "probes", statusFrom);
    if (!r.error.isEmpty()) {
        *error = r.error;
        return std::nullopt;
    }
    return HostFacts(std::move(p));
}

} // namespace hostfacts::json
