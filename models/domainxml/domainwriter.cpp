#include "domainxml/xmlwriting.h"

#include "rules/cpuspec.h"

namespace domainxml {
namespace xmlwriting {

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

namespace {
QString hex(int v, int width)
{
    return QStringLiteral("0x%1").arg(v, width, 16, QLatin1Char('0'));
}
} // namespace

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

} // namespace xmlwriting

namespace {
using namespace xmlwriting;

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
    if (!c.maxphysaddrMode.isEmpty()) { // LibvirtConfigCPU.format_dom: after <topology>
        w.writeEmptyElement(l("maxphysaddr"));
        w.writeAttribute(l("mode"), c.maxphysaddrMode);
        if (c.maxphysaddrBits)
            w.writeAttribute(l("bits"), QString::number(c.maxphysaddrBits));
    }
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

void writeCputune(QXmlStreamWriter &w, const CpuPlan &c)
{
    if (!c.cputune)
        return;
    w.writeStartElement(l("cputune"));
    w.writeEmptyElement(l("emulatorpin"));
    w.writeAttribute(l("cpuset"), spec(c.emulatorpin));
    // nova/virt/libvirt/config.py (33.0.0) LibvirtConfigGuestCPUTune: <iothreadpin> after
    // <emulatorpin>, only with a non-empty cpuset
    if (c.iothreadPin && !c.emulatorpin.isEmpty()) {
        w.writeEmptyElement(l("iothreadpin"));
        w.writeAttribute(l("cpuset"), spec(c.emulatorpin));
        w.writeAttribute(l("iothread"), l("1"));
    }
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
}

void writeNumatune(QXmlStreamWriter &w, const CpuPlan &c)
{
    if (!c.cputune)
        return;
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
    if (p.platform.vmcoreinfo)
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

void writeMetadata(QXmlStreamWriter &w, const GuestPlan &p)
{
    const InstanceMetadata &m = p.metadata;
    const QString ns = QStringLiteral("http://openstack.org/xmlns/libvirt/nova/1.1");
    w.writeStartElement(l("metadata"));
    w.writeComment(commentText(QStringLiteral(" vDeck preview of flavor %1: what Nova's libvirt driver would define ").arg(p.flavorName)));
    w.writeNamespace(ns, l("nova"));
    w.writeStartElement(ns, l("instance"));
    w.writeEmptyElement(ns, l("package"));
    w.writeAttribute(l("version"), m.package);
    w.writeTextElement(ns, l("name"), m.name);
    w.writeStartElement(ns, l("flavor"));
    w.writeAttribute(l("name"), m.flavorName);
    if (m.flavorDetails)
        w.writeAttribute(l("id"), m.flavorId);
    w.writeTextElement(ns, l("memory"), QString::number(m.memoryMb));
    w.writeTextElement(ns, l("disk"), QString::number(m.diskGb));
    w.writeTextElement(ns, l("swap"), QString::number(m.swapMb));
    w.writeTextElement(ns, l("ephemeral"), QString::number(m.ephemeralGb));
    w.writeTextElement(ns, l("vcpus"), QString::number(m.vcpus));
    const auto entries = [&](const char *list, const char *entry, const QList<std::pair<QString, QString>> &items) {
        w.writeStartElement(ns, l(list));
        for (const auto &[key, value] : items) {
            w.writeStartElement(ns, l(entry));
            w.writeAttribute(l("name"), key);
            w.writeCharacters(value);
            w.writeEndElement();
        }
        w.writeEndElement();
    };
    if (m.flavorDetails)
        entries("extraSpecs", "extraSpec", m.extraSpecs);
    w.writeEndElement();
    if (m.flavorDetails) {
        w.writeStartElement(ns, l("image"));
        w.writeAttribute(l("uuid"), m.imageUuid);
        entries("properties", "property", m.imageProperties);
        w.writeEndElement();
    }
    w.writeEmptyElement(ns, l("root"));
    w.writeAttribute(l("type"), l("image"));
    w.writeAttribute(l("uuid"), m.imageUuid);
    w.writeEndElement();
    w.writeEndElement();
}

void writeSysinfo(QXmlStreamWriter &w, const GuestPlan &p)
{
    if (!p.platform.sysinfo)
        return;
    w.writeStartElement(l("sysinfo"));
    w.writeAttribute(l("type"), l("smbios"));
    w.writeStartElement(l("system"));
    const auto entry = [&](const char *name, const QString &value) {
        w.writeStartElement(l("entry"));
        w.writeAttribute(l("name"), l(name));
        w.writeCharacters(value);
        w.writeEndElement();
    };
    entry("manufacturer", QStringLiteral("OpenStack Foundation"));
    entry("product", QStringLiteral("OpenStack Nova"));
    entry("version", p.platform.sysinfoVersion);
    entry("serial", p.uuid); // [libvirt]sysinfo_serial = unique (the default): the instance UUID
    entry("uuid", p.uuid);
    entry("family", QStringLiteral("Virtual Machine"));
    w.writeEndElement();
    w.writeEndElement();
}

// LibvirtConfigGuest._format_os: firmware attribute and <firmware> (33+), type, loader, boot,
// smbios, bootmenu
void writeOs(QXmlStreamWriter &w, const GuestPlan &p)
{
    const PlatformPlan &f = p.platform;
    w.writeStartElement(l("os"));
    if (f.efi) {
        w.writeAttribute(l("firmware"), l("efi"));
        if (f.secureBoot) {
            w.writeStartElement(l("firmware"));
            w.writeEmptyElement(l("feature"));
            w.writeAttribute(l("name"), l("secure-boot"));
            w.writeAttribute(l("enabled"), *f.secureBoot ? l("yes") : l("no"));
            w.writeEndElement();
        }
    }
    w.writeStartElement(l("type"));
    if (f.osArch)
        w.writeAttribute(l("arch"), p.arch);
    if (!p.machine.isEmpty())
        w.writeAttribute(l("machine"), p.machine);
    w.writeCharacters(l("hvm"));
    w.writeEndElement();
    if (f.efi && (f.secureBoot || f.statelessFirmware)) { // 33+: no path, type or readonly for a new guest
        w.writeEmptyElement(l("loader"));
        if (f.secureBoot)
            w.writeAttribute(l("secure"), *f.secureBoot ? l("yes") : l("no"));
        if (f.statelessFirmware)
            w.writeAttribute(l("stateless"), l("yes"));
    }
    w.writeEmptyElement(l("boot"));
    w.writeAttribute(l("dev"), l("hd"));
    if (f.sysinfo) {
        w.writeEmptyElement(l("smbios"));
        w.writeAttribute(l("mode"), l("sysinfo"));
    }
    if (f.bootMenu) {
        w.writeEmptyElement(l("bootmenu"));
        w.writeAttribute(l("enable"), l("yes"));
    }
    w.writeEndElement();
}

void writeClock(QXmlStreamWriter &w, const PlatformPlan &p)
{
    w.writeStartElement(l("clock"));
    w.writeAttribute(l("offset"), l("utc"));
    if (p.kvmTimers) {
        w.writeEmptyElement(l("timer"));
        w.writeAttribute(l("name"), l("pit"));
        w.writeAttribute(l("tickpolicy"), l("delay"));
        w.writeEmptyElement(l("timer"));
        w.writeAttribute(l("name"), l("rtc"));
        w.writeAttribute(l("tickpolicy"), l("catchup"));
        if (p.hpet) {
            w.writeEmptyElement(l("timer"));
            w.writeAttribute(l("name"), l("hpet"));
            w.writeAttribute(l("present"), *p.hpet ? l("yes") : l("no"));
        }
    }
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
    writeMemoryBacking(w, p.memory);
    writeNumatune(w, p.cpu);
    w.writeStartElement(l("vcpu"));
    if (p.vcpuCpuset) // nova/virt/libvirt/config.py LibvirtConfigGuest._format_basic_props
        w.writeAttribute(l("cpuset"), spec(*p.vcpuCpuset));
    w.writeCharacters(QString::number(p.vcpus));
    w.writeEndElement();
    writeMetadata(w, p);
    writeSysinfo(w, p);
    writeOs(w, p);
    writeFeatures(w, p);
    if (p.platform.iothreads)
        w.writeTextElement(l("iothreads"), QString::number(p.platform.iothreads));
    writeCputune(w, p.cpu);
    writeClock(w, p.platform);
    writeCpu(w, p.cpu);
    writeDevices(w, p);
    w.writeEndElement();
    w.writeEndDocument();
    while (out.startsWith(QLatin1Char('\n')))
        out.remove(0, 1);
    return out;
}

} // namespace domainxml
