#include "inventory/inventoryprinter.h"

#include "hostfacts/hostfactsjson.h"
#include "inventory/treeorder.h"

#include <QJsonArray>
#include <QSet>

namespace inventory {

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue nullable(int n)
{
    return n < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(n);
}

QJsonArray mdevTypesJson(const QList<MdevType> &types)
{
    QJsonArray out;
    for (const MdevType &t : types)
        out.append(QJsonObject{{QStringLiteral("id"), t.id},
                               {QStringLiteral("name"), nullable(t.name)},
                               {QStringLiteral("deviceApi"), t.deviceApi},
                               {QStringLiteral("availableInstances"), nullable(t.availableInstances)}});
    return out;
}

void addPci(const DeviceGraph &graph, const GraphNode &n, QJsonObject &o)
{
    const PciInfo &p = *n.device.pci;
    o.insert(QStringLiteral("vendor"), nullable(p.vendorName));
    o.insert(QStringLiteral("vendorId"), nullable(p.vendorId));
    o.insert(QStringLiteral("product"), nullable(p.productName));
    o.insert(QStringLiteral("productId"), nullable(p.productId));
    o.insert(QStringLiteral("pciClass"), nullable(p.pciClass));
    if (!p.vpdName.isEmpty() || !p.vpdSerial.isEmpty())
        o.insert(QStringLiteral("vpd"), QJsonObject{{QStringLiteral("name"), p.vpdName}, {QStringLiteral("serial"), p.vpdSerial}});
    if (!p.linkSpeed.isEmpty())
        o.insert(QStringLiteral("pcieLink"), QJsonObject{{QStringLiteral("speed"), p.linkSpeed}, {QStringLiteral("width"), p.linkWidth}});
    if (p.hasVirtFunctions) {
        o.insert(QStringLiteral("maxVfs"), nullable(p.maxVirtFunctions));
        o.insert(QStringLiteral("vfs"), QJsonArray::fromStringList(graph.vfsOf(n.name())));
        o.insert(QStringLiteral("vfsUsed"), graph.vfsUsed(n.name()));
    }
    if (p.physFunction)
        o.insert(QStringLiteral("physFunction"), p.physFunction->toString());
    if (n.kind == DeviceKind::Pf || n.kind == DeviceKind::Vf)
        o.insert(QStringLiteral("netdev"), nullable(n.netdev));
    if (n.kind == DeviceKind::Vf)
        o.insert(QStringLiteral("vdpa"), nullable(n.vdpa));
}

// deviceLine() and the guests that use the device, as one line of the tree.
QString treeLine(const HostSnapshot &s, const GraphNode &n)
{
    QString line = deviceLine(s.graph(), n);
    const QList<GuestUse> guests = s.guestsUsing(n.name());
    if (!guests.isEmpty())
        line += QStringLiteral(" guest=\"%1\"").arg(guestsText(guests));
    return line + QLatin1Char('\n');
}

void addMdevTypeLines(const HostSnapshot &s, const GraphNode &n, const QList<qsizetype> &types, int depth, const QSet<QString> &visible,
                      QString &out)
{
    const DeviceGraph &graph = s.graph();
    const QString indent(2 * (depth + 1), QLatin1Char(' '));
    for (qsizetype i : types) {
        const MdevType &t = n.device.mdevTypes.at(i);
        out += indent + QStringLiteral("type %1").arg(t.id);
        if (!t.name.isEmpty())
            out += QStringLiteral(" \"%1\"").arg(t.name);
        out += QStringLiteral(" %1 available=%2\n").arg(t.deviceApi).arg(t.availableInstances);
        for (const QString &m : graph.mdevsOfType(n.name(), t.id)) {
            if (visible.contains(m))
                out += indent + QStringLiteral("  ") + treeLine(s, *graph.node(m));
        }
    }
}

// Names of the nodes the filtered tree shows: matches and their logical ancestors.
QSet<QString> visibleNames(const DeviceGraph &graph, const InventoryFilter &filter)
{
    QSet<QString> visible;
    for (const GraphNode &n : graph.nodes()) {
        if (!filter.matches(n))
            continue;
        for (const GraphNode *cur = &n; cur && !visible.contains(cur->name()); cur = graph.node(cur->logicalParent))
            visible.insert(cur->name());
    }
    return visible;
}

void printNode(const HostSnapshot &s, const GraphNode &n, int depth, const QSet<QString> &visible, QString &out)
{
    if (!visible.contains(n.name()))
        return;
    const DeviceGraph &graph = s.graph();
    out += QString(2 * depth, QLatin1Char(' ')) + treeLine(s, n);
    const TreeChildren children = treeChildren(graph, n); // inventory/treeorder.h
    addMdevTypeLines(s, n, children.mdevTypes, depth, visible, out);
    for (const QString &c : children.devices)
        printNode(s, *graph.node(c), depth + 1, visible, out);
}

// The guests whose XML gives them the device (an empty array: none); null when the guests were
// not read.
QJsonValue guestsJson(const HostSnapshot &s, const QString &device)
{
    if (!s.guests())
        return QJsonValue(QJsonValue::Null);
    QJsonArray out;
    for (const GuestUse &u : s.guestsUsing(device))
        out.append(QJsonObject{{QStringLiteral("name"), u.guest}, {QStringLiteral("active"), u.active}});
    return out;
}

} // namespace

bool InventoryFilter::matches(const GraphNode &node) const
{
    return (!kind || node.kind == *kind) && (!numaNode || node.numaNode == *numaNode);
}

QJsonObject deviceJson(const DeviceGraph &graph, const GraphNode &n)
{
    const Device &d = n.device;
    QJsonObject o{{QStringLiteral("name"), d.name},
                  {QStringLiteral("kind"), kindName(n.kind)},
                  {QStringLiteral("parent"), nullable(d.parent)},
                  {QStringLiteral("logicalParent"), nullable(n.logicalParent)},
                  {QStringLiteral("numaNode"), nullable(n.numaNode)},
                  {QStringLiteral("iommuGroup"), nullable(n.iommuGroup)},
                  {QStringLiteral("address"), d.pci ? nullable(d.pci->address.toString()) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("driver"), nullable(d.driver)},
                  {QStringLiteral("capabilities"), QJsonArray::fromStringList(d.capabilityTypes)}};
    if (d.pci)
        addPci(graph, n, o);
    if (n.orphan)
        o.insert(QStringLiteral("orphan"), true);
    if (!d.mdevTypes.isEmpty())
        o.insert(QStringLiteral("mdevTypes"), mdevTypesJson(d.mdevTypes));
    if (d.isVdpa())
        o.insert(QStringLiteral("chardev"), nullable(d.vdpaChardev));
    if (d.net)
        o.insert(QStringLiteral("net"), QJsonObject{{QStringLiteral("interface"), d.net->interface},
                                                    {QStringLiteral("mac"), d.net->mac},
                                                    {QStringLiteral("linkState"), nullable(d.net->linkState)},
                                                    {QStringLiteral("linkSpeedMbps"), nullable(d.net->linkSpeedMbps)},
                                                    {QStringLiteral("switchdev"), d.net->switchdev()}});
    if (d.mdev)
        o.insert(QStringLiteral("mdev"), QJsonObject{{QStringLiteral("type"), d.mdev->type}, {QStringLiteral("uuid"), d.mdev->uuid}});
    if (d.broken)
        o.insert(QStringLiteral("error"), d.error);
    return o;
}

QJsonObject hostJson(const HostSnapshot &s)
{
    const HostIdentity &f = s.identity();
    const HostCapabilities &c = s.capabilities();
    QJsonArray cells;
    for (const NumaCell &cell : c.cells) {
        QJsonArray pages;
        for (auto it = cell.pages.cbegin(); it != cell.pages.cend(); ++it)
            pages.append(QJsonObject{{QStringLiteral("sizeKiB"), double(it.key())},
                                     {QStringLiteral("total"), double(it.value())},
                                     {QStringLiteral("free"), double(s.freePagesOf(cell.id, it.key()))}});
        cells.append(QJsonObject{{QStringLiteral("id"), cell.id},
                                 {QStringLiteral("memoryKiB"), double(cell.memoryKiB)},
                                 {QStringLiteral("cpus"), int(cell.cpus.size())},
                                 {QStringLiteral("pages"), pages}});
    }
    return QJsonObject{{QStringLiteral("hostname"), f.hostname},
                       {QStringLiteral("uri"), f.uri},
                       {QStringLiteral("capturedAt"), s.capturedAt().toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("libvirtVersion"), f.libvirtVersion},
                       {QStringLiteral("hypervisorType"), f.hypervisorType},
                       {QStringLiteral("hypervisorVersion"), f.hypervisorVersion},
                       {QStringLiteral("hostVersion"), nullable(f.hostVersion)},
                       {QStringLiteral("arch"), nullable(c.arch)},
                       {QStringLiteral("cpuModel"), nullable(c.cpuModel)},
                       {QStringLiteral("cpus"), c.cpuCount()},
                       {QStringLiteral("memoryKiB"), double(c.memoryKiB())},
                       {QStringLiteral("numaNodes"), cells},
                       {QStringLiteral("numaFromNodeInfo"), c.cellsFromNodeInfo},
                       {QStringLiteral("deviceCount"), s.graph().size()}};
}

QJsonObject inventoryJson(const HostSnapshot &s, const InventoryFilter &filter)
{
    QJsonArray devices;
    for (const GraphNode &n : s.graph().nodes()) {
        if (filter.matches(n)) {
            QJsonObject o = deviceJson(s.graph(), n);
            o.insert(QStringLiteral("guests"), guestsJson(s, n.name()));
            devices.append(o);
        }
    }
    const QJsonValue facts = s.hostFacts() ? QJsonValue(hostfacts::json::toJson(*s.hostFacts())) : QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("host"), hostJson(s)}, {QStringLiteral("devices"), devices}, {QStringLiteral("facts"), facts}};
}

QString deviceLine(const DeviceGraph &graph, const GraphNode &n)
{
    const Device &d = n.device;
    QStringList parts{d.name, QStringLiteral("[%1]").arg(kindName(n.kind))};
    if (d.pci && d.pci->address.isValid())
        parts << d.pci->address.toString();
    if (d.net)
        parts << d.net->interface;
    if (!d.driver.isEmpty())
        parts << QStringLiteral("driver=") + d.driver;
    if (n.numaNode >= 0)
        parts << QStringLiteral("numa=%1").arg(n.numaNode);
    if (n.iommuGroup >= 0)
        parts << QStringLiteral("iommu=%1").arg(n.iommuGroup);
    if (d.pci && d.pci->hasVirtFunctions)
        parts << QStringLiteral("vfs=%1/%2 max=%3").arg(graph.vfsUsed(d.name)).arg(graph.vfsOf(d.name).size()).arg(d.pci->maxVirtFunctions);
    if (n.orphan)
        parts << QStringLiteral("orphan");
    if (d.net && d.net->switchdev())
        parts << QStringLiteral("switchdev");
    if (d.isVdpa())
        parts << QStringLiteral("chardev=") + d.vdpaChardev;
    if (d.mdev)
        parts << QStringLiteral("uuid=") + d.mdev->uuid;
    if (d.pci && !d.pci->productName.isEmpty())
        parts << QStringLiteral("\"%1 %2\"").arg(d.pci->vendorName, d.pci->productName);
    if (d.broken)
        parts << QStringLiteral("BROKEN: ") + d.error;
    return parts.join(QLatin1Char(' '));
}

QString inventoryTree(const HostSnapshot &s, const InventoryFilter &filter)
{
    const DeviceGraph &graph = s.graph();
    const QSet<QString> visible = visibleNames(graph, filter);
    QString out;
    for (const QString &root : graph.roots())
        printNode(s, *graph.node(root), 0, visible, out);
    return out;
}

} // namespace inventory
