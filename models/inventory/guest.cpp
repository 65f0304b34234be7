#include "inventory/guest.h"

#include "inventory/devicegraph.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace inventory {

namespace {

QString attr(const QXmlStreamReader &r, const char *name)
{
    return r.attributes().value(QLatin1String(name)).toString();
}

template<typename Handler>
void forEachChild(QXmlStreamReader &r, Handler handle)
{
    while (r.readNextStartElement()) {
        if (!handle(r.name()))
            r.skipCurrentElement();
    }
}

// What a device element's <source> names: a PCI address, a vDPA chardev or an mdev UUID.
struct Source
{
    PciAddress pci;
    QString dev;
    QString uuid;
};

Source readSource(QXmlStreamReader &r)
{
    Source s;
    s.dev = attr(r, "dev");
    forEachChild(r, [&](QStringView n) {
        if (n != u"address")
            return false;
        if (r.attributes().hasAttribute(QLatin1String("uuid")))
            s.uuid = attr(r, "uuid");
        else
            s.pci = PciAddress{parseLibvirtInt(attr(r, "domain")), parseLibvirtInt(attr(r, "bus")), parseLibvirtInt(attr(r, "slot")),
                               parseLibvirtInt(attr(r, "function"))};
        r.skipCurrentElement();
        return true;
    });
    return s;
}

// <hostdev>, <interface> or <disk>: the source when the element assigns a host device.
void readDevice(QXmlStreamReader &r, Guest &g)
{
    const QStringView element = r.name();
    const QString type = attr(r, "type");
    const bool hostdev = element == u"hostdev" && attr(r, "mode") != QLatin1String("capabilities");
    const bool pci = (hostdev && type == QLatin1String("pci")) || (element == u"interface" && type == QLatin1String("hostdev"));
    const bool mdev = hostdev && type == QLatin1String("mdev");
    const bool vdpa = (element == u"interface" && type == QLatin1String("vdpa")) || (hostdev && type == QLatin1String("vdpa"))
        || (element == u"disk" && type == QLatin1String("vhostvdpa"));
    if (!pci && !mdev && !vdpa) {
        r.skipCurrentElement();
        return;
    }
    forEachChild(r, [&](QStringView n) {
        if (n != u"source")
            return false;
        const Source s = readSource(r);
        if (pci && s.pci.isValid())
            g.pciAddresses.append(s.pci);
        else if (mdev && !s.uuid.isEmpty())
            g.mdevUuids.append(s.uuid.toLower());
        else if (vdpa && !s.dev.isEmpty())
            g.vdpaPaths.append(s.dev);
        return true;
    });
}

} // namespace

Guest parseGuest(const QString &domainXml, QString *error)
{
    Guest g;
    QXmlStreamReader r(domainXml);
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::DTD) {
            r.raiseError(QStringLiteral("a DTD is not accepted in domain XML"));
        } else if (t == QXmlStreamReader::StartElement) {
            if (r.name() != u"domain") {
                r.raiseError(QStringLiteral("expected <domain>"));
                break;
            }
            forEachChild(r, [&](QStringView n) {
                if (n == u"name") {
                    g.name = r.readElementText().trimmed();
                } else if (n == u"uuid") {
                    g.uuid = r.readElementText().trimmed();
                } else if (n == u"devices") {
                    forEachChild(r, [&](QStringView) {
                        readDevice(r, g);
                        return true;
                    });
                } else {
                    return false;
                }
                return true;
            });
            break;
        }
    }
    if (r.hasError()) {
        *error = QStringLiteral("line %1, column %2: %3").arg(r.lineNumber()).arg(r.columnNumber()).arg(r.errorString());
        return Guest{};
    }
    if (g.name.isEmpty())
        *error = QStringLiteral("the domain has no <name>");
    return g;
}

QHash<QString, QList<GuestUse>> guestsByDevice(const QList<Guest> &guests, const DeviceGraph &graph)
{
    QHash<QString, QList<GuestUse>> out;
    if (guests.isEmpty())
        return out;
    QHash<QString, QString> byChardev, byUuid; // only devices that guests can name this way
    for (const GraphNode &n : graph.nodes()) {
        if (!n.device.vdpaChardev.isEmpty())
            byChardev.insert(n.device.vdpaChardev, n.name());
        if (n.device.mdev)
            byUuid.insert(n.device.mdev->uuid.toLower(), n.name());
    }
    const auto add = [&](const QString &device, const Guest &g) {
        QList<GuestUse> &uses = out[device];
        const GuestUse use{g.name, g.active};
        if (!uses.contains(use))
            uses.append(use);
    };
    for (const Guest &g : guests) {
        for (const PciAddress &a : g.pciAddresses) {
            if (const GraphNode *n = graph.nodeByPciAddress(a))
                add(n->name(), g);
        }
        for (const QString &path : g.vdpaPaths) {
            if (const auto it = byChardev.constFind(path); it != byChardev.constEnd())
                add(*it, g);
        }
        for (const QString &uuid : g.mdevUuids) {
            if (const auto it = byUuid.constFind(uuid); it != byUuid.constEnd())
                add(*it, g);
        }
    }
    for (QList<GuestUse> &uses : out)
        std::sort(uses.begin(), uses.end(), [](const GuestUse &a, const GuestUse &b) {
            return a.active != b.active ? a.active : a.guest < b.guest;
        });
    return out;
}

QString guestsText(const QList<GuestUse> &uses)
{
    QStringList parts;
    for (const GuestUse &u : uses)
        parts.append(u.active ? u.guest : QStringLiteral("%1 (shut off)").arg(u.guest));
    return parts.join(QStringLiteral(", "));
}

} // namespace inventory
