#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QSettings;

// A host the user saved: what to show and how to reach it. Never holds a secret.
struct SavedHost
{
    QString name;
    QString uri;            // libvirt URI; any password in it is dropped when saved
    bool readOnly = false;  // always open read-only, even in operator mode
    QString sshIdentity;    // path of a key file for the ssh probe (the path, never the key)

    friend bool operator==(const SavedHost &, const SavedHost &) = default;
};

// All of vDeck's persistent settings in one typed place, with defaults in one table.
// Setters emit changed() only when a value really changes. Injectable: tests construct it on
// a temporary file. No password, passphrase or key material is ever written.
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    // Default location (QSettings' native user scope for organisation "vdeck").
    explicit Settings(QObject *parent = nullptr);
    // A specific INI file, e.g. in a temporary directory for tests.
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    QString fileName() const;
    // Where vDeck keeps data that is not a setting (recovery copies of unsaved flavor
    // libraries): beside the INI file of a settings object made on one, else the application's
    // local data directory.
    QString dataDirectory() const;

    QList<SavedHost> savedHosts() const;
    void setSavedHosts(const QList<SavedHost> &hosts);

    QString novaRelease() const;          // e.g. "2025.1"; default "2025.1" (Nova 31)
    void setNovaRelease(const QString &release);

    Theme theme() const;
    void setTheme(Theme theme);

    // Device XML requests in flight while a host is read (hosts/parallelFetches); 0 = the
    // automatic choice (hosts::parallelFetchesFor). Takes effect at the next connection.
    int parallelFetches() const;
    void setParallelFetches(int requests);

    // Connect the saved hosts when vDeck starts (hosts/reconnectAtStart, default on).
    bool reconnectAtStart() const;
    void setReconnectAtStart(bool reconnect);

    bool auditorAtStart() const;          // takes effect at the next start
    void setAuditorAtStart(bool auditor);

    QString language() const;             // "" = system locale
    void setLanguage(const QString &language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // The sizes of the splitter named `name` (window/splitters/NAME); empty when never saved.
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    // The folder file dialogs start in (ui/lastFolder): where the last file was chosen.
    QString lastFolder() const;
    void setLastFolder(const QString &folder);
    // Flavor libraries opened or saved last, the newest first (ui/recentFiles, at most 8).
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    static constexpr int kMaxRecentFiles = 8;

    // The nova.conf values that change the domain XML, per saved host (by name).
    QJsonObject computeProfile(const QString &hostName) const;
    void setComputeProfile(const QString &hostName, const QJsonObject &profile);

    void sync();

    // A libvirt URI with any password removed from its user info.
    static QString withoutSecrets(const QString &uri);

Q_SIGNALS:
    void changed(const QString &key);

private:
    bool store(const QString &key, const QVariant &value);
    QVariant load(const QString &key) const;

    std::unique_ptr<QSettings> m_settings;
    bool m_onFile = false;
};
