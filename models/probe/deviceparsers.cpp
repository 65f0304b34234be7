#include "probe/factparsers.h"

#include <QRegularExpression>

namespace probe::parsers {

QMap<int, QStringList> iommuGroups(const QList<DumpRecord> &records)
{
    QMap<int, QStringList> groups;
    for (const DumpRecord &r : records) {
        bool ok = false;
        const int group = r.arg.toInt(&ok);
        if (r.tag != 'G' || !ok || group < 0)
            continue;
        QStringList &devices = groups[group];
        for (const QString &d : r.lines()) {
            if (isSafeName(d))
                devices.append(d);
        }
    }
    return groups;
}

QMap<QString, QString> sriovPhysfn(const QList<DumpRecord> &records)
{
    static const QRegularExpression link(QStringLiteral("^/sys/kernel/iommu_groups/\\d+/devices/([^/]+)/physfn$"));
    QMap<QString, QString> pfOf;
    for (const DumpRecord &r : records) {
        const QRegularExpressionMatch m = link.match(r.arg);
        const QString pf = baseName(r.text());
        if (r.tag == 'L' && m.hasMatch() && isPciAddress(m.captured(1)) && isPciAddress(pf))
            pfOf.insert(m.captured(1), pf);
    }
    return pfOf;
}

void mdev(const QList<DumpRecord> &records, QStringList *parents, QList<hostfacts::MdevType> *types)
{
    static const QRegularExpression attr(
        QStringLiteral("^/sys/class/mdev_bus/([^/]+)/mdev_supported_types/([^/]+)/(name|description|available_instances|device_api)$"));
    QMap<QPair<QString, QString>, hostfacts::MdevType> byType;
    for (const DumpRecord &r : records) {
        if (r.tag == 'L' && r.arg.startsWith(QLatin1String("/sys/class/mdev_bus/"))) {
            const QString parent = baseName(r.arg);
            if (isSafeName(parent) && !parents->contains(parent))
                parents->append(parent);
            continue;
        }
        const QRegularExpressionMatch m = attr.match(r.arg);
        if (r.tag != 'F' || !m.hasMatch() || !isSafeName(m.captured(1)) || !isSafeName(m.captured(2)))
            continue;
        hostfacts::MdevType &t = byType[{m.captured(1), m.captured(2)}];
        t.parent = m.captured(1);
        t.id = m.captured(2);
        const QString field = m.captured(3);
        if (field == QLatin1String("name"))
            t.name = r.text();
        else if (field == QLatin1String("description"))
            t.description = r.text().simplified();
        else if (field == QLatin1String("available_instances"))
            t.availableInstances = r.text().toInt();
        else
            t.deviceApi = r.text();
    }
    *types = byType.values();
}

QList<hostfacts::VdpaDevice> vdpa(const QList<DumpRecord> &records)
{
    static const QRegularExpression device(QStringLiteral("^/sys/bus/vdpa/devices/([^/]+)$"));
    static const QRegularExpression driver(QStringLiteral("^/sys/bus/vdpa/devices/([^/]+)/driver$"));
    QList<hostfacts::VdpaDevice> devices;
    for (const DumpRecord &r : records) {
        if (r.tag != 'L')
            continue;
        const QString target = r.text();
        if (const QRegularExpressionMatch m = device.match(r.arg); m.hasMatch() && isSafeName(m.captured(1))) {
            const QString parent = baseName(target.left(target.lastIndexOf(QLatin1Char('/'))));
            hostfacts::VdpaDevice d;
            d.name = m.captured(1);
            if (isPciAddress(parent))
                d.managementDevice = QStringLiteral("pci/") + parent;
            else if (isSafeName(parent))
                d.managementDevice = parent;
            devices.append(d);
        } else if (const QRegularExpressionMatch m = driver.match(r.arg); m.hasMatch()) {
            for (hostfacts::VdpaDevice &d : devices) {
                if (d.name == m.captured(1) && isSafeName(baseName(target)))
                    d.driver = baseName(target);
            }
        }
    }
    return devices;
}

QList<hostfacts::NvidiaVgpuVf> nvidiaVgpu(const QList<DumpRecord> &records)
{
    static const QRegularExpression attr(
        QStringLiteral("^/sys/bus/pci/devices/([^/]+)/nvidia/(current_vgpu_type|creatable_vgpu_types)$"));
    static const QRegularExpression physfn(QStringLiteral("^/sys/bus/pci/devices/([^/]+)/physfn$"));
    QMap<QString, hostfacts::NvidiaVgpuVf> byAddress;
    for (const DumpRecord &r : records) {
        if (const QRegularExpressionMatch m = attr.match(r.arg); r.tag == 'F' && m.hasMatch() && isPciAddress(m.captured(1))) {
            hostfacts::NvidiaVgpuVf &vf = byAddress[m.captured(1)];
            vf.address = m.captured(1);
            if (m.captured(2) == QLatin1String("current_vgpu_type")) {
                vf.currentType = r.text();
                continue;
            }
            for (const QString &l : r.lines()) {
                if (!l.startsWith(QLatin1String("ID")))
                    vf.creatableTypes.append(l.simplified());
            }
        } else if (const QRegularExpressionMatch p = physfn.match(r.arg); r.tag == 'L' && p.hasMatch()) {
            const QString pf = baseName(r.text());
            if (byAddress.contains(p.captured(1)) && isPciAddress(pf))
                byAddress[p.captured(1)].physfn = pf;
        }
    }
    return byAddress.values();
}

} // namespace probe::parsers
