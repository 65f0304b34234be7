#include "flavors/importformats.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace flavors {
namespace {

QString k(const char *s)
{
    return QLatin1String(s);
}

qint64 number(const QJsonValue &v, qint64 fallback = 0)
{
    if (v.isDouble())
        return v.toInteger(fallback);
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    return ok ? n : fallback;
}

QString text(const QJsonValue &v)
{
    return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toInteger()) : v.isBool() ? (v.toBool() ? k("true") : k("false")) : QString();
}

void readSpecs(const QJsonValue &v, PropertyList *out)
{
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out->set(it.key(), text(it.value()));
}

// One flavor object in openstack CLI or Nova API spelling.
bool readFlavorObject(const QJsonObject &o, Flavor *f, QString *error)
{
    if (!o.contains(k("name")) || !o.contains(k("ram")) || !o.contains(k("vcpus"))) {
        *error = k("not a flavor: an object needs name, vcpus and ram");
        return false;
    }
    // vDeck's own spelling in a file without vDeck's header: the values would be dropped silently.
    static const QList<std::pair<const char *, const char *>> native{
        {"extraSpecs", "extra_specs"}, {"ramMb", "ram"}, {"diskGb", "disk"}, {"ephemeralGb", "OS-FLV-EXT-DATA:ephemeral"},
        {"swapMb", "swap"}, {"instanceShape", nullptr}, {"imageProperties", nullptr}};
    for (const auto &[key, nova] : native) {
        if (!o.contains(k(key)))
            continue;
        *error = QStringLiteral("flavor %1: \"%2\" is vDeck's own spelling, but the file is read as Nova API or openstack CLI JSON "
                                "(a vDeck library starts with \"format\": \"vdeck-flavors\" and \"version\": 1)%3")
                     .arg(o.value(k("name")).toString(), k(key), nova ? QStringLiteral("; Nova spells it \"%1\"").arg(k(nova)) : QString());
        return false;
    }
    f->name = o.value(k("name")).toString();
    f->id = text(o.value(k("id")));
    f->vcpus = int(number(o.value(k("vcpus")), 1));
    f->ramMb = number(o.value(k("ram")), 512);
    f->diskGb = int(number(o.value(k("disk"))));
    f->ephemeralGb = int(number(o.contains(k("OS-FLV-EXT-DATA:ephemeral")) ? o.value(k("OS-FLV-EXT-DATA:ephemeral")) : o.value(k("ephemeral"))));
    f->swapMb = int(number(o.value(k("swap"))));
    f->description = o.value(k("description")).toString();
    const QJsonValue pub = o.contains(k("os-flavor-access:is_public")) ? o.value(k("os-flavor-access:is_public")) : o.value(k("is_public"));
    f->isPublic = pub.isBool() ? pub.toBool() : true;
    const QJsonValue props = o.contains(k("properties")) ? o.value(k("properties")) : o.value(k("extra_specs"));
    if (props.isString()) {
        if (!parsePropertiesString(props.toString(), &f->extraSpecs)) {
            *error = QStringLiteral("flavor %1: cannot read properties string \"%2\"").arg(f->name, props.toString());
            return false;
        }
    } else {
        readSpecs(props, &f->extraSpecs);
    }
    // Nova's flavor schema: a non-empty name, vcpus and ram of at least 1, no negative sizes.
    // (A flavor that breaks it would import here and then fail every later read and export.)
    if (f->name.trimmed().isEmpty()) {
        *error = k("flavor without a name");
        return false;
    }
    if (f->vcpus < 1 || f->ramMb < 1) {
        *error = QStringLiteral("flavor %1: vcpus and ram must be at least 1 (vcpus %2, ram %3)").arg(f->name).arg(f->vcpus).arg(f->ramMb);
        return false;
    }
    if (f->diskGb < 0 || f->ephemeralGb < 0 || f->swapMb < 0) {
        *error = QStringLiteral("flavor %1: disk, ephemeral and swap cannot be negative").arg(f->name);
        return false;
    }
    return true;
}

// vDeck's nova-api export: a list of {"method","path","body"} requests.
bool readRequests(const QJsonArray &requests, FlavorLibrary *lib, QString *error)
{
    for (const QJsonValue &rv : requests) {
        const QJsonObject r = rv.toObject();
        const QJsonObject body = r.value(k("body")).toObject();
        if (body.contains(k("flavor"))) {
            Flavor f;
            if (!readFlavorObject(body.value(k("flavor")).toObject(), &f, error))
                return false;
            lib->flavors.append(f);
        } else if (body.contains(k("extra_specs")) && !lib->flavors.isEmpty()) {
            readSpecs(body.value(k("extra_specs")), &lib->flavors.last().extraSpecs);
        } else {
            *error = k("not a flavor request: expected a body with flavor or extra_specs");
            return false;
        }
    }
    return true;
}

} // namespace

bool parsePropertiesString(const QString &textValue, PropertyList *out)
{
    static const QRegularExpression pair(QStringLiteral("\\G([^=,][^=]*?)='(.*?)'(?:, |$)"));
    qsizetype pos = 0;
    const QString t = textValue.trimmed();
    while (pos < t.size()) {
        const QRegularExpressionMatch m = pair.match(t, pos);
        if (!m.hasMatch())
            return false;
        out->set(m.captured(1).trimmed(), m.captured(2));
        pos = m.capturedEnd(0);
    }
    return true;
}

bool readForeign(const QJsonDocument &doc, FlavorLibrary *library, QString *error)
{
    FlavorLibrary lib;
    if (doc.isArray()) {
        const QJsonArray a = doc.array();
        if (!a.isEmpty() && a.first().toObject().contains(k("method"))) {
            if (!readRequests(a, &lib, error))
                return false;
        } else {
            for (const QJsonValue &v : a) {
                Flavor f;
                if (!readFlavorObject(v.toObject(), &f, error))
                    return false;
                lib.flavors.append(f);
            }
        }
    } else {
        const QJsonObject o = doc.object();
        QJsonArray list;
        if (o.contains(k("flavors")))
            list = o.value(k("flavors")).toArray();
        else
            list.append(o.contains(k("flavor")) ? o.value(k("flavor")) : QJsonValue(o));
        for (const QJsonValue &v : list) {
            Flavor f;
            if (!readFlavorObject(v.toObject(), &f, error))
                return false;
            lib.flavors.append(f);
        }
    }
    *library = lib;
    return true;
}

} // namespace flavors
