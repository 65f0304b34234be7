#include "handmadehost.h"

#include "inventory/nodedeviceparser.h"
#include "inventory/snapshotfile.h"

#include <QTimeZone>

namespace handmade {

namespace {

QString capabilitiesXml(const Host &host)
{
    QString cells;
    int cpu = 0;
    int total = 0;
    for (const Cell &c : host.cells)
        total += c.cores * 2;
    for (qsizetype id = 0; id < host.cells.size(); ++id) {
        const Cell &c = host.cells.at(id);
        quint64 hugeKiB = 0;
        QString pages;
        for (auto it = c.pages.cbegin(); it != c.pages.cend(); ++it) {
            hugeKiB += it.key() * it.value().first;
            pages += QStringLiteral("<pages unit='KiB' size='%1'>%2</pages>").arg(it.key()).arg(it.value().first);
        }
        QString cpus;
        for (int core = 0; core < c.cores; ++core) {
            const int a = cpu + core, b = cpu + core + total / 2;
            cpus += QStringLiteral("<cpu id='%1' socket_id='%3' die_id='0' core_id='%4' siblings='%1,%2'/>"
                                   "<cpu id='%2' socket_id='%3' die_id='0' core_id='%4' siblings='%1,%2'/>").arg(a).arg(b).arg(id).arg(core);
        }
        cpu += c.cores;
        cells += QStringLiteral("<cell id='%1'><memory unit='KiB'>%2</memory><pages unit='KiB' size='4'>%3</pages>%4<cpus num='%5'>%6</cpus></cell>")
                     .arg(id).arg(c.memoryMiB * 1024).arg((c.memoryMiB * 1024 - hugeKiB) / 4).arg(pages).arg(c.cores * 2).arg(cpus);
    }
    QString machines;
    for (const QString &m : host.machines)
        machines += QStringLiteral("<machine>%1</machine>").arg(m);
    return QStringLiteral("<capabilities><host><uuid>00000000-0000-0000-0000-000000000001</uuid><cpu><arch>x86_64</arch>"
                          "<pages unit='KiB' size='4'/><pages unit='KiB' size='2048'/><pages unit='KiB' size='1048576'/></cpu>"
                          "<topology><cells num='%1'>%2</cells></topology></host>"
                          "<guest><os_type>hvm</os_type><arch name='x86_64'>%3<domain type='kvm'/></arch></guest></capabilities>")
        .arg(host.cells.size()).arg(cells, machines);
}

} // namespace

inventory::HostSnapshot snapshot(const Host &host)
{
    QList<inventory::FreePages> free;
    for (qsizetype id = 0; id < host.cells.size(); ++id) {
        const Cell &c = host.cells.at(id);
        for (auto it = c.pages.cbegin(); it != c.pages.cend(); ++it)
            free.append({int(id), it.key(), it.value().second});
    }
    QList<inventory::Device> devices;
    for (const QString &xml : host.deviceXml)
        devices.append(inventory::parseNodeDevice(xml));
    inventory::HostIdentity facts{QStringLiteral("handmade.test"), QStringLiteral("test:///handmade"), host.libvirtVersion,
                               QStringLiteral("QEMU"), host.qemuVersion, host.kernel};
    return inventory::HostSnapshot(facts, QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::UTC), capabilitiesXml(host), QString(), free,
                                   inventory::DeviceGraph(devices));
}

inventory::HostSnapshot demo()
{
    inventory::HostSnapshot s;
    QString error;
    if (!inventory::snapshotfile::load(QStringLiteral(":/demo/demo.vdeckhost"), &s, &error))
        qFatal("demo host: %s", qPrintable(error));
    return s;
}

inventory::HostSnapshot demoWithVersions(const QString &libvirt, const QString &qemu, const QString &kernel)
{
    const inventory::HostSnapshot d = demo();
    inventory::HostIdentity identity = d.identity();
    identity.libvirtVersion = libvirt;
    identity.hypervisorVersion = qemu;
    identity.hostVersion = kernel;
    return inventory::HostSnapshot(identity, d.capturedAt(), d.capabilitiesXml(), d.domainCapabilitiesXml(), d.freePages(), d.graph());
}

inventory::HostSnapshot demoOneSocket()
{
    const inventory::HostSnapshot d = demo();
    QString caps = d.capabilitiesXml();
    caps.replace(QStringLiteral("socket_id='1'"), QStringLiteral("socket_id='0'"));
    return inventory::HostSnapshot(d.identity(), d.capturedAt(), caps, d.domainCapabilitiesXml(), d.freePages(), d.graph());
}

QString gpuWithMdevTypes(const QString &bus, int numa, const QMap<QString, int> &types)
{
    QString typeXml;
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        typeXml += QStringLiteral("<type id='%1'><name>%1</name><deviceAPI>vfio-pci</deviceAPI><availableInstances>%2</availableInstances></type>")
                       .arg(it.key()).arg(it.value());
    return QStringLiteral("<device><name>pci_0000_%1_00_0</name><parent>computer</parent><driver><name>nvidia</name></driver>"
                          "<capability type='pci'><class>0x030200</class><domain>0</domain><bus>%2</bus><slot>0</slot><function>0</function>"
                          "<product id='0x2236'>A10</product><vendor id='0x10de'>NVIDIA Corporation</vendor>"
                          "<capability type='mdev_types'>%3</capability><iommuGroup number='40'/><numa node='%4'/></capability></device>")
        .arg(bus).arg(bus.toInt(nullptr, 16)).arg(typeXml).arg(numa);
}

} // namespace handmade
