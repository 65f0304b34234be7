#include "widgets/devicedetails.h"

#include "inventory/hostsnapshot.h"
#include "itemmodels/devicetreemodel.h"
#include "pci/pcireport.h"
#include "widgets/statictextdelegate.h"
#include "widgets/xmlview.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTreeWidget>

DeviceDetails::DeviceDetails(QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_properties(new QTreeWidget(this))
    , m_xml(new XmlView(this))
{
    setObjectName(QStringLiteral("deviceDetails"));
    m_properties->setObjectName(QStringLiteral("deviceProperties"));
    m_properties->setColumnCount(2);
    m_properties->setHeaderLabels({tr("Property"), tr("Value")});
    m_properties->setRootIsDecorated(false);
    m_properties->setAlternatingRowColors(true);
    m_properties->setItemDelegate(new StaticTextDelegate(m_properties));
    m_properties->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_xml->setObjectName(QStringLiteral("deviceXml"));
    addWidget(m_properties);
    addWidget(m_xml);
    setStretchFactor(0, 2);
    setStretchFactor(1, 3);
    clear();
}

// A PF with 20,000 VFs has a document of 20,000 lines: laying it out and highlighting it took
// 300 ms of the GUI thread each time the PF became current. The view shows the first lines and
// says how many more there are; "Copy XML" copies the whole document.
QString DeviceDetails::shownXml(const QString &xml)
{
    constexpr int kLines = 300;
    qsizetype end = -1;
    for (int line = 0; line < kLines; ++line) {
        end = xml.indexOf(u'\n', end + 1);
        if (end < 0)
            return xml;
    }
    const qsizetype more = xml.count(u'\n') - kLines;
    if (more <= 0)
        return xml;
    return xml.left(end + 1) + QStringLiteral("<!-- ") + tr("%1 more lines; Copy XML copies the whole document").arg(more)
        + QStringLiteral(" -->\n");
}

void DeviceDetails::add(const QString &name, const QString &value)
{
    if (!value.isEmpty())
        m_pending.append({name, value});
}

// The rows collected by add() replace the shown ones, unless they are the same: a node-device
// event that leaves the shown device as it was does not rebuild (and repaint) the list.
void DeviceDetails::showProperties()
{
    if (m_pending != m_shown) {
        m_properties->clear();
        for (const auto &[name, value] : std::as_const(m_pending))
            (new QTreeWidgetItem(m_properties, {name, value}))->setToolTip(1, value); // long values are cut
        m_shown = m_pending;
    }
    m_pending.clear();
}

void DeviceDetails::clear()
{
    m_pending.clear();
    showProperties();
    showXmlOf(QString(), QString());
    m_xml->setPlaceholderText(tr("Select a device to see libvirt's XML for it."));
}

void DeviceDetails::showDevice(const DeviceTreeModel &model, const inventory::GraphNode &node)
{
    using namespace inventory;
    const HostSnapshot &snapshot = model.snapshot();
    const DeviceGraph &graph = snapshot.graph();
    const Device &d = node.device;
    const auto number = [](int n) { return n >= 0 ? QString::number(n) : QString(); };
    add(tr("Name"), d.name);
    add(tr("Kind"), kindName(node.kind));
    add(tr("Logical parent"), node.logicalParent);
    add(tr("libvirt parent"), d.parent);
    add(tr("Driver"), d.driver);
    add(tr("NUMA node"), number(node.numaNode));
    add(tr("IOMMU group"), number(node.iommuGroup));
    if (snapshot.guests()) { // "none" only where a guest could have it: VFs, vDPA, mdevs, vfio-pci
        const QList<GuestUse> guests = snapshot.guestsUsing(d.name);
        const bool assignable = node.kind == DeviceKind::Vf || node.kind == DeviceKind::Vdpa || node.kind == DeviceKind::Mdev
            || d.driver == QLatin1String("vfio-pci");
        add(tr("Guest"), !guests.isEmpty() ? DeviceTreeModel::guestsShown(guests) : assignable ? tr("none") : QString());
    }
    if (d.pci) {
        const PciInfo &p = *d.pci;
        add(tr("PCI address"), p.address.toString());
        add(tr("Vendor"), QStringLiteral("%1 (%2)").arg(p.vendorName, p.vendorId));
        add(tr("Product"), QStringLiteral("%1 (%2)").arg(p.productName, p.productId));
        add(tr("Class"), p.pciClass);
        if (!p.linkSpeed.isEmpty())
            add(tr("PCIe link"), tr("%1 GT/s x%2").arg(p.linkSpeed).arg(p.linkWidth));
        if (p.hasVirtFunctions)
            add(tr("VFs"), tr("%1 used of %2 (max %3)").arg(graph.vfsUsed(d.name)).arg(graph.vfsOf(d.name).size()).arg(p.maxVirtFunctions));
        if (p.physFunction)
            add(tr("Physical function"), p.physFunction->toString());
        add(tr("VPD"), QStringList{p.vpdName, p.vpdSerial}.join(QLatin1Char(' ')).trimmed());
        addPciClaim(model, d.name);
    }
    add(tr("Netdev"), node.netdev);
    add(tr("vDPA device"), node.vdpa);
    if (d.net) {
        add(tr("Interface"), d.net->interface);
        add(tr("MAC"), d.net->mac);
        add(tr("Link"), d.net->linkSpeedMbps > 0 ? tr("%1, %2 Mb/s").arg(d.net->linkState).arg(d.net->linkSpeedMbps) : d.net->linkState);
        add(tr("Features"), d.net->features.join(QStringLiteral(", ")));
    }
    add(tr("vDPA chardev"), d.vdpaChardev);
    if (d.mdev) {
        add(tr("mdev type"), d.mdev->type);
        add(tr("UUID"), d.mdev->uuid);
    }
    for (const MdevType &t : d.mdevTypes)
        add(tr("mdev type %1").arg(t.id), tr("%1, %2 available").arg(t.name.isEmpty() ? t.deviceApi : t.name).arg(t.availableInstances));
    if (d.broken)
        add(tr("Error"), d.error);
    showProperties();
    showXmlOf(d.name, d.rawXml);
}

// What the host's nova.conf [pci] makes of a PCI device (pci::evaluate, as the PCI passthrough
// page shows it): dev_type, the spec that claims it, the aliases that can request it, what
// Placement gets, and the conflicts that concern it. One line when no configuration is known.
void DeviceDetails::addPciClaim(const DeviceTreeModel &model, const QString &device)
{
    if (!model.pciKnown()) {
        add(tr("nova.conf [pci]"), tr("not known: probe the host, or write it on the PCI passthrough page"));
        return;
    }
    const pci::DeviceClaim *claim = model.pciClaim(device);
    if (!claim)
        return; // being evaluated
    const pci::PciReport &report = *model.pciReport();
    add(tr("dev_type"), pci::devTypeName(claim->device.devType));
    if (claim->spec < 0) {
        add(tr("device_spec"), tr("not claimed"));
    } else {
        const pci::SpecEntry &spec = report.specs.at(claim->spec);
        add(tr("device_spec"), tr("#%1 (%2): %3").arg(claim->spec).arg(spec.origin, spec.text));
        add(tr("Aliases"), claim->aliases.isEmpty() ? tr("none") : claim->aliases.join(QStringLiteral(", ")));
        if (claim->placement.reported) {
            add(tr("Resource class"), claim->placement.resourceClass);
            add(tr("Traits"), claim->placement.traits.join(QStringLiteral(", ")));
        } else {
            add(tr("Placement"), report.reportInPlacement ? tr("not reported (a physical_network device: Neutron's ports request it)")
                                                          : tr("not reported ([pci] report_in_placement is off)"));
        }
    }
    for (int i : claim->findings) {
        const rules::Finding &f = report.findings.at(i);
        add(tr("Conflict"), QStringLiteral("%1 %2: %3").arg(rules::severityName(f.severity), f.code, f.message));
    }
}

void DeviceDetails::showMdevType(const inventory::GraphNode &parent, const inventory::MdevType &type)
{
    add(tr("mdev type"), type.id);
    add(tr("Name"), type.name);
    add(tr("Device API"), type.deviceApi);
    add(tr("Available instances"), QString::number(type.availableInstances));
    add(tr("Parent device"), parent.name());
    add(tr("NUMA node"), parent.numaNode >= 0 ? QString::number(parent.numaNode) : QString());
    showProperties();
    showXmlOf(parent.name(), parent.device.rawXml);
}

// The same device again (an event changed it) keeps its place in the XML; another starts at the top.
// An event that leaves the device's XML as it was (most events, for the device shown) costs nothing.
void DeviceDetails::showXmlOf(const QString &device, const QString &rawXml)
{
    const bool sameDevice = device == m_xmlOf;
    if (sameDevice && (rawXml.constData() == m_rawXml.constData() || rawXml == m_rawXml))
        return;
    m_xml->setXml(rawXml.isEmpty() ? QString() : shownXml(rawXml));
    if (!sameDevice)
        m_xml->verticalScrollBar()->setValue(0);
    m_xmlOf = device;
    m_rawXml = rawXml;
}
