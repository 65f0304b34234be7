#include "inventory/nodedeviceparser.h"

#include <QXmlStreamReader>

namespace inventory {

namespace {

QString attr(const QXmlStreamReader &r, const char *name)
{
    return r.attributes().value(QLatin1String(name)).toString();
}

// parseLibvirtInt() on a view: no string made for a number.
int intOf(QStringView text)
{
    text = text.trimmed();
    bool ok = false;
    int value = -1;
    if (text.startsWith(u"0x") || text.startsWith(u"0X"))
        value = text.mid(2).toInt(&ok, 16);
    else
        value = text.toInt(&ok, 10);
    return ok ? value : -1;
}

int intAttr(const QXmlStreamReader &r, const char *name)
{
    return intOf(r.attributes().value(QLatin1String(name)));
}

int intText(QXmlStreamReader &r)
{
    return intOf(r.readElementText());
}

// Reads the children of the current element; calls handle(childName) positioned on each child
// start element. handle must consume the child (read to its end) or return false to skip it.
template<typename Handler>
void forEachChild(QXmlStreamReader &r, Handler handle)
{
    while (r.readNextStartElement()) {
        if (!handle(r.name()))
            r.skipCurrentElement();
    }
}

PciAddress readAddress(QXmlStreamReader &r)
{
    PciAddress a{intAttr(r, "domain"), intAttr(r, "bus"), intAttr(r, "slot"), intAttr(r, "function")};
    r.skipCurrentElement();
    return a;
}

QList<MdevType> readMdevTypes(QXmlStreamReader &r)
{
    QList<MdevType> types;
    forEachChild(r, [&](QStringView n) {
        if (n != u"type")
            return false;
        MdevType t;
        t.id = attr(r, "id");
        forEachChild(r, [&](QStringView c) {
            if (c == u"name")
                t.name = r.readElementText();
            else if (c == u"deviceAPI")
                t.deviceApi = r.readElementText();
            else if (c == u"availableInstances")
                t.availableInstances = intText(r);
            else
                return false;
            return true;
        });
        types.append(t);
        return true;
    });
    return types;
}

class Parser
{
public:
    explicit Parser(QXmlStreamReader &reader)
        : r(reader)
    {
    }

    void readDevice()
    {
        forEachChild(r, [&](QStringView n) {
            if (n == u"name")
                d.name = r.readElementText().trimmed();
            else if (n == u"path")
                d.path = r.readElementText().trimmed();
            else if (n == u"parent")
                d.parent = r.readElementText().trimmed();
            else if (n == u"driver")
                readDriver();
            else if (n == u"capability")
                readCapability();
            else
                return false;
            return true;
        });
    }

    Device d;

private:
    void readDriver()
    {
        forEachChild(r, [&](QStringView n) {
            if (n != u"name")
                return false;
            d.driver = r.readElementText().trimmed();
            return true;
        });
    }

    void readCapability()
    {
        const QString type = attr(r, "type");
        d.capabilityTypes.append(type);
        if (type == QLatin1String("pci"))
            readPci();
        else if (type == QLatin1String("net"))
            readNet();
        else if (type == QLatin1String("vdpa"))
            readVdpa();
        else if (type == QLatin1String("mdev"))
            readMdev();
        else
            readOtherCapability();
    }

    void readPci()
    {
        PciInfo p;
        forEachChild(r, [&](QStringView n) {
            if (n == u"class")
                p.pciClass = r.readElementText().trimmed();
            else if (n == u"domain")
                p.address.domain = intText(r);
            else if (n == u"bus")
                p.address.bus = intText(r);
            else if (n == u"slot")
                p.address.slot = intText(r);
            else if (n == u"function")
                p.address.function = intText(r);
            else if (n == u"product")
                readIdName(p.productId, p.productName);
            else if (n == u"vendor")
                readIdName(p.vendorId, p.vendorName);
            else if (n == u"iommuGroup")
                readIommuGroup(p);
            else if (n == u"numa")
                readNuma(p);
            else if (n == u"pci-express")
                readPciExpress(p);
            else if (n == u"capability")
                readPciSubCapability(p);
            else
                return false;
            return true;
        });
        d.pci = std::move(p);
    }

    void readIdName(QString &id, QString &name)
    {
        id = attr(r, "id");
        name = r.readElementText().trimmed();
    }

    void readIommuGroup(PciInfo &p)
    {
        p.iommuGroup = intAttr(r, "number");
        forEachChild(r, [&](QStringView n) {
            if (n != u"address")
                return false;
            p.iommuGroupMembers.append(readAddress(r));
            return true;
        });
    }

    void readNuma(PciInfo &p)
    {
        p.numaNode = intAttr(r, "node");
        r.skipCurrentElement();
    }

    void readPciExpress(PciInfo &p)
    {
        forEachChild(r, [&](QStringView n) {
            if (n != u"link")
                return false;
            if (attr(r, "validity") == QLatin1String("sta")) {
                p.linkSpeed = attr(r, "speed");
                p.linkWidth = intAttr(r, "width");
            }
            r.skipCurrentElement();
            return true;
        });
    }

    void readPciSubCapability(PciInfo &p)
    {
        const QString type = attr(r, "type");
        if (type == QLatin1String("virt_functions")) {
            p.hasVirtFunctions = true;
            if (r.attributes().hasAttribute(QLatin1String("maxCount")))
                p.maxVirtFunctions = intAttr(r, "maxCount");
            forEachChild(r, [&](QStringView n) {
                if (n != u"address")
                    return false;
                p.virtFunctions.append(readAddress(r));
                return true;
            });
        } else if (type == QLatin1String("phys_function")) {
            forEachChild(r, [&](QStringView n) {
                if (n != u"address")
                    return false;
                p.physFunction = readAddress(r);
                return true;
            });
        } else if (type == QLatin1String("mdev_types")) {
            d.mdevTypes += readMdevTypes(r);
        } else if (type == QLatin1String("vpd")) {
            readVpd(p);
        } else {
            r.skipCurrentElement();
        }
    }

    void readVpd(PciInfo &p)
    {
        forEachChild(r, [&](QStringView n) {
            if (n == u"name") {
                p.vpdName = r.readElementText().trimmed();
            } else if (n == u"fields") {
                forEachChild(r, [&](QStringView f) {
                    if (f != u"serial_number")
                        return false;
                    p.vpdSerial = r.readElementText().trimmed();
                    return true;
                });
            } else {
                return false;
            }
            return true;
        });
    }

    void readNet()
    {
        NetInfo net;
        forEachChild(r, [&](QStringView n) {
            if (n == u"interface") {
                net.interface = r.readElementText().trimmed();
            } else if (n == u"address") {
                net.mac = r.readElementText().trimmed();
            } else if (n == u"link") {
                net.linkState = attr(r, "state");
                if (r.attributes().hasAttribute(QLatin1String("speed")))
                    net.linkSpeedMbps = intAttr(r, "speed");
                r.skipCurrentElement();
            } else if (n == u"feature") {
                net.features.append(attr(r, "name"));
                r.skipCurrentElement();
            } else {
                return false;
            }
            return true;
        });
        d.net = std::move(net);
    }

    void readVdpa()
    {
        forEachChild(r, [&](QStringView n) {
            if (n != u"chardev")
                return false;
            d.vdpaChardev = r.readElementText().trimmed();
            return true;
        });
    }

    void readMdev()
    {
        MdevInfo m;
        forEachChild(r, [&](QStringView n) {
            if (n == u"type") {
                m.type = attr(r, "id");
                r.skipCurrentElement();
            } else if (n == u"uuid") {
                m.uuid = r.readElementText().trimmed();
            } else if (n == u"iommuGroup") {
                m.iommuGroup = intAttr(r, "number");
                r.skipCurrentElement();
            } else {
                return false;
            }
            return true;
        });
        d.mdev = std::move(m);
    }

    // ap_matrix, css, ap_card, ... : only nested mdev_types are understood.
    void readOtherCapability()
    {
        forEachChild(r, [&](QStringView n) {
            if (n != u"capability")
                return false;
            if (attr(r, "type") == QLatin1String("mdev_types"))
                d.mdevTypes += readMdevTypes(r);
            else
                readOtherCapability();
            return true;
        });
    }

    QXmlStreamReader &r;
};

QString position(const QXmlStreamReader &r)
{
    return QStringLiteral("line %1, column %2").arg(r.lineNumber()).arg(r.columnNumber());
}

} // namespace

Device parseNodeDeviceElement(QXmlStreamReader &reader)
{
    Parser p(reader);
    p.readDevice();
    if (reader.hasError()) {
        p.d.broken = true;
        p.d.error = position(reader) + QStringLiteral(": ") + reader.errorString();
    } else if (p.d.name.isEmpty()) {
        p.d.broken = true;
        p.d.error = position(reader) + QStringLiteral(": the device has no <name>");
    }
    return p.d;
}

namespace {

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r';
}

// libvirt indents its XML, so about a third of what QXmlStreamReader returns is whitespace
// between elements, each a whole readNext() (callgrind: the reader is ~85% of parsing). The
// parser reads a copy without the line breaks and indentation between '>' and '<'; nothing it
// reads changes. A document with a comment, CDATA, a DTD or a processing instruction after the XML
// declaration is read as it is (returned unchanged).
QString withoutIndentation(const QString &xml)
{
    const QChar *in = xml.constData();
    const qsizetype n = xml.size();
    QString out(n, Qt::Uninitialized);
    QChar *o = out.data();
    qsizetype w = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = in[i];
        o[w++] = c;
        if (c == u'<' && i + 1 < n && (in[i + 1] == u'!' || (in[i + 1] == u'?' && i > 0)))
            return xml;
        if (c != u'>' || i + 1 == n || (in[i + 1] != u'\n' && in[i + 1] != u'\r'))
            continue; // indentation starts a new line
        qsizetype j = i + 1;
        while (j < n && isXmlSpace(in[j]))
            ++j;
        if (j < n && in[j] == u'<')
            i = j - 1; // drop the run
    }
    out.truncate(w);
    return out;
}

Device parseText(const QString &xml)
{
    QXmlStreamReader r(xml);
    r.setNamespaceProcessing(false);
    r.setEntityResolver(nullptr);
    Device d;
    // Find the root element; a DTD or an entity reference is refused, never resolved.
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::DTD) {
            r.raiseError(QStringLiteral("a DTD is not accepted in node-device XML"));
            break;
        }
        if (token == QXmlStreamReader::StartElement) {
            if (r.name() != u"device")
                r.raiseError(QStringLiteral("expected <device>, found <%1>").arg(r.name()));
            else
                d = parseNodeDeviceElement(r);
            break;
        }
    }
    while (!r.hasError() && !d.broken && !r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            r.raiseError(QStringLiteral("DTDs and entities are not accepted in node-device XML"));
    }
    if (!d.broken && r.hasError()) {
        d.broken = true;
        d.error = position(r) + QStringLiteral(": ") + r.errorString();
    } else if (!d.broken && d.name.isEmpty()) {
        d.broken = true;
        d.error = position(r) + QStringLiteral(": no <device> element");
    }
    return d;
}

} // namespace

Device parseNodeDevice(const QString &xml)
{
    const QString input = withoutIndentation(xml);
    Device d = parseText(input);
    if (d.broken && input.constData() != xml.constData())
        d = parseText(xml); // the line and column of the problem in the document as it is
    d.rawXml = xml;
    return d;
}

} // namespace inventory
