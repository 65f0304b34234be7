#include "flavors/catalog.h"

#include "pycompat/pyparse.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace flavors {
namespace {

// Python's re treats \d as any Unicode decimal digit; so does PCRE2 with UCP.
QRegularExpression fullMatch(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::UseUnicodePropertiesOption);
}

SpecValidator validatorFrom(const QJsonObject &o)
{
    SpecValidator v;
    v.name = o.value(QLatin1String("name")).toString();
    v.nameRegex = fullMatch(o.value(QLatin1String("nameRegex")).toString());
    v.description = o.value(QLatin1String("description")).toString();
    const QString type = o.value(QLatin1String("type")).toString();
    v.type = type == QLatin1String("int") ? SpecValidator::Type::Int
           : type == QLatin1String("bool") ? SpecValidator::Type::Bool : SpecValidator::Type::Str;
    for (const QJsonValue &e : o.value(QLatin1String("enum")).toArray())
        v.enumValues.append(e.toString());
    if (o.contains(QLatin1String("pattern"))) {
        v.pattern = o.value(QLatin1String("pattern")).toString();
        v.valueRegex = fullMatch(v.pattern);
    }
    if (o.contains(QLatin1String("min")))
        v.min = o.value(QLatin1String("min")).toInteger();
    if (o.contains(QLatin1String("max")))
        v.max = o.value(QLatin1String("max")).toInteger();
    v.deprecated = o.value(QLatin1String("deprecated")).toBool();
    return v;
}

QString q(const QString &s)
{
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

std::optional<QString> validateValue(const SpecValidator &v, const QString &value)
{
    switch (v.type) {
    case SpecValidator::Type::Int: {
        const std::optional<pyparse::PyInt> n = pyparse::parseInt(value);
        if (!n)
            return QStringLiteral("Validation failed; %1 is not a valid integer value.").arg(q(value));
        if (v.max && pyparse::compare(*n, *v.max) > 0)
            return QStringLiteral("Validation failed; %1 is greater than the max value of '%2'.").arg(q(value)).arg(*v.max);
        if (v.min && pyparse::compare(*n, *v.min) < 0)
            return QStringLiteral("Validation failed; %1 is less than the min value of '%2'.").arg(q(value)).arg(*v.min);
        return std::nullopt;
    }
    case SpecValidator::Type::Bool:
        if (!pyparse::strictBool(value))
            return QStringLiteral("Validation failed; %1 is not a valid boolean-like value.").arg(q(value));
        return std::nullopt;
    case SpecValidator::Type::Str:
        if (!v.pattern.isEmpty()) {
            if (!v.valueRegex.match(value).hasMatch())
                return QStringLiteral("Validation failed; %1 is not of the format %2.").arg(q(value), q(v.pattern));
        } else if (!v.enumValues.isEmpty() && !v.enumValues.contains(value)) {
            return QStringLiteral("Validation failed; %1 is not one of: %2.").arg(q(value), v.enumValues.join(QStringLiteral(", ")));
        }
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

std::optional<ExtraSpecCatalog> ExtraSpecCatalog::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    const QJsonObject root = doc.object();
    if (pe.error != QJsonParseError::NoError || root.value(QLatin1String("format")).toString() != QLatin1String("vdeck-extra-spec-catalog")) {
        if (error)
            *error = pe.error != QJsonParseError::NoError ? pe.errorString() : QStringLiteral("not a vdeck extra-spec catalogue");
        return std::nullopt;
    }
    ExtraSpecCatalog c;
    c.m_novaVersion = root.value(QLatin1String("nova")).toString();
    bool numeric = false;
    const int fromVersion = c.m_novaVersion.section(QLatin1Char('.'), 0, 0).toInt(&numeric);
    c.m_novaMajor = root.contains(QLatin1String("novaMajor")) ? root.value(QLatin1String("novaMajor")).toInt()
                                                                : (numeric ? fromVersion : 0);
    const QJsonObject source = root.value(QLatin1String("source")).toObject();
    c.m_sourceTag = source.value(QLatin1String("tag")).toString();
    c.m_sourceCommit = source.value(QLatin1String("commit")).toString();
    // Catalogues without the schema (format 1) get the one every release from 23 to master has.
    const QJsonObject schema = root.value(QLatin1String("apiSchema")).toObject();
    // Python's re.search with ^...$, as jsonschema applies patternProperties; no UCP: the
    // pattern has only ASCII classes.
    c.m_keyPattern = QRegularExpression(schema.value(QLatin1String("keyPattern")).toString(QStringLiteral("^[a-zA-Z0-9-_:. ]{1,255}$")));
    c.m_valueMaxLength = schema.value(QLatin1String("valueMaxLength")).toInt(255);
    for (const QJsonValue &v : root.value(QLatin1String("validators")).toArray())
        c.m_validators.append(validatorFrom(v.toObject()));
    for (const QJsonValue &ns : root.value(QLatin1String("namespaces")).toArray())
        c.m_namespaces.append(fullMatch(ns.toString()));
    return c;
}

namespace {

// Every :/catalog/nova-<major>.json compiled in, by major version, parsed once.
const std::map<int, ExtraSpecCatalog> &bundledCatalogs()
{
    static const std::map<int, ExtraSpecCatalog> catalogs = [] {
        static const QRegularExpression fileName(QStringLiteral("^nova-(\\d+)\\.json$"));
        std::map<int, ExtraSpecCatalog> out;
        const QDir dir(QStringLiteral(":/catalog"));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            const QRegularExpressionMatch m = fileName.match(name);
            if (!m.hasMatch())
                continue;
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read the bundled extra-spec catalogue %s", qPrintable(f.fileName()));
            QString error;
            std::optional<ExtraSpecCatalog> c = ExtraSpecCatalog::fromJson(f.readAll(), &error);
            if (!c)
                qFatal("the bundled extra-spec catalogue %s is broken: %s", qPrintable(f.fileName()), qPrintable(error));
            const int major = m.captured(1).toInt();
            if (c->novaMajor() != major)
                qFatal("the bundled extra-spec catalogue %s holds Nova %s", qPrintable(f.fileName()), qPrintable(c->novaVersion()));
            out.emplace(major, std::move(*c));
        }
        if (out.empty())
            qFatal("no extra-spec catalogue is compiled in (:/catalog/nova-<major>.json; link vdeck_resources)");
        return out;
    }();
    return catalogs;
}

} // namespace

const ExtraSpecCatalog &ExtraSpecCatalog::bundled()
{
    const std::map<int, ExtraSpecCatalog> &all = bundledCatalogs();
    const auto it = all.find(31);
    if (it == all.end())
        qFatal("the extra-spec catalogue :/catalog/nova-31.json is not compiled in (link vdeck_resources)");
    return it->second;
}

const ExtraSpecCatalog &ExtraSpecCatalog::forRelease(int novaMajor)
{
    const std::map<int, ExtraSpecCatalog> &all = bundledCatalogs();
    if (const auto it = all.find(novaMajor); it != all.end())
        return it->second;
    return novaMajor < all.begin()->first ? all.begin()->second : all.rbegin()->second;
}

QList<int> ExtraSpecCatalog::bundledMajors()
{
    QList<int> out;
    for (const auto &entry : bundledCatalogs())
        out.append(entry.first);
    return out;
}

int ExtraSpecCatalog::novaMajor() const
{
    return m_novaMajor;
}

bool ExtraSpecCatalog::hasExactKey(const QString &key) const
{
    for (const SpecValidator &v : m_validators) {
        if (v.name == key)
            return true;
    }
    return false;
}

const SpecValidator *ExtraSpecCatalog::find(const QString &key) const
{
    for (const SpecValidator &v : m_validators) {
        if (v.name == key)
            return &v;
    }
    for (const SpecValidator &v : m_validators) {
        if (v.nameRegex.match(key).hasMatch())
            return &v;
    }
    return nullptr;
}

bool ExtraSpecCatalog::inValidatedNamespace(const QString &key) const
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    const QString ns = key.left(colon);
    for (const QRegularExpression &re : m_namespaces) {
        if (re.match(ns).hasMatch())
            return true;
    }
    return false;
}

std::optional<QString> ExtraSpecCatalog::validate(const QString &key, const QString &value) const
{
    if (const SpecValidator *v = find(key))
        return validateValue(*v, value);
    if (inValidatedNamespace(key))
        return QStringLiteral("Validation failed; extra spec %1 does not appear to be a valid extra spec.").arg(q(key));
    return std::nullopt;
}

} // namespace flavors
