#include "drift/hostdrift.h"

#include "core/findingtext.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace drift {

namespace detail {
rules::Finding finding(const char *code, rules::Severity severity, const QString &key, const QString &message, const QString &fix)
{
    rules::Finding f;
    f.code = QLatin1String(code);
    f.severity = severity;
    f.stage = rules::Stage::D;
    f.keys = {key};
    f.message = message;
    f.fix = fix;
    return f;
}
}

namespace {
using detail::finding;
using inventory::DeviceKind;
using inventory::GraphNode;

QString pciAddressOf(const GraphNode &n)
{
    return n.device.pci ? n.device.pci->address.toString() : n.name();
}

bool iommuOn(const inventory::HostSnapshot &s)
{
    static const QRegularExpression re(QStringLiteral("<iommu\\s+support=['\"]yes['\"]"));
    return re.match(s.capabilitiesXml()).hasMatch();
}

void compareVfs(const inventory::DeviceGraph &b, const inventory::DeviceGraph &n, QList<rules::Finding> *out)
{
    for (const GraphNode &pf : b.nodes()) {
        if (pf.kind != DeviceKind::Pf)
            continue;
        const QString address = pciAddressOf(pf);
        const GraphNode *now = pf.device.pci ? n.nodeByPciAddress(pf.device.pci->address) : nullptr;
        const qsizetype before = b.vfsOf(pf.name()).size();
        if (!now) {
            out->append(finding("DRIFT_PF_MISSING", rules::Severity::Error, address,
                                FindingText::tr("the PF %1 (%2) with %3 VFs is gone").arg(address, pf.netdev).arg(before),
                                QStringLiteral("check the card and its driver (lspci -s %1; dmesg)").arg(address)));
            continue;
        }
        const qsizetype after = n.vfsOf(now->name()).size();
        if (after < before)
            out->append(finding("DRIFT_VF_COUNT", rules::Severity::Error, address,
                                FindingText::tr("the PF %1 (%2) had %3 VFs and has %4").arg(address, pf.netdev).arg(before).arg(after),
                                QStringLiteral("echo %1 > /sys/bus/pci/devices/%2/sriov_numvfs, made persistent with a udev rule or systemd unit that runs before nova-compute")
                                    .arg(before).arg(address)));
        else if (after > before)
            out->append(finding("DRIFT_VF_COUNT", rules::Severity::Info, address,
                                FindingText::tr("the PF %1 (%2) had %3 VFs and has %4").arg(address, pf.netdev).arg(before).arg(after), {}));
    }
}

void compareVdpa(const inventory::DeviceGraph &b, const inventory::DeviceGraph &n, QList<rules::Finding> *out)
{
    QSet<QString> present;
    for (const GraphNode &v : n.nodes()) {
        if (v.kind == DeviceKind::Vdpa)
            present.insert(v.name());
    }
    for (const GraphNode &v : b.nodes()) {
        if (v.kind != DeviceKind::Vdpa || present.contains(v.name()))
            continue;
        const GraphNode *vf = b.node(v.logicalParent);
        const QString mgmt = vf ? pciAddressOf(*vf) : v.logicalParent;
        const QString name = v.name().startsWith(QLatin1String("vdpa_")) ? v.name().mid(5) : v.name();
        out->append(finding("DRIFT_VDPA_MISSING", rules::Severity::Error, v.name(),
                            FindingText::tr("the vDPA device %1 on %2 is gone").arg(v.name(), mgmt),
                            QStringLiteral("vdpa dev add name %1 mgmtdev pci/%2, in a udev rule or systemd unit that runs before nova-compute").arg(name, mgmt)));
    }
}

void compareMdevs(const inventory::DeviceGraph &b, const inventory::DeviceGraph &n, QList<rules::Finding> *out)
{
    QMap<QString, QString> typeNow; // uuid -> type
    for (const GraphNode &m : n.nodes()) {
        if (m.device.mdev)
            typeNow.insert(m.device.mdev->uuid, m.device.mdev->type);
    }
    for (const GraphNode &m : b.nodes()) {
        if (!m.device.mdev)
            continue;
        const inventory::MdevInfo &info = *m.device.mdev;
        const GraphNode *parent = b.node(m.device.parent);
        const QString parentAddress = parent ? pciAddressOf(*parent) : m.device.parent;
        if (!typeNow.contains(info.uuid)) {
            out->append(finding("DRIFT_MDEV_MISSING", rules::Severity::Error, info.uuid,
                                FindingText::tr("the mdev %1 (%2 on %3) is gone: it was not persistent").arg(info.uuid, info.type, parentAddress),
                                QStringLiteral("mdevctl define --uuid %1 --parent %2 --type %3 --auto && mdevctl start --uuid %1 "
                                               "(or virsh nodedev-define, nodedev-start and nodedev-autostart with libvirt >= 7.3)")
                                    .arg(info.uuid, parentAddress, info.type)));
        } else if (typeNow.value(info.uuid) != info.type) {
            out->append(finding("DRIFT_MDEV_TYPE", rules::Severity::Error, info.uuid,
                                FindingText::tr("the mdev %1 on %2 was of type %3 and is of type %4").arg(info.uuid, parentAddress, info.type, typeNow.value(info.uuid)),
                                QStringLiteral("mdevctl modify --uuid %1 --type %2").arg(info.uuid, info.type)));
        }
    }
}

void compareHugepages(const inventory::HostCapabilities &b, const inventory::HostCapabilities &n, QList<rules::Finding> *out)
{
    for (const inventory::NumaCell &cell : b.cells) {
        const auto now = std::find_if(n.cells.begin(), n.cells.end(), [&cell](const inventory::NumaCell &c) { return c.id == cell.id; });
        for (auto it = cell.pages.constBegin(); it != cell.pages.constEnd(); ++it) {
            if (it.key() <= 4)
                continue; // base pages
            const quint64 after = now == n.cells.end() ? 0 : now->pages.value(it.key());
            if (after >= it.value())
                continue;
            out->append(finding("DRIFT_HUGEPAGES", rules::Severity::Error, QStringLiteral("node%1").arg(cell.id),
                                FindingText::tr("NUMA node %1 had %2 hugepages of %3 KiB and has %4").arg(cell.id).arg(it.value()).arg(it.key()).arg(after),
                                QStringLiteral("echo %1 > /sys/devices/system/node/node%2/hugepages/hugepages-%3kB/nr_hugepages, reserved at boot "
                                               "(hugepagesz= hugepages= on the kernel command line, or a systemd unit per node)")
                                    .arg(it.value()).arg(cell.id).arg(it.key())));
        }
    }
}

} // namespace

namespace detail {
void compareDevices(const inventory::HostSnapshot &baseline, const inventory::HostSnapshot &now, QList<rules::Finding> *out)
{
    if (iommuOn(baseline) && !iommuOn(now))
        out->append(finding("DRIFT_IOMMU_OFF", rules::Severity::Error, QStringLiteral("iommu"),
                            FindingText::tr("the IOMMU was on and is off: no device can be passed through"),
                            QStringLiteral("enable VT-d/AMD-Vi in the firmware and add intel_iommu=on iommu=pt (or amd_iommu=on) to the kernel command line")));
    compareVfs(baseline.graph(), now.graph(), out);
    compareVdpa(baseline.graph(), now.graph(), out);
    compareMdevs(baseline.graph(), now.graph(), out);
    compareHugepages(baseline.capabilities(), now.capabilities(), out);
}
}

QList<rules::Finding> compare(const inventory::HostSnapshot &baseline, const inventory::HostSnapshot &now)
{
    QList<rules::Finding> out;
    detail::compareDevices(baseline, now, &out);
    if (baseline.hostFacts() && now.hostFacts())
        detail::compareFacts(*baseline.hostFacts(), *now.hostFacts(), !baseline.capabilities().cells.isEmpty(), &out);
    else if (baseline.hostFacts() || now.hostFacts())
        out.append(finding("DRIFT_FACTS_MISSING", rules::Severity::Info, QStringLiteral("hostFacts"),
                           FindingText::tr("only the %1 has the ssh probe's facts: kernel command line, CPU power, NVIDIA VFs and mdev types were not compared")
                               .arg(baseline.hostFacts() ? FindingText::tr("baseline") : FindingText::tr("current snapshot")),
                           {}));
    rules::sortBySeverity(out);
    return out;
}

} // namespace drift
