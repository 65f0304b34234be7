#include "core/settings.h"

#include <QJsonDocument>

#include <algorithm>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace {
struct Default
{
    const char *key;
    QVariant value;
};

// Every setting's key and default, in one place.
const QList<Default> &defaults()
{
    static const QList<Default> table{
        {"nova/release", QStringLiteral("2025.1")},
        {"ui/theme", QStringLiteral("system")},
        {"ui/auditorAtStart", false},
        {"ui/language", QString()},
        {"hosts/parallelFetches", 0},
        {"hosts/reconnectAtStart", true},
        {"window/geometry", QByteArray()},
        {"window/state", QByteArray()},
        {"ui/lastFolder", QString()},
        {"ui/recentFiles", QStringList()},
    };
    return table;
}

QString themeName(Settings::Theme t)
{
    switch (t) {
    case Settings::Theme::Light:
        return QStringLiteral("light");
    case Settings::Theme::Dark:
        return QStringLiteral("dark");
    case Settings::Theme::System:
        break;
    }
    return QStringLiteral("system");
}
}

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QStringLiteral("vdeck"), QStringLiteral("vdeck")))
{
}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
    , m_onFile(true)
{
}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString Settings::dataDirectory() const
{
    if (m_onFile)
        return QFileInfo(m_settings->fileName()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QVariant Settings::load(const QString &key) const
{
    for (const Default &d : defaults()) {
        if (key == QLatin1String(d.key))
            return m_settings->value(key, d.value);
    }
    return m_settings->value(key);
}

bool Settings::store(const QString &key, const QVariant &value)
{
    if (load(key) == value)
        return false;
    m_settings->setValue(key, value);
    Q_EMIT changed(key);
    return true;
}

QString Settings::withoutSecrets(const QString &uri)
{
    QUrl url(uri, QUrl::TolerantMode);
    if (!url.isValid() || url.password().isEmpty())
        return uri;
    url.setPassword(QString());
    return url.toString();
}

QList<SavedHost> Settings::savedHosts() const
{
    QList<SavedHost> hosts;
    const int n = m_settings->beginReadArray(QStringLiteral("hosts"));
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        hosts.append({m_settings->value(QStringLiteral("name")).toString(), m_settings->value(QStringLiteral("uri")).toString(),
                      m_settings->value(QStringLiteral("readOnly"), false).toBool(),
                      m_settings->value(QStringLiteral("sshIdentity")).toString()});
    }
    m_settings->endArray();
    return hosts;
}

void Settings::setSavedHosts(const QList<SavedHost> &hosts)
{
    QList<SavedHost> clean = hosts;
    for (SavedHost &h : clean)
        h.uri = withoutSecrets(h.uri);
    if (clean == savedHosts())
        return;
    m_settings->remove(QStringLiteral("hosts"));
    m_settings->beginWriteArray(QStringLiteral("hosts"), int(clean.size()));
    for (int i = 0; i < clean.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), clean.at(i).name);
        m_settings->setValue(QStringLiteral("uri"), clean.at(i).uri);
        m_settings->setValue(QStringLiteral("readOnly"), clean.at(i).readOnly);
        m_settings->setValue(QStringLiteral("sshIdentity"), clean.at(i).sshIdentity);
    }
    m_settings->endArray();
    Q_EMIT changed(QStringLiteral("hosts"));
}

QString Settings::novaRelease() const
{
    return load(QStringLiteral("nova/release")).toString();
}

void Settings::setNovaRelease(const QString &release)
{
    store(QStringLiteral("nova/release"), release);
}

Settings::Theme Settings::theme() const
{
    const QString t = load(QStringLiteral("ui/theme")).toString();
    if (t == QLatin1String("light"))
        return Theme::Light;
    if (t == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    store(QStringLiteral("ui/theme"), themeName(theme));
}

int Settings::parallelFetches() const
{
    return std::max(0, load(QStringLiteral("hosts/parallelFetches")).toInt());
}

void Settings::setParallelFetches(int requests)
{
    store(QStringLiteral("hosts/parallelFetches"), std::max(0, requests));
}

bool Settings::reconnectAtStart() const
{
    return load(QStringLiteral("hosts/reconnectAtStart")).toBool();
}

void Settings::setReconnectAtStart(bool reconnect)
{
    store(QStringLiteral("hosts/reconnectAtStart"), reconnect);
}

bool Settings::auditorAtStart() const
{
    return load(QStringLiteral("ui/auditorAtStart")).toBool();
}

void Settings::setAuditorAtStart(bool auditor)
{
    store(QStringLiteral("ui/auditorAtStart"), auditor);
}

QString Settings::language() const
{
    return load(QStringLiteral("ui/language")).toString();
}

void Settings::setLanguage(const QString &language)
{
    store(QStringLiteral("ui/language"), language);
}

QByteArray Settings::windowGeometry() const
{
    return load(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    store(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::windowState() const
{
    return load(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    store(QStringLiteral("window/state"), state);
}

QByteArray Settings::splitterState(const QString &name) const
{
    return load(QStringLiteral("window/splitters/") + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    store(QStringLiteral("window/splitters/") + name, state);
}

QString Settings::lastFolder() const
{
    return load(QStringLiteral("ui/lastFolder")).toString();
}

void Settings::setLastFolder(const QString &folder)
{
    store(QStringLiteral("ui/lastFolder"), folder);
}

QStringList Settings::recentFiles() const
{
    return load(QStringLiteral("ui/recentFiles")).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    store(QStringLiteral("ui/recentFiles"), QStringList(files.mid(0, kMaxRecentFiles)));
}

QJsonObject Settings::computeProfile(const QString &hostName) const
{
    const QByteArray json = m_settings->value(QStringLiteral("profiles/") + QString::fromLatin1(hostName.toUtf8().toHex())).toByteArray();
    return QJsonDocument::fromJson(json).object();
}

void Settings::setComputeProfile(const QString &hostName, const QJsonObject &profile)
{
    store(QStringLiteral("profiles/") + QString::fromLatin1(hostName.toUtf8().toHex()),
          QJsonDocument(profile).toJson(QJsonDocument::Compact));
}

void Settings::sync()
{
    m_settings->sync();
}
