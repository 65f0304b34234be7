// <devices> of the domain document (see writeDomain in domainwriter.cpp).
#include "domainxml/xmlwriting.h"

namespace domainxml::xmlwriting {
namespace {

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
    // LibvirtConfigGuestInterface: <driver> only with a name, packed or a queue setting; never a
    // name on vhostuser
    const bool vhostuser = n.type == QLatin1String("vhostuser");
    const QString driverName = vhostuser ? QString() : n.driverName;
    if (!driverName.isEmpty() || n.packed || (vhostuser && (n.queues || n.rxQueueSize || n.txQueueSize))) {
        w.writeEmptyElement(l("driver"));
        if (!driverName.isEmpty())
            w.writeAttribute(l("name"), driverName);
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
    } else if (n.type == QLatin1String("bridge")) {
        w.writeEmptyElement(l("source"));
        w.writeAttribute(l("bridge"), n.sourceBridge);
    } else if (vhostuser) {
        w.writeEmptyElement(l("source"));
        w.writeAttribute(l("type"), l("unix"));
        w.writeAttribute(l("mode"), n.socketMode);
        w.writeAttribute(l("path"), n.socketPath);
    } else {
        w.writeEmptyElement(l("source"));
        w.writeAttribute(l("dev"), n.sourceDev);
        if (n.type == QLatin1String("direct"))
            w.writeAttribute(l("mode"), l("passthrough"));
    }
    if (!n.targetDev.isEmpty()) {
        w.writeEmptyElement(l("target"));
        w.writeAttribute(l("dev"), n.targetDev);
    }
    if (!n.interfaceId.isEmpty()) {
        w.writeStartElement(l("virtualport"));
        w.writeAttribute(l("type"), l("openvswitch"));
        w.writeEmptyElement(l("parameters"));
        w.writeAttribute(l("interfaceid"), n.interfaceId);
        w.writeEndElement();
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

void writeSerial(QXmlStreamWriter &w, const PlatformPlan &p)
{
    w.writeStartElement(l("serial"));
    w.writeAttribute(l("type"), l("pty"));
    if (!p.consoleLog.isEmpty()) {
        w.writeEmptyElement(l("log"));
        w.writeAttribute(l("file"), p.consoleLog);
        w.writeAttribute(l("append"), l("off"));
    }
    w.writeEndElement();
}

void writeRng(QXmlStreamWriter &w, const PlatformPlan &p)
{
    if (!p.rng)
        return;
    w.writeStartElement(l("rng"));
    w.writeAttribute(l("model"), l("virtio"));
    if (p.rngRateBytes && p.rngRatePeriod) {
        w.writeEmptyElement(l("rate"));
        w.writeAttribute(l("period"), QString::number(p.rngRatePeriod));
        w.writeAttribute(l("bytes"), QString::number(p.rngRateBytes));
    }
    w.writeStartElement(l("backend"));
    w.writeAttribute(l("model"), l("random"));
    w.writeCharacters(p.rngBackend);
    w.writeEndElement();
    w.writeEndElement();
}

void writeDisk(QXmlStreamWriter &w, const GuestPlan &p)
{
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
}

void writeIommu(QXmlStreamWriter &w, const IommuPlan &iommu)
{
    w.writeStartElement(l("iommu"));
    w.writeAttribute(l("model"), iommu.model);
    w.writeEmptyElement(l("driver"));
    w.writeAttribute(l("intremap"), l("on"));
    w.writeAttribute(l("caching_mode"), l("on"));
    if (iommu.awBits)
        w.writeAttribute(l("aw_bits"), l("48"));
    w.writeAttribute(l("eim"), iommu.eim ? l("on") : l("off"));
    w.writeAttribute(l("iotlb"), l("on"));
    w.writeEndElement();
}

void writeBalloon(QXmlStreamWriter &w, const PlatformPlan &p)
{
    // _guest_add_memory_balloon: kvm/qemu only, [libvirt]mem_stats_period_seconds = 10
    if (!p.kvmLike)
        return;
    w.writeStartElement(l("memballoon"));
    w.writeAttribute(l("model"), l("virtio"));
    if (p.balloonReporting) {
        w.writeAttribute(l("autodeflate"), l("on"));
        w.writeAttribute(l("freePageReporting"), l("on"));
    }
    w.writeEmptyElement(l("stats"));
    w.writeAttribute(l("period"), l("10"));
    w.writeEndElement();
}

} // namespace

// nova/virt/libvirt/driver.py _get_guest_config adds: disks, interfaces, consoles, graphics +
// video + pointer, rng, the USB controller, PCI devices, the balloon, mdevs, the vIOMMU.
void writeDevices(QXmlStreamWriter &w, const GuestPlan &p)
{
    w.writeStartElement(l("devices"));
    writeDisk(w, p);
    for (const NicPlan &n : p.nics)
        writeNic(w, n);
    writeSerial(w, p.platform);
    w.writeEmptyElement(l("graphics"));
    w.writeAttribute(l("type"), l("vnc"));
    w.writeAttribute(l("autoport"), l("yes"));
    w.writeAttribute(l("listen"), l("127.0.0.1"));
    w.writeStartElement(l("video"));
    w.writeEmptyElement(l("model"));
    w.writeAttribute(l("type"), p.platform.videoModel);
    w.writeEndElement();
    w.writeEmptyElement(l("input"));
    w.writeAttribute(l("type"), l("tablet"));
    w.writeAttribute(l("bus"), l("usb"));
    writeRng(w, p.platform);
    // _guest_add_usb_root_controller: the USB tablet needs the controller, so no model
    w.writeEmptyElement(l("controller"));
    w.writeAttribute(l("type"), l("usb"));
    w.writeAttribute(l("index"), l("0"));
    for (const HostdevPlan &h : p.hostdevs)
        if (h.type != QLatin1String("mdev"))
            writeHostdev(w, h);
    writeBalloon(w, p.platform);
    for (const HostdevPlan &h : p.hostdevs)
        if (h.type == QLatin1String("mdev"))
            writeHostdev(w, h);
    if (p.iommu)
        writeIommu(w, *p.iommu);
    w.writeEndElement();
}

} // namespace domainxml::xmlwriting
