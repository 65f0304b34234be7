#include "inventory/hostcapabilities.h"

#include "inventory/pciaddress.h"

#include <QXmlStreamReader>

namespace inventory {

namespace {

quint64 toKiB(quint64 value, QStringView unit)
{
    if (unit.isEmpty() || unit == u"KiB" || unit == u"k" || unit == u"K")
        return value;
    if (unit == u"b" || unit == u"bytes")
        return value / 1024;
    if (unit == u"MiB" || unit == u"M")
        return value * 1024;
    if (unit == u"GiB" || unit == u"G")
        return value * 1024 * 1024;
    return value;
}

int intAttr(const QXmlStreamReader &r, const char *name)
{
    return parseLibvirtInt(r.attributes().value(QLatin1String(name)).toString());
}

quint64 pageSizeAttr(const QXmlStreamReader &r)
{
    return toKiB(r.attributes().value(QLatin1String("size")).toULongLong(), r.attributes().value(QLatin1String("unit")));
}

class CapsParser
{
public:
    explicit CapsParser(const QString &xml)
        : r(xml)
    {
    }

    HostCapabilities parse()
    {
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::DTD) {
                r.raiseError(QStringLiteral("a DTD is not accepted in capabilities XML"));
            } else if (t == QXmlStreamReader::StartElement) {
                if (r.name() != u"capabilities")
                    r.raiseError(QStringLiteral("expected <capabilities>"));
                else
                    children([&](QStringView n) { return n == u"host" && (readHost(), true); });
                break;
            }
        }
        if (r.hasError())
            c.error = QStringLiteral("line %1, column %2: %3").arg(r.lineNumber()).arg(r.columnNumber()).arg(r.errorString());
        c.valid = !r.hasError();
        return c;
    }

private:
    template<typename F>
    void children(F f)
    {
        while (r.readNextStartElement()) {
            if (!f(r.name()))
                r.skipCurrentElement();
        }
    }

    void readHost()
    {
        children([&](QStringView n) {
            if (n == u"uuid")
                c.uuid = r.readElementText().trimmed();
            else if (n == u"cpu")
                readCpu();
            else if (n == u"topology")
                children([&](QStringView t) { return t == u"cells" && (readCells(), true); });
            else
                return false;
            return true;
        });
    }

    void readCpu()
    {
        children([&](QStringView n) {
            if (n == u"arch") {
                c.arch = r.readElementText().trimmed();
            } else if (n == u"model") {
                c.cpuModel = r.readElementText().trimmed();
            } else if (n == u"vendor") {
                c.cpuVendor = r.readElementText().trimmed();
            } else if (n == u"topology") {
                c.sockets = intAttr(r, "sockets");
                c.dies = intAttr(r, "dies");
                c.cores = intAttr(r, "cores");
                c.threads = intAttr(r, "threads");
                r.skipCurrentElement();
            } else if (n == u"pages") {
                c.pageSizesKiB.append(pageSizeAttr(r));
                r.skipCurrentElement();
            } else {
                return false;
            }
            return true;
        });
    }

    void readCells()
    {
        children([&](QStringView n) {
            if (n != u"cell")
                return false;
            NumaCell cell;
            cell.id = intAttr(r, "id");
            children([&](QStringView e) { return readCellChild(cell, e); });
            c.cells.append(cell);
            return true;
        });
    }

    bool readCellChild(NumaCell &cell, QStringView n)
    {
        if (n == u"memory") {
            const QString unit = r.attributes().value(QLatin1String("unit")).toString();
            cell.memoryKiB = toKiB(r.readElementText().trimmed().toULongLong(), unit);
        } else if (n == u"pages") {
            const quint64 size = pageSizeAttr(r);
            cell.pages.insert(size, r.readElementText().trimmed().toULongLong());
        } else if (n == u"distances") {
            children([&](QStringView s) {
                if (s != u"sibling")
                    return false;
                cell.distances.insert(intAttr(r, "id"), intAttr(r, "value"));
                r.skipCurrentElement();
                return true;
            });
        } else if (n == u"cpus") {
            children([&](QStringView s) {
                if (s != u"cpu")
                    return false;
                const auto a = r.attributes();
                cell.cpus.append(HostCpu{intAttr(r, "id"), intAttr(r, "socket_id"), intAttr(r, "die_id"), intAttr(r, "core_id"),
                                         a.value(QLatin1String("siblings")).toString()});
                r.skipCurrentElement();
                return true;
            });
        } else {
            return false;
        }
        return true;
    }

    QXmlStreamReader r;
    HostCapabilities c;
};

} // namespace

int HostCapabilities::cpuCount() const
{
    int n = 0;
    for (const NumaCell &cell : cells)
        n += int(cell.cpus.size());
    return n;
}

quint64 HostCapabilities::memoryKiB() const
{
    quint64 total = 0;
    for (const NumaCell &cell : cells)
        total += cell.memoryKiB;
    return total;
}

quint64 HostCapabilities::pagesTotal(quint64 sizeKiB) const
{
    quint64 total = 0;
    for (const NumaCell &cell : cells)
        total += cell.pages.value(sizeKiB);
    return total;
}

HostCapabilities parseCapabilities(const QString &xml)
{
    return CapsParser(xml).parse();
}

} // namespace inventory
