#pragma once

#include "cloud/cloudconfig.h"

#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace cloud {

// Where clouds.yaml and secure.yaml are looked for: the OS_CLIENT_CONFIG_FILE /
// OS_CLIENT_SECURE_FILE file, then ./, ~/.config/openstack/, /etc/openstack/ (each .yaml, then
// .yml); the first that exists is read, as openstacksdk does.
struct ConfigPlaces
{
    QProcessEnvironment env;
    QString currentDir;
    QString homeDir;
    QString systemDir = QStringLiteral("/etc/openstack");

    static ConfigPlaces fromProcess(); // this process's environment, working and home directories
    QStringList candidates(const QString &baseName) const; // "clouds" or "secure"
};

// The clouds of one clouds.yaml merged with its secure.yaml.
struct CloudsFile
{
    QString cloudsPath;   // empty: none found
    QString securePath;   // empty: none found
    QList<CloudConfig> clouds;
    const CloudConfig *find(const QString &name) const;
    QStringList names() const;
};

// Reads the first clouds.yaml and secure.yaml found. nullopt and *error (naming the file and,
// for YAML errors, the line) when a file exists but cannot be read or is not a clouds file.
std::optional<CloudsFile> loadClouds(const ConfigPlaces &places, QString *error);

// Parses clouds.yaml text (and secure.yaml text, may be empty); path names the file in errors.
std::optional<CloudsFile> parseClouds(const QByteArray &clouds, const QString &cloudsPath, const QByteArray &secure,
                                      const QString &securePath, QString *error);

// Option name (as --os-NAME and clouds.yaml spell it, with '_': "auth_url", "password",
// "insecure", ...) -> value. The OS_* environment gives the defaults; command-line options
// override those.
using Overrides = QMap<QString, QString>;
QStringList overrideKeys(); // every key applyOverrides() understands
Overrides environmentOverrides(const QProcessEnvironment &env);
CloudConfig applyOverrides(CloudConfig config, const Overrides &overrides);

// The cloud to use: NAME, else OS_CLOUD, else (OS_AUTH_URL set) the cloud "envvars" made from
// the environment alone; the environment's and the command line's overrides applied. nullopt and
// *error naming the clouds.yaml read and the clouds it has when NAME is not there.
std::optional<CloudConfig> selectCloud(const CloudsFile &file, const QString &name, const Overrides &overrides,
                                       const QProcessEnvironment &env, QString *error);

} // namespace cloud
