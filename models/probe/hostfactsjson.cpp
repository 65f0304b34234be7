#include "probe/hostfactsjson.h"

#include <QJsonArray>

namespace probe::factsjson {

namespace {
QJsonArray strings(const QStringList &list) { return QJsonArray::fromStringList(list); }
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}
QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
qint64 num(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toInteger(); }

template<typename T, typename F>
QJsonArray array(const QList<T> &list, F toObject)
{
    QJsonArray a;
    for (const T &item : list)
        a.append(toObject(item));
    return a;
}
template<typename T, typename F>
QList<T> list(const QJsonValue &v, F fromObject)
{
    QList<T> out;
    for (const QJsonValue &item : v.toArray())
        out.append(fromObject(item.toObject()));
    return out;
}

QJsonObject limitJson(const MemlockLimit &l)
{
    return {{QStringLiteral("source"), l.source}, {QStringLiteral("process"), l.process},
            {QStringLiteral("softBytes"), l.softBytes}, {QStringLiteral("hardBytes"), l.hardBytes}};
}
MemlockLimit limitFrom(const QJsonObject &o)
{
    return {str(o, "source"), str(o, "process"), num(o, "softBytes"), num(o, "hardBytes")};
}
QJsonObject configJson(const ConfigLine &c)
{
    return {{QStringLiteral("file"), c.file}, {QStringLiteral("key"), c.key}, {QStringLiteral("value"), c.value}};
}
ConfigLine configFrom(const QJsonObject &o) { return {str(o, "file"), str(o, "key"), str(o, "value")}; }

QJsonObject memlockJson(const MemlockFacts &m)
{
    QJsonObject o{{QStringLiteral("processes"), array(m.processes, limitJson)},
                  {QStringLiteral("systemd"), array(m.systemd, configJson)},
                  {QStringLiteral("qemuConf"), array(m.qemuConf, configJson)},
                  {QStringLiteral("limitsConf"), array(m.limitsConf, configJson)}};
    if (m.session)
        o.insert(QStringLiteral("session"), limitJson(*m.session));
    return o;
}
MemlockFacts memlockFrom(const QJsonObject &o)
{
    MemlockFacts m;
    if (o.contains(QLatin1String("session")))
        m.session = limitFrom(o.value(QLatin1String("session")).toObject());
    m.processes = list<MemlockLimit>(o.value(QLatin1String("processes")), limitFrom);
    m.systemd = list<ConfigLine>(o.value(QLatin1String("systemd")), configFrom);
    m.qemuConf = list<ConfigLine>(o.value(QLatin1String("qemuConf")), configFrom);
    m.limitsConf = list<ConfigLine>(o.value(QLatin1String("limitsConf")), configFrom);
    return m;
}

QJsonObject poolJson(const HugePagePool &p)
{
    return {{QStringLiteral("node"), p.node}, {QStringLiteral("pageSizeKiB"), p.pageSizeKiB},
            {QStringLiteral("total"), p.total}, {QStringLiteral("free"), p.free}, {QStringLiteral("surplus"), p.surplus}};
}
HugePagePool poolFrom(const QJsonObject &o)
{
    return {int(num(o, "node")), num(o, "pageSizeKiB"), num(o, "total"), num(o, "free"), num(o, "surplus")};
}

QJsonObject mdevJson(const MdevType &t)
{
    return {{QStringLiteral("parent"), t.parent}, {QStringLiteral("type"), t.id}, {QStringLiteral("name"), t.name},
            {QStringLiteral("description"), t.description}, {QStringLiteral("availableInstances"), t.availableInstances},
            {QStringLiteral("deviceApi"), t.deviceApi}};
}
MdevType mdevFrom(const QJsonObject &o)
{
    return {str(o, "parent"), str(o, "type"), str(o, "name"), str(o, "description"), int(num(o, "availableInstances")),
            str(o, "deviceApi")};
}

QJsonObject vdpaJson(const VdpaDevice &d)
{
    return {{QStringLiteral("name"), d.name}, {QStringLiteral("managementDevice"), d.managementDevice},
            {QStringLiteral("driver"), d.driver}};
}
VdpaDevice vdpaFrom(const QJsonObject &o) { return {str(o, "name"), str(o, "managementDevice"), str(o, "driver")}; }

QJsonObject vfJson(const NvidiaVgpuVf &v)
{
    return {{QStringLiteral("address"), v.address}, {QStringLiteral("physfn"), v.physfn},
            {QStringLiteral("currentType"), v.currentType}, {QStringLiteral("creatableTypes"), strings(v.creatableTypes)}};
}
NvidiaVgpuVf vfFrom(const QJsonObject &o)
{
    return {str(o, "address"), str(o, "physfn"), str(o, "currentType"), strings(o.value(QLatin1String("creatableTypes")))};
}

QJsonObject sectionJson(const NovaSection &s)
{
    QJsonArray entries;
    for (const auto &e : s.entries)
        entries.append(QJsonArray{e.first, e.second});
    return {{QStringLiteral("section"), s.name}, {QStringLiteral("options"), entries}};
}
NovaSection sectionFrom(const QJsonObject &o)
{
    NovaSection s{str(o, "section"), {}};
    for (const QJsonValue &e : o.value(QLatin1String("options")).toArray())
        s.entries.append({e.toArray().at(0).toString(), e.toArray().at(1).toString()});
    return s;
}

QJsonObject statusJson(const ProbeStatus &s)
{
    return {{QStringLiteral("probe"), s.probe}, {QStringLiteral("ok"), s.ok}, {QStringLiteral("timedOut"), s.timedOut},
            {QStringLiteral("truncated"), s.truncated}, {QStringLiteral("error"), s.error}};
}
ProbeStatus statusFrom(const QJsonObject &o)
{
    return {str(o, "probe"), o.value(QLatin1String("ok")).toBool(), o.value(QLatin1String("timedOut")).toBool(),
            o.value(QLatin1String("truncated")).toBool(), str(o, "error")};
}

QJsonObject cpuJson(const CpuIsolation &c)
{
    QJsonObject o{{QStringLiteral("isolated"), c.isolated}, {QStringLiteral("nohzFull"), c.nohzFull},
                  {QStringLiteral("online"), c.online}, {QStringLiteral("smtControl"), c.smtControl}};
    if (c.smtActive)
        o.insert(QStringLiteral("smtActive"), *c.smtActive);
    return o;
}
CpuIsolation cpuFrom(const QJsonObject &o)
{
    CpuIsolation c{str(o, "isolated"), str(o, "nohzFull"), str(o, "online"), str(o, "smtControl"), std::nullopt};
    if (o.contains(QLatin1String("smtActive")))
        c.smtActive = o.value(QLatin1String("smtActive")).toBool();
    return c;
}
}

QJsonObject toJson(const HostFacts &facts)
{
    const HostFactsParts &p = facts.parts();
    QJsonObject meminfo;
    for (auto it = p.meminfo.cbegin(); it != p.meminfo.cend(); ++it)
        meminfo.insert(it.key(), it.value());
    QJsonObject groups;
    for (auto it = p.iommuGroups.cbegin(); it != p.iommuGroups.cend(); ++it)
        groups.insert(QString::number(it.key()), strings(it.value()));
    QJsonObject physfn;
    for (auto it = p.sriovPhysfn.cbegin(); it != p.sriovPhysfn.cend(); ++it)
        physfn.insert(it.key(), it.value());
    return {
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("host"), p.host},
        {QStringLiteral("probedAt"), p.probedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("meminfo"), meminfo},
        {QStringLiteral("hugepages"), array(p.hugepages, poolJson)},
        {QStringLiteral("hugetlbfsMounts"), strings(p.hugetlbfsMounts)},
        {QStringLiteral("kernel"), QJsonObject{{QStringLiteral("release"), p.kernel.release},
                                               {QStringLiteral("version"), p.kernel.version},
                                               {QStringLiteral("realtime"), p.kernel.realtime}}},
        {QStringLiteral("cmdline"), p.kernel.cmdline},
        {QStringLiteral("memlock"), memlockJson(p.memlock)},
        {QStringLiteral("iommuGroups"), groups},
        {QStringLiteral("sriovPhysfn"), physfn},
        {QStringLiteral("mdevParents"), strings(p.mdevParents)},
        {QStringLiteral("mdevTypes"), array(p.mdevTypes, mdevJson)},
        {QStringLiteral("vdpaDevices"), array(p.vdpaDevices, vdpaJson)},
        {QStringLiteral("nvidiaVgpuVfs"), array(p.nvidiaVgpuVfs, vfJson)},
        {QStringLiteral("nova"), array(p.nova, sectionJson)},
        {QStringLiteral("cpu"), cpuJson(p.cpu)},
        {QStringLiteral("versions"), QJsonObject{{QStringLiteral("libvirt"), p.versions.libvirt},
                                                 {QStringLiteral("qemu"), p.versions.qemu}}},
        {QStringLiteral("probes"), array(p.probes, statusJson)},
    };
}

std::optional<HostFacts> fromJson(const QJsonObject &o, QString *error)
{
    if (str(o, "format") != QLatin1String(kFormat)) {
        *error = QStringLiteral("not a vDeck host facts document (format '%1', expected '%2')")
                     .arg(str(o, "format"), QLatin1String(kFormat));
        return std::nullopt;
    }
    HostFactsParts p;
    p.host = str(o, "host");
    p.probedAt = QDateTime::fromString(str(o, "probedAt"), Qt::ISODateWithMs);
    const QJsonObject meminfo = o.value(QLatin1String("meminfo")).toObject();
    for (auto it = meminfo.constBegin(); it != meminfo.constEnd(); ++it)
        p.meminfo.insert(it.key(), it.value().toInteger());
    p.hugepages = list<HugePagePool>(o.value(QLatin1String("hugepages")), poolFrom);
    p.hugetlbfsMounts = strings(o.value(QLatin1String("hugetlbfsMounts")));
    const QJsonObject kernel = o.value(QLatin1String("kernel")).toObject();
    p.kernel = {str(kernel, "release"), str(kernel, "version"), kernel.value(QLatin1String("realtime")).toBool(),
                str(o, "cmdline")};
    p.memlock = memlockFrom(o.value(QLatin1String("memlock")).toObject());
    const QJsonObject groups = o.value(QLatin1String("iommuGroups")).toObject();
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it)
        p.iommuGroups.insert(it.key().toInt(), strings(it.value()));
    const QJsonObject physfn = o.value(QLatin1String("sriovPhysfn")).toObject();
    for (auto it = physfn.constBegin(); it != physfn.constEnd(); ++it)
        p.sriovPhysfn.insert(it.key(), it.value().toString());
    p.mdevParents = strings(o.value(QLatin1String("mdevParents")));
    p.mdevTypes = list<MdevType>(o.value(QLatin1String("mdevTypes")), mdevFrom);
    p.vdpaDevices = list<VdpaDevice>(o.value(QLatin1String("vdpaDevices")), vdpaFrom);
    p.nvidiaVgpuVfs = list<NvidiaVgpuVf>(o.value(QLatin1String("nvidiaVgpuVfs")), vfFrom);
    p.nova = list<NovaSection>(o.value(QLatin1String("nova")), sectionFrom);
    p.cpu = cpuFrom(o.value(QLatin1String("cpu")).toObject());
    const QJsonObject versions = o.value(QLatin1String("versions")).toObject();
    p.versions = {str(versions, "libvirt"), str(versions, "qemu")};
    p.probes = list<ProbeStatus>(o.value(QLatin1String("probes")), statusFrom);
    return HostFacts(std::move(p));
}

} // namespace probe::factsjson
