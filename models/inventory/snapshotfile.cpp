#include "inventory/snapshotfile.h"

#include "hostfacts/hostfactsjson.h"
#include "inventory/nodedeviceparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentMap>

namespace inventory::snapshotfile {

namespace {

QString lineColumn(const QByteArray &data, qsizetype offset)
{
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("%1:%2").arg(line).arg(column); // "FILE:LINE:COLUMN: message", as every vdeckctl input
}

// Reads typed members and remembers the first problem with its JSON path.
class Reader
{
public:
    QString error;

    QString string(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (!(v.isUndefined() && !required) && error.isEmpty())
            error = QStringLiteral("%1.%2: expected a string").arg(path, QLatin1String(key));
        return {};
    }

    double number(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble() && error.isEmpty())
            error = QStringLiteral("%1.%2: expected a number").arg(path, QLatin1String(key));
        return v.toDouble();
    }

    QJsonArray array(const QJsonObject &o, const char *key, const QString &path = QStringLiteral("$"))
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray() && error.isEmpty())
            error = path == QLatin1String("$") ? QStringLiteral("%1: expected an array").arg(QLatin1String(key))
                                               : QStringLiteral("%1.%2: expected an array").arg(path, QLatin1String(key));
        return v.toArray();
    }

    QStringList strings(const QJsonObject &o, const QString &path, const char *key)
    {
        QStringList out;
        const QJsonArray a = array(o, key, path);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString() && error.isEmpty())
                error = QStringLiteral("%1.%2[%3]: expected a string").arg(path, QLatin1String(key)).arg(i);
            out.append(a.at(i).toString());
        }
        return out;
    }

    bool boolean(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isBool() && error.isEmpty())
            error = QStringLiteral("%1.%2: expected true or false").arg(path, QLatin1String(key));
        return v.toBool();
    }
};

QJsonObject nodeInfoToJson(const NodeInfo &n)
{
    return QJsonObject{{QStringLiteral("model"), n.model},         {QStringLiteral("cpus"), n.cpus},
                       {QStringLiteral("mhz"), n.mhz},             {QStringLiteral("nodes"), n.nodes},
                       {QStringLiteral("sockets"), n.sockets},     {QStringLiteral("cores"), n.cores},
                       {QStringLiteral("threads"), n.threads},     {QStringLiteral("memoryKiB"), double(n.memoryKiB)}};
}

NodeInfo nodeInfoFromJson(const QJsonObject &o, Reader &rd)
{
    const QString path = QStringLiteral("$.nodeInfo");
    NodeInfo n;
    n.model = rd.string(o, path, "model");
    n.cpus = int(rd.number(o, path, "cpus"));
    n.mhz = int(rd.number(o, path, "mhz"));
    n.nodes = int(rd.number(o, path, "nodes"));
    n.sockets = int(rd.number(o, path, "sockets"));
    n.cores = int(rd.number(o, path, "cores"));
    n.threads = int(rd.number(o, path, "threads"));
    n.memoryKiB = quint64(rd.number(o, path, "memoryKiB"));
    return n;
}

QJsonArray guestsToJson(const QList<Guest> &guests)
{
    QJsonArray out;
    for (const Guest &g : guests) {
        QStringList pci;
        for (const PciAddress &a : g.pciAddresses)
            pci.append(a.toString());
        out.append(QJsonObject{{QStringLiteral("name"), g.name},
                               {QStringLiteral("uuid"), g.uuid},
                               {QStringLiteral("active"), g.active},
                               {QStringLiteral("pci"), QJsonArray::fromStringList(pci)},
                               {QStringLiteral("vdpa"), QJsonArray::fromStringList(g.vdpaPaths)},
                               {QStringLiteral("mdev"), QJsonArray::fromStringList(g.mdevUuids)}});
    }
    return out;
}

QList<Guest> guestsFromJson(const QJsonArray &array, Reader &rd)
{
    QList<Guest> guests;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString path = QStringLiteral("$.guests[%1]").arg(i);
        Guest g;
        g.name = rd.string(o, path, "name");
        g.uuid = rd.string(o, path, "uuid");
        g.active = rd.boolean(o, path, "active");
        const QStringList pci = rd.strings(o, path, "pci");
        for (qsizetype k = 0; k < pci.size(); ++k) {
            const PciAddress a = PciAddress::fromString(pci.at(k));
            if (!a.isValid() && rd.error.isEmpty())
                rd.error = QStringLiteral("%1.pci[%2]: not a PCI address: %3").arg(path).arg(k).arg(pci.at(k));
            g.pciAddresses.append(a);
        }
        g.vdpaPaths = rd.strings(o, path, "vdpa");
        g.mdevUuids = rd.strings(o, path, "mdev");
        guests.append(std::move(g));
    }
    return guests;
}

} // namespace

QByteArray toJson(const HostSnapshot &s)
{
    const HostIdentity &f = s.identity();
    QJsonObject host{{QStringLiteral("hostname"), f.hostname},
                     {QStringLiteral("uri"), f.uri},
                     {QStringLiteral("libvirtVersion"), f.libvirtVersion},
                     {QStringLiteral("hypervisorType"), f.hypervisorType},
                     {QStringLiteral("hypervisorVersion"), f.hypervisorVersion},
                     {QStringLiteral("hostVersion"), f.hostVersion}};
    QJsonArray pages;
    for (const FreePages &p : s.freePages())
        pages.append(QJsonObject{{QStringLiteral("cell"), p.cell},
                                 {QStringLiteral("sizeKiB"), double(p.sizeKiB)},
                                 {QStringLiteral("free"), double(p.free)}});
    QJsonArray devices;
    for (const GraphNode &n : s.graph().nodes())
        devices.append(QJsonObject{{QStringLiteral("name"), n.name()}, {QStringLiteral("xml"), n.device.rawXml}});
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("vdeckhost")},
                           {QStringLiteral("formatVersion"), kFormatVersion},
                           {QStringLiteral("capturedAt"), s.capturedAt().toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("host"), host},
                           {QStringLiteral("capabilitiesXml"), s.capabilitiesXml()},
                           {QStringLiteral("domainCapabilitiesXml"), s.domainCapabilitiesXml()},
                           {QStringLiteral("freePages"), pages},
                           {QStringLiteral("devices"), devices}};
    if (s.hostFacts())
        root.insert(QStringLiteral("hostFacts"), hostfacts::json::toJson(*s.hostFacts()));
    if (s.nodeInfo())
        root.insert(QStringLiteral("nodeInfo"), nodeInfoToJson(*s.nodeInfo()));
    if (s.guests())
        root.insert(QStringLiteral("guests"), guestsToJson(*s.guests()));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool fromJson(const QByteArray &json, const QString &sourceName, HostSnapshot *snapshot, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1:%2: %3").arg(sourceName, lineColumn(json, parseError.offset), parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: not a vdeckhost file (the top level is not a JSON object)").arg(sourceName);
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("vdeckhost")) {
        *error = QStringLiteral("%1: not a vdeckhost file (\"format\" is not \"vdeckhost\")").arg(sourceName);
        return false;
    }
    const int version = root.value(QLatin1String("formatVersion")).toInt(-1);
    if (version < 1 || version > kFormatVersion) {
        *error = QStringLiteral("%1: formatVersion %2 is not supported (this vDeck reads 1 to %3)")
                     .arg(sourceName, QString::number(version), QString::number(kFormatVersion));
        return false;
    }
    Reader rd;
    const QString captured = rd.string(root, QStringLiteral("$"), "capturedAt");
    const QDateTime capturedAt = QDateTime::fromString(captured, Qt::ISODateWithMs);
    if (rd.error.isEmpty() && !capturedAt.isValid())
        rd.error = QStringLiteral("$.capturedAt: not an ISO 8601 date-time: %1").arg(captured);
    const QJsonObject h = root.value(QLatin1String("host")).toObject();
    const QString hp = QStringLiteral("$.host");
    HostIdentity identity{rd.string(h, hp, "hostname"),        rd.string(h, hp, "uri"),
                    rd.string(h, hp, "libvirtVersion"),  rd.string(h, hp, "hypervisorType"),
                    rd.string(h, hp, "hypervisorVersion"), rd.string(h, hp, "hostVersion", false)};
    const QString caps = rd.string(root, QStringLiteral("$"), "capabilitiesXml");
    const QString domCaps = rd.string(root, QStringLiteral("$"), "domainCapabilitiesXml", false);
    QList<FreePages> pages;
    const QJsonArray pageArray = rd.array(root, "freePages");
    for (qsizetype i = 0; i < pageArray.size(); ++i) {
        const QJsonObject p = pageArray.at(i).toObject();
        const QString path = QStringLiteral("$.freePages[%1]").arg(i);
        pages.append(FreePages{int(rd.number(p, path, "cell")), quint64(rd.number(p, path, "sizeKiB")), quint64(rd.number(p, path, "free"))});
    }
    const QJsonArray deviceArray = rd.array(root, "devices");
    QList<std::pair<QString, QString>> named; // name, XML
    named.reserve(deviceArray.size());
    for (qsizetype i = 0; i < deviceArray.size(); ++i) {
        const QJsonObject o = deviceArray.at(i).toObject();
        const QString path = QStringLiteral("$.devices[%1]").arg(i);
        const QString name = rd.string(o, path, "name");
        named.append({name, rd.string(o, path, "xml")});
    }
    const auto parse = [](const std::pair<QString, QString> &d) {
        Device dev = parseNodeDevice(d.second);
        if (dev.name.isEmpty() || dev.broken)
            dev.name = d.first;
        return dev;
    };
    // A large host's devices are parsed on every core (as a live capture parses them on its
    // fetch threads); the calling thread takes part, so this may run on the thread pool itself.
    QList<Device> devices;
    if (named.size() >= 512) {
        devices = QtConcurrent::blockingMapped<QList<Device>>(named, parse);
    } else {
        devices.reserve(named.size());
        for (const auto &d : std::as_const(named))
            devices.append(parse(d));
    }
    std::optional<hostfacts::HostFacts> hostFacts;
    if (version >= 2 && root.contains(QLatin1String("hostFacts")) && rd.error.isEmpty()) {
        const QJsonValue v = root.value(QLatin1String("hostFacts"));
        if (!v.isObject())
            rd.error = QStringLiteral("$.hostFacts: expected an object");
        else
            hostFacts = hostfacts::json::fromJson(v.toObject(), &rd.error, QStringLiteral("$.hostFacts"));
    }
    std::optional<NodeInfo> nodeInfo;
    if (version >= 3 && root.contains(QLatin1String("nodeInfo")) && rd.error.isEmpty()) {
        const QJsonValue v = root.value(QLatin1String("nodeInfo"));
        if (!v.isObject())
            rd.error = QStringLiteral("$.nodeInfo: expected an object");
        else
            nodeInfo = nodeInfoFromJson(v.toObject(), rd);
    }
    std::optional<QList<Guest>> guests;
    if (version >= 3 && root.contains(QLatin1String("guests")) && rd.error.isEmpty())
        guests = guestsFromJson(rd.array(root, "guests"), rd);
    if (!rd.error.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(sourceName, rd.error);
        return false;
    }
    *snapshot = HostSnapshot(std::move(identity), capturedAt, caps, domCaps, std::move(pages), DeviceGraph(std::move(devices)))
                    .withHostFacts(std::move(hostFacts))
                    .withNodeInfo(std::move(nodeInfo))
                    .withGuests(std::move(guests));
    return true;
}

bool save(const HostSnapshot &snapshot, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = toJson(snapshot);
    if (file.write(data) != data.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool load(const QString &path, HostSnapshot *snapshot, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return fromJson(file.readAll(), path, snapshot, error);
}

} // namespace inventory::snapshotfile
