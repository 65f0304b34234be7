#include "cloud/cloudsyaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QVariantMap>

#include <yaml-cpp/yaml.h>

namespace cloud {
namespace {

QVariant toVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto &item : node)
            map.insert(QString::fromStdString(item.first.as<std::string>()), toVariant(item.second));
        return map;
    }
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const auto &item : node)
            list.append(toVariant(item));
        return list;
    }
    case YAML::NodeType::Scalar:
        return QString::fromStdString(node.Scalar());
    default:
        return {};
    }
}

std::optional<QVariantMap> parseYaml(const QByteArray &text, const QString &path, QString *error)
{
    if (text.trimmed().isEmpty())
        return QVariantMap{};
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        const QVariant v = toVariant(root);
        if (v.typeId() != QMetaType::QVariantMap) {
            *error = QStringLiteral("%1: not a clouds file (the top level must be a mapping with \"clouds:\")").arg(path);
            return std::nullopt;
        }
        return v.toMap();
    } catch (const YAML::Exception &e) {
        *error = QStringLiteral("%1: line %2, column %3: %4")
                     .arg(path)
                     .arg(e.mark.line + 1)
                     .arg(e.mark.column + 1)
                     .arg(QString::fromStdString(e.msg));
        return std::nullopt;
    }
}

QVariantMap deepMerge(QVariantMap base, const QVariantMap &over)
{
    for (auto it = over.begin(); it != over.end(); ++it) {
        if (it.value().typeId() == QMetaType::QVariantMap && base.value(it.key()).typeId() == QMetaType::QVariantMap)
            base.insert(it.key(), deepMerge(base.value(it.key()).toMap(), it.value().toMap()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

bool isFalse(const QString &v)
{
    const QString l = v.trimmed().toLower();
    return l == QLatin1String("false") || l == QLatin1String("no") || l == QLatin1String("0") || l == QLatin1String("off");
}

bool isTrue(const QString &v)
{
    const QString l = v.trimmed().toLower();
    return l == QLatin1String("true") || l == QLatin1String("yes") || l == QLatin1String("1") || l == QLatin1String("on");
}

// clouds.yaml spellings of the auth type.
AuthType authTypeFrom(const QString &name, const CloudConfig &c)
{
    const QString n = name.toLower();
    if (n.contains(QLatin1String("applicationcredential")) || n == QLatin1String("application_credential"))
        return AuthType::ApplicationCredential;
    if (n == QLatin1String("token") || n == QLatin1String("v3token"))
        return AuthType::Token;
    if (!n.isEmpty())
        return AuthType::Password;
    if (!c.applicationCredentialSecret.isEmpty())
        return AuthType::ApplicationCredential;
    if (!c.token.isEmpty() && c.password.isEmpty())
        return AuthType::Token;
    return AuthType::Password;
}

// Sets one key of the flat option space (clouds.yaml's auth keys and top-level keys).
void setKey(CloudConfig &c, const QString &key, const QString &value)
{
    static const QMap<QString, QString CloudConfig::*> fields{
        {QStringLiteral("auth_url"), &CloudConfig::authUrl},
        {QStringLiteral("username"), &CloudConfig::username},
        {QStringLiteral("user_id"), &CloudConfig::userId},
        {QStringLiteral("user_domain_name"), &CloudConfig::userDomainName},
        {QStringLiteral("user_domain_id"), &CloudConfig::userDomainId},
        {QStringLiteral("password"), &CloudConfig::password},
        {QStringLiteral("project_name"), &CloudConfig::projectName},
        {QStringLiteral("tenant_name"), &CloudConfig::projectName},
        {QStringLiteral("project_id"), &CloudConfig::projectId},
        {QStringLiteral("tenant_id"), &CloudConfig::projectId},
        {QStringLiteral("project_domain_name"), &CloudConfig::projectDomainName},
        {QStringLiteral("project_domain_id"), &CloudConfig::projectDomainId},
        {QStringLiteral("application_credential_id"), &CloudConfig::applicationCredentialId},
        {QStringLiteral("application_credential_name"), &CloudConfig::applicationCredentialName},
        {QStringLiteral("application_credential_secret"), &CloudConfig::applicationCredentialSecret},
        {QStringLiteral("token"), &CloudConfig::token},
        {QStringLiteral("region_name"), &CloudConfig::regionName},
        {QStringLiteral("interface"), &CloudConfig::interface},
        {QStringLiteral("cacert"), &CloudConfig::cacert},
    };
    if (const auto it = fields.find(key); it != fields.end()) {
        c.*(it.value()) = value;
    } else if (key == QLatin1String("domain_name")) { // openstacksdk: both domains when not given apart
        if (c.userDomainName.isEmpty())
            c.userDomainName = value;
        if (c.projectDomainName.isEmpty())
            c.projectDomainName = value;
    } else if (key == QLatin1String("domain_id")) {
        if (c.userDomainId.isEmpty())
            c.userDomainId = value;
        if (c.projectDomainId.isEmpty())
            c.projectDomainId = value;
    } else if (key == QLatin1String("verify")) {
        c.verify = !isFalse(value);
    } else if (key == QLatin1String("insecure")) {
        c.verify = !isTrue(value);
    }
}

CloudConfig cloudFromMap(const QString &name, const QVariantMap &m, const QString &path)
{
    CloudConfig c;
    c.name = name;
    c.sourceFile = path;
    const QVariantMap auth = m.value(QStringLiteral("auth")).toMap();
    for (auto it = auth.begin(); it != auth.end(); ++it)
        setKey(c, it.key(), it.value().toString());
    for (auto it = m.begin(); it != m.end(); ++it)
        if (it.value().typeId() == QMetaType::QString)
            setKey(c, it.key(), it.value().toString());
    if (c.regionName.isEmpty()) {
        const QVariantList regions = m.value(QStringLiteral("regions")).toList();
        if (!regions.isEmpty()) {
            const QVariant first = regions.first();
            c.regionName = first.typeId() == QMetaType::QVariantMap ? first.toMap().value(QStringLiteral("name")).toString() : first.toString();
        }
    }
    c.authType = authTypeFrom(m.value(QStringLiteral("auth_type")).toString(), c);
    return c;
}

} // namespace

ConfigPlaces ConfigPlaces::fromProcess()
{
    return ConfigPlaces{QProcessEnvironment::systemEnvironment(), QDir::currentPath(), QDir::homePath()};
}

QStringList ConfigPlaces::candidates(const QString &baseName) const
{
    QStringList out;
    const QString var = baseName == QLatin1String("secure") ? QStringLiteral("OS_CLIENT_SECURE_FILE") : QStringLiteral("OS_CLIENT_CONFIG_FILE");
    if (const QString file = env.value(var); !file.isEmpty())
        out << file;
    for (const QString &dir : QStringList{currentDir, homeDir + QStringLiteral("/.config/openstack"), systemDir})
        for (const char *ext : {".yaml", ".yml"})
            out << dir + QLatin1Char('/') + baseName + QLatin1String(ext);
    return out;
}

const CloudConfig *CloudsFile::find(const QString &name) const
{
    for (const CloudConfig &c : clouds)
        if (c.name == name)
            return &c;
    return nullptr;
}

QStringList CloudsFile::names() const
{
    QStringList n;
    for (const CloudConfig &c : clouds)
        n << c.name;
    return n;
}

std::optional<CloudsFile> parseClouds(const QByteArray &clouds, const QString &cloudsPath, const QByteArray &secure,
                                      const QString &securePath, QString *error)
{
    std::optional<QVariantMap> root = parseYaml(clouds, cloudsPath, error);
    if (!root)
        return std::nullopt;
    const std::optional<QVariantMap> secrets = parseYaml(secure, securePath, error);
    if (!secrets)
        return std::nullopt;
    for (const auto &[doc, path] : {std::pair<const QVariantMap *, QString>{&*root, cloudsPath}, std::pair<const QVariantMap *, QString>{&*secrets, securePath}}) {
        const QVariant cl = doc->value(QStringLiteral("clouds"));
        if (!doc->isEmpty() && cl.typeId() != QMetaType::QVariantMap) {
            *error = QStringLiteral("%1: no \"clouds:\" mapping").arg(path);
            return std::nullopt;
        }
    }
    // secure.yaml adds to the clouds of clouds.yaml (a cloud only in secure.yaml is no cloud).
    QVariantMap merged = root->value(QStringLiteral("clouds")).toMap();
    const QVariantMap secretClouds = secrets->value(QStringLiteral("clouds")).toMap();
    for (auto it = secretClouds.begin(); it != secretClouds.end(); ++it)
        if (merged.contains(it.key()))
            merged.insert(it.key(), deepMerge(merged.value(it.key()).toMap(), it.value().toMap()));
    CloudsFile file;
    file.cloudsPath = cloudsPath;
    file.securePath = secure.isEmpty() ? QString() : securePath;
    for (auto it = merged.begin(); it != merged.end(); ++it) {
        if (it.value().typeId() != QMetaType::QVariantMap) {
            *error = QStringLiteral("%1: cloud '%2' is not a mapping").arg(cloudsPath, it.key());
            return std::nullopt;
        }
        file.clouds.append(cloudFromMap(it.key(), it.value().toMap(), cloudsPath));
    }
    return file;
}

std::optional<CloudsFile> loadClouds(const ConfigPlaces &places, QString *error)
{
    auto readFirst = [&](const QString &base, QString *path, QByteArray *text) {
        for (const QString &candidate : places.candidates(base)) {
            if (!QFileInfo::exists(candidate))
                continue;
            QFile f(candidate);
            if (!f.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("%1: %2").arg(candidate, f.errorString());
                return false;
            }
            *path = candidate;
            *text = f.readAll();
            return true;
        }
        return true;
    };
    QString cloudsPath, securePath;
    QByteArray clouds, secure;
    if (!readFirst(QStringLiteral("clouds"), &cloudsPath, &clouds) || !readFirst(QStringLiteral("secure"), &securePath, &secure))
        return std::nullopt;
    if (cloudsPath.isEmpty()) {
        CloudsFile none;
        none.securePath = securePath;
        return none;
    }
    return parseClouds(clouds, cloudsPath, secure, securePath, error);
}

QStringList overrideKeys()
{
    return {QStringLiteral("auth_url"),
            QStringLiteral("auth_type"),
            QStringLiteral("username"),
            QStringLiteral("user_id"),
            QStringLiteral("password"),
            QStringLiteral("user_domain_name"),
            QStringLiteral("user_domain_id"),
            QStringLiteral("project_name"),
            QStringLiteral("project_id"),
            QStringLiteral("project_domain_name"),
            QStringLiteral("project_domain_id"),
            QStringLiteral("domain_name"),
            QStringLiteral("domain_id"),
            QStringLiteral("application_credential_id"),
            QStringLiteral("application_credential_name"),
            QStringLiteral("application_credential_secret"),
            QStringLiteral("token"),
            QStringLiteral("region_name"),
            QStringLiteral("interface"),
            QStringLiteral("cacert"),
            QStringLiteral("insecure")};
}

Overrides environmentOverrides(const QProcessEnvironment &env)
{
    Overrides o;
    for (const QString &key : overrideKeys()) {
        const QString var = QStringLiteral("OS_") + key.toUpper();
        if (env.contains(var))
            o.insert(key, env.value(var));
    }
    if (env.contains(QStringLiteral("OS_TENANT_NAME")) && !o.contains(QStringLiteral("project_name")))
        o.insert(QStringLiteral("project_name"), env.value(QStringLiteral("OS_TENANT_NAME")));
    if (env.contains(QStringLiteral("OS_ENDPOINT_TYPE")) && !o.contains(QStringLiteral("interface")))
        o.insert(QStringLiteral("interface"), env.value(QStringLiteral("OS_ENDPOINT_TYPE")));
    return o;
}

CloudConfig applyOverrides(CloudConfig config, const Overrides &overrides)
{
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        if (it.key() != QLatin1String("auth_type"))
            setKey(config, it.key(), it.value());
    // The interface may be spelled "publicURL" (OS_ENDPOINT_TYPE of old).
    if (config.interface.endsWith(QLatin1String("URL")))
        config.interface.chop(3);
    const bool explicitType = overrides.contains(QStringLiteral("auth_type"));
    if (explicitType || overrides.contains(QStringLiteral("application_credential_secret")) || overrides.contains(QStringLiteral("token")))
        config.authType = authTypeFrom(overrides.value(QStringLiteral("auth_type")), config);
    return config;
}

std::optional<CloudConfig> selectCloud(const CloudsFile &file, const QString &name, const Overrides &overrides,
                                       const QProcessEnvironment &env, QString *error)
{
    const QString wanted = name.isEmpty() ? env.value(QStringLiteral("OS_CLOUD")) : name;
    Overrides all = environmentOverrides(env);
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        all.insert(it.key(), it.value());
    if (wanted.isEmpty()) {
        if (!all.contains(QStringLiteral("auth_url"))) {
            *error = file.cloudsPath.isEmpty()
                         ? QStringLiteral("no cloud named: give --cloud NAME (no clouds.yaml was found) or set OS_AUTH_URL and the other OS_* variables")
                         : QStringLiteral("no cloud named: give --cloud NAME (%1 has: %2)").arg(file.cloudsPath, file.names().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        CloudConfig c;
        c.name = QStringLiteral("envvars");
        return applyOverrides(c, all);
    }
    const CloudConfig *found = file.find(wanted);
    if (!found) {
        *error = file.cloudsPath.isEmpty()
                     ? QStringLiteral("cloud '%1': no clouds.yaml found (looked for OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml)").arg(wanted)
                     : QStringLiteral("cloud '%1' is not in %2 (it has: %3)").arg(wanted, file.cloudsPath, file.names().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return applyOverrides(*found, all);
}

} // namespace cloud
