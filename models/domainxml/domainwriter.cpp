#include "domainxml/guestplan.h"

#include "rules/cpuspec.h"

#include <QXmlStreamWriter>

namespace domainxml {
namespace {

QString l(const char *s)
{
    return QString::fromLatin1(s);
}

QString spec(const CpuList &cpus)
{
    return rules::formatCpuSet(QSet<int>(cpus.begin(), cpus.end()));
}

// XML has no escape inside a comment: "--" would end it early and let the rest (a flavor name
// is any text) become markup, "-" at the end would make "--->". Text stays text.
QString commentText(QString text)
{
    while (text.contains(QLatin1String("--")))
        text.replace(QLatin1String("--"), QLatin1String("- -"));
    if (text.endsWith(QLatin1Char('-')))
        text.append(QLatin1Char(' '));
    return text;
}

QString hex(int v, int width)
{
    return QStringLiteral("0x%1").arg(v, width, 16, QLatin1Char('0'));
}

void pciAddress(QXmlStreamWriter &w, const inventory::PciAddress &a, bool typed)
{
    w.writeEmptyElement(l("address"));
    if (typed)
        w.writeAttribute(l("type"), l("pci"));
    w.writeAttribute(l("domain"), hex(a.domain, 4));
    w.writeAttribute(l("bus"), hex(a.bus, 2));
    w.writeAttribute(l("slot"), hex(a.slot, 2));
    w.writeAttribute(l("function"), hex(a.function, 1));
}

void writeCpu(QXmlStreamWriter &w, const CpuPlan &c)
{
    if (!c.present)
        return;
    w.writeStartElement(l("cpu"));
    if (c.mode)
        w.writeAttribute(l("mode"), *c.mode);
    w.writeAttribute(l("match"), l("exact"));
    if (!c.model.isEmpty())
        w.writeTextElement(l("model"), c.model);
    w.writeEmptyElement(l("topology"));
    w.writeAttribute(l("sockets"), QString::number(c.sockets));
    w.writeAttribute(l("cores"), QString::number(c.cores));
    w.writeAttribute(l("threads"), QString::number(c.threads));
    if (!c.cells.isEmpty()) {
        w.writeStartElement(l("numa"));
        for (const CpuPlan::Cell &cell : c.cells) {
            w.writeEmptyElement(l("cell"));
            w.writeAttribute(l("id"), QString::number(cell.id));
            w.writeAttribute(l("cpus"), spec(cell.cpus));
            w.writeAttribute(l("memory"), QString::number(cell.memoryKiB));
            if (cell.sharedAccess)
                w.writeAttribute(l("memAccess"), l("shared"));
        }
        w.writeEndElement();
    }
    w.writeEndElement();
}

void writeTuning(QXmlStreamWriter &w, const CpuPlan &c)
{
    if (!c.cputune)
        return;
    w.writeStartElement(l("cputune"));
    w.writeEmptyElement(l("emulatorpin"));
    w.writeAttribute(l("cpuset"), spec(c.emulatorpin));
    for (const VcpuPin &p : c.vcpupins) {
        w.writeEmptyElement(l("vcpupin"));
        w.writeAttribute(l("vcpu"), QString::number(p.vcpu));
        w.writeAttribute(l("cpuset"), spec(p.cpuset));
    }
    if (!c.realtimeVcpus.isEmpty()) {
        w.writeEmptyElement(l("vcpusched"));
        w.writeAttribute(l("vcpus"), spec(c.realtimeVcpus));
        w.writeAttribute(l("scheduler"), l("fifo"));
        w.writeAttribute(l("priority"), QString::number(c.realtimePriority));
    }
    w.writeEndElement();
    w.writeStartElement(l("numatune"));
    w.writeEmptyElement(l("memory"));
    w.writeAttribute(l("mode"), l("strict"));
    w.writeAttribute(l("nodeset"), spec(c.memoryNodeset));
    for (const auto &[cell, node] : c.memnodes) {
        w.writeEmptyElement(l("memnode"));
        w.writeAttribute(l("cellid"), QString::number(cell));
        w.writeAttribute(l("mode"), l("strict"));
        w.writeAttribute(l("nodeset"), QString::number(node));
    }
    w.writeEndElement();
}

void writeMemoryBacking(QXmlStreamWriter &w, const MemoryBackingPlan &m)
{
    if (!m.present())
        return;
    w.writeStartElement(l("memoryBacking"));
    if (!m.pages.isEmpty()) {
        w.writeStartElement(l("hugepages"));
        for (const auto &[size, cell] : m.pages) {
            w.writeEmptyElement(l("page"));
            w.writeAttribute(l("size"), QString::number(size));
            w.writeAttribute(l("nodeset"), QString::number(cell));
            w.writeAttribute(l("unit"), l("KiB"));
        }
        w.writeEndElement();
    }
    if (m.noSharePages)
        w.writeEmptyElement(l("nosharepages"));
    if (m.locked)
        w.writeEmptyElement(l("locked"));
    if (m.fileBacked) {
        w.writeEmptyElement(l("source"));
        w.writeAttribute(l("type"), l("file"));
        w.writeEmptyElement(l("access"));
        w.writeAttribute(l("mode"), l("shared"));
        w.writeEmptyElement(l("allocation"));
        w.writeAttribute(l("mode"), l("immediate"));
        w.writeEmptyElement(l("discard"));
    }
    w.writeEndElement();
}

void writeFeatures(QXmlStreamWriter &w, const GuestPlan &p)
{
    w.writeStartElement(l("features"));
    w.writeEmptyElement(l("acpi"));
    w.writeEmptyElement(l("apic"));
    w.writeEmptyElement(l("vmcoreinfo"));
    if (p.pmu) {
        w.writeEmptyElement(l("pmu"));
        w.writeAttribute(l("state"), *p.pmu ? l("on") : l("off"));
    }
    if (p.iommu) {
        w.writeEmptyElement(l("ioapic"));
        w.writeAttribute(l("driver"), l("qemu"));
    }
    w.writeEndElement();
}

void writeNic(QXmlStreamWriter &w, const NicPlan &n)
{
    if (!n.device.isEmpty())
        w.writeComment(commentText(QStringLiteral(" %1 ").arg(n.device)));
    w.writeStartElement(l("interface"));
    w.writeAttribute(l("type"), n.type);
    if (n.type == QLatin1String("hostdev"))
        w.writeAttribute(l("managed"), l("yes"));
    w.writeEmptyElement(l("mac"));
    w.writeAttribute(l("address"), n.mac);
    if (n.virtioModel) {
        w.writeEmptyElement(l("model"));
        w.writeAttribute(l("type"), l("virtio"));
    }
    if (!n.driverName.isEmpty() || n.packed) { // LibvirtConfigGuestInterface: no <driver> without name or packed
        w.writeEmptyElement(l("driver"));
        if (!n.driverName.isEmpty())
            w.writeAttribute(l("name"), n.driverName);
        if (n.packed)
            w.writeAttribute(l("packed"), l("on"));
        if (n.queues)
            w.writeAttribute(l("queues"), QString::number(n.queues));
        if (n.rxQueueSize)
            w.writeAttribute(l("rx_queue_size"), QString::number(n.rxQueueSize));
        if (n.txQueueSize)
            w.writeAttribute(l("tx_queue_size"), QString::number(n.txQueueSize));
    }
    if (n.type == QLatin1String("hostdev")) {
        w.writeStartElement(l("source"));
        pciAddress(w, n.address, true);
        w.writeEndElement();
    } else {
        w.writeEmptyElement(l("source"));
        w.writeAttribute(l("dev"), n.sourceDev);
        if (n.type == QLatin1String("direct"))
            w.writeAttribute(l("mode"), l("passthrough"));
    }
    w.writeEndElement();
}

void writeHostdev(QXmlStreamWriter &w, const HostdevPlan &h)
{
    if (!h.device.isEmpty())
        w.writeComment(commentText(QStringLiteral(" %1 ").arg(h.device)));
    w.writeStartElement(l("hostdev"));
    w.writeAttribute(l("mode"), l("subsystem"));
    w.writeAttribute(l("type"), h.type);
    if (h.type == QLatin1String("mdev")) {
        w.writeAttribute(l("managed"), l("no"));
        w.writeAttribute(l("model"), l("vfio-pci"));
    } else {
        w.writeAttribute(l("managed"), l("yes"));
    }
    w.writeStartElement(l("source"));
    if (h.type == QLatin1String("mdev")) {
        w.writeEmptyElement(l("address"));
        w.writeAttribute(l("uuid"), h.mdevUuid);
    } else {
        pciAddress(w, h.address, false);
    }
    w.writeEndElement();
    w.writeEndElement();
}

void writeDevices(QXmlStreamWriter &w, const GuestPlan &p)
{
    w.writeStartElement(l("devices"));
    w.writeStartElement(l("disk"));
    w.writeAttribute(l("type"), l("file"));
    w.writeAttribute(l("device"), l("disk"));
    w.writeEmptyElement(l("driver"));
    w.writeAttribute(l("name"), l("qemu"));
    w.writeAttribute(l("type"), l("qcow2"));
    w.writeAttribute(l("cache"), l("none"));
    w.writeEmptyElement(l("source"));
    w.writeAttribute(l("file"), QStringLiteral("/var/lib/nova/instances/%1/disk").arg(p.uuid));
    w.writeEmptyElement(l("target"));
    w.writeAttribute(l("dev"), l("vda"));
    w.writeAttribute(l("bus"), l("virtio"));
    w.writeEndElement();
    for (const NicPlan &n : p.nics)
        writeNic(w, n);
    for (const HostdevPlan &h : p.hostdevs)
        writeHostdev(w, h);
    w.writeStartElement(l("serial"));
    w.writeAttribute(l("type"), l("pty"));
    w.writeEndElement();
    w.writeEmptyElement(l("input"));
    w.writeAttribute(l("type"), l("tablet"));
    w.writeAttribute(l("bus"), l("usb"));
    w.writeEmptyElement(l("graphics"));
    w.writeAttribute(l("type"), l("vnc"));
    w.writeAttribute(l("autoport"), l("yes"));
    w.writeAttribute(l("listen"), l("127.0.0.1"));
    w.writeStartElement(l("video"));
    w.writeEmptyElement(l("model"));
    w.writeAttribute(l("type"), l("virtio"));
    w.writeEndElement();
    if (p.iommu) {
        w.writeStartElement(l("iommu"));
        w.writeAttribute(l("model"), p.iommu->model);
        w.writeEmptyElement(l("driver"));
        w.writeAttribute(l("intremap"), l("on"));
        w.writeAttribute(l("caching_mode"), l("on"));
        w.writeAttribute(l("aw_bits"), l("48"));
        w.writeAttribute(l("eim"), p.iommu->eim ? l("on") : l("off"));
        w.writeAttribute(l("iotlb"), l("on"));
        w.writeEndElement();
    }
    w.writeStartElement(l("memballoon"));
    w.writeAttribute(l("model"), l("virtio"));
    w.writeEmptyElement(l("stats"));
    w.writeAttribute(l("period"), l("10"));
    w.writeEndElement();
    w.writeEndElement();
}

} // namespace

QString writeDomain(const GuestPlan &p)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartElement(l("domain"));
    w.writeAttribute(l("type"), p.domainType);
    w.writeTextElement(l("uuid"), p.uuid);
    w.writeTextElement(l("name"), p.name);
    w.writeStartElement(l("memory"));
    w.writeCharacters(QString::number(p.memoryKiB));
    w.writeEndElement();
    w.writeTextElement(l("vcpu"), QString::number(p.vcpus));
    w.writeStartElement(l("metadata"));
    w.writeComment(commentText(QStringLiteral(" vDeck preview of flavor %1: what Nova's libvirt driver would define ").arg(p.flavorName)));
    w.writeEndElement();
    writeMemoryBacking(w, p.memory);
    w.writeStartElement(l("os"));
    w.writeStartElement(l("type"));
    w.writeAttribute(l("arch"), p.arch);
    if (!p.machine.isEmpty())
        w.writeAttribute(l("machine"), p.machine);
    w.writeCharacters(l("hvm"));
    w.writeEndElement();
    w.writeEmptyElement(l("boot"));
    w.writeAttribute(l("dev"), l("hd"));
    w.writeEndElement();
    writeFeatures(w, p);
    writeTuning(w, p.cpu);
    writeCpu(w, p.cpu);
    w.writeStartElement(l("clock"));
    w.writeAttribute(l("offset"), l("utc"));
    w.writeEndElement();
    writeDevices(w, p);
    w.writeEndElement();
    w.writeEndDocument();
    while (out.startsWith(QLatin1Char('\n')))
        out.remove(0, 1);
    return out;
}

} // namespace domainxml
