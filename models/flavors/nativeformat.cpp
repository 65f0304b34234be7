#include "flavors/nativeformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace flavors {
namespace {

QString k(const char *s)
{
    return QLatin1String(s);
}

bool propertiesFromJson(const QJsonValue &v, PropertyList *out, const QString &where, QString *error)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray()) {
        *error = QStringLiteral("%1 must be a list of [key, value] pairs").arg(where);
        return false;
    }
    for (const QJsonValue &pair : v.toArray()) {
        const QJsonArray a = pair.toArray();
        if (a.size() != 2 || !a.at(0).isString() || !a.at(1).isString()) {
            *error = QStringLiteral("%1 must be a list of [key, value] string pairs").arg(where);
            return false;
        }
        out->set(a.at(0).toString(), a.at(1).toString());
    }
    return true;
}

QJsonObject flavorToJson(const Flavor &f)
{
    QJsonObject o;
    o.insert(k("name"), f.name);
    if (!f.id.isEmpty())
        o.insert(k("id"), f.id);
    o.insert(k("vcpus"), f.vcpus);
    o.insert(k("ramMb"), f.ramMb);
    o.insert(k("diskGb"), f.diskGb);
    o.insert(k("ephemeralGb"), f.ephemeralGb);
    o.insert(k("swapMb"), f.swapMb);
    o.insert(k("description"), f.description);
    o.insert(k("public"), f.isPublic);
    if (!f.access.isEmpty())
        o.insert(k("access"), QJsonArray::fromStringList(f.access));
    o.insert(k("extraSpecs"), propertiesToJson(f.extraSpecs));
    QJsonArray ports;
    for (const RequestedPort &p : f.ports)
        ports.append(QJsonObject{{k("vnicType"), p.vnicType}, {k("physnet"), p.physnet}});
    o.insert(k("instanceShape"), QJsonObject{{k("imageProperties"), propertiesToJson(f.imageProperties)}, {k("ports"), ports}});
    o.insert(k("notes"), f.notes);
    return o;
}

bool flavorFromJson(const QJsonObject &o, int index, Flavor *f, QString *error)
{
    const QString where = QStringLiteral("flavors[%1]").arg(index);
    f->name = o.value(k("name")).toString();
    if (f->name.isEmpty()) {
        *error = where + k(": a flavor needs a name");
        return false;
    }
    f->id = o.value(k("id")).toString();
    f->vcpus = o.value(k("vcpus")).toInt(1);
    f->ramMb = o.value(k("ramMb")).toInteger(512);
    f->diskGb = o.value(k("diskGb")).toInt(0);
    f->ephemeralGb = o.value(k("ephemeralGb")).toInt(0);
    f->swapMb = o.value(k("swapMb")).toInt(0);
    f->description = o.value(k("description")).toString();
    f->isPublic = o.value(k("public")).toBool(true);
    for (const QJsonValue &project : o.value(k("access")).toArray())
        f->access << project.toString();
    f->notes = o.value(k("notes")).toString();
    if (f->vcpus < 1 || f->ramMb < 1) {
        *error = where + k(": vcpus and ramMb must be positive");
        return false;
    }
    const QJsonObject shape = o.value(k("instanceShape")).toObject();
    if (!propertiesFromJson(o.value(k("extraSpecs")), &f->extraSpecs, where + k(".extraSpecs"), error)
        || !propertiesFromJson(shape.value(k("imageProperties")), &f->imageProperties, where + k(".instanceShape.imageProperties"), error))
        return false;
    for (const QJsonValue &pv : shape.value(k("ports")).toArray()) {
        const RequestedPort p{pv.toObject().value(k("vnicType")).toString(toString(VnicType::Normal)), pv.toObject().value(k("physnet")).toString()};
        if (!p.type()) {
            *error = QStringLiteral("%1: unknown vnic_type '%2'").arg(where, p.vnicType);
            return false;
        }
        f->ports.append(p);
    }
    return true;
}

} // namespace

QJsonArray propertiesToJson(const PropertyList &list)
{
    QJsonArray a;
    for (const Property &p : list.items())
        a.append(QJsonArray{p.key, p.value});
    return a;
}

QByteArray writeNative(const FlavorLibrary &library)
{
    QJsonArray flavors;
    for (const Flavor &f : library.flavors)
        flavors.append(flavorToJson(f));
    const QJsonObject root{{k("format"), k("vdeck-flavors")}, {k("version"), 1}, {k("notes"), library.notes}, {k("flavors"), flavors}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool isNativeDocument(const QJsonObject &root)
{
    return root.value(k("format")).toString() == QLatin1String("vdeck-flavors");
}

bool readNative(const QJsonObject &root, FlavorLibrary *library, QString *error)
{
    const int version = root.value(k("version")).toInt(0);
    if (version != 1) {
        *error = QStringLiteral("unsupported vdeck-flavors version %1 (this vDeck reads version 1)").arg(version);
        return false;
    }
    FlavorLibrary lib;
    lib.notes = root.value(k("notes")).toString();
    const QJsonArray flavors = root.value(k("flavors")).toArray();
    for (int i = 0; i < flavors.size(); ++i) {
        Flavor f;
        if (!flavorFromJson(flavors.at(i).toObject(), i, &f, error))
            return false;
        lib.flavors.append(f);
    }
    *library = lib;
    return true;
}

} // namespace flavors
