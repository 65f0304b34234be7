#include "hostfacts/hostfactsjson.h"

#include <QJsonArray>

namespace hostfacts::json {

namespace {
QJsonArray strings(const QStringList &list) { return QJsonArray::fromStringList(list); }

template<typename T, typename F>
QJsonArray array(const QList<T> &list, F toObject)
{
    QJsonArray a;
    for (const T &item : list)
        a.append(toObject(item));
    return a;
}

QJsonObject limitJson(const MemlockLimit &l)
{
    return {{QStringLiteral("source"), l.source}, {QStringLiteral("process"), l.process},
            {QStringLiteral("softBytes"), l.softBytes}, {QStringLiteral("hardBytes"), l.hardBytes}};
}
QJsonObject configJson(const ConfigLine &c)
{
    return {{QStringLiteral("file"), c.file}, {QStringLiteral("key"), c.key}, {QStringLiteral("value"), c.value}};
}

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

QJsonObject poolJson(const HugePagePool &p)
{
    return {{QStringLiteral("node"), p.node}, {QStringLiteral("pageSizeKiB"), p.pageSizeKiB},
            {QStringLiteral("total"), p.total}, {QStringLiteral("free"), p.free}, {QStringLiteral("surplus"), p.surplus}};
}

QJsonObject mdevJson(const MdevType &t)
{
    return {{QStringLiteral("parent"), t.parent}, {QStringLiteral("type"), t.id}, {QStringLiteral("name"), t.name},
            {QStringLiteral("description"), t.description}, {QStringLiteral("availableInstances"), t.availableInstances},
            {QStringLiteral("deviceApi"), t.deviceApi}};
}

QJsonObject vdpaJson(const VdpaDevice &d)
{
    return {{QStringLiteral("name"), d.name}, {QStringLiteral("managementDevice"), d.managementDevice},
            {QStringLiteral("driver"), d.driver}};
}

QJsonObject vfJson(const NvidiaVgpuVf &v)
{
    return {{QStringLiteral("address"), v.address}, {QStringLiteral("physfn"), v.physfn},
            {QStringLiteral("currentType"), v.currentType}, {QStringLiteral("creatableTypes"), strings(v.creatableTypes)}};
}

QJsonObject sectionJson(const NovaSection &s)
{
    QJsonArray entries;
    for (const auto &e : s.entries)
        entries.append(QJsonArray{e.first, e.second});
    return {{QStringLiteral("section"), s.name}, {QStringLiteral("options"), entries}};
}

QJsonObject statusJson(const ProbeStatus &s)
{
    return {{QStringLiteral("probe"), s.probe}, {QStringLiteral("ok"), s.ok}, {QStringLiteral("timedOut"), s.timedOut},
            {QStringLiteral("truncated"), s.truncated}, {QStringLiteral("error"), s.error}};
}

QJsonObject cpuJson(const CpuIsolation &c)
{
    QJsonObject o{{QStringLiteral("isolated"), c.isolated}, {QStringLiteral("nohzFull"), c.nohzFull},
                  {QStringLiteral("online"), c.online}, {QStringLiteral("smtControl"), c.smtControl}};
    if (c.smtActive)
        o.insert(QStringLiteral("smtActive"), *c.smtActive);
    return o;
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

} // namespace hostfacts::json
