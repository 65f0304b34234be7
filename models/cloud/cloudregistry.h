#pragma once

#include "cloud/cloudconfig.h"
#include "cloud/computeapi.h"
#include "cloud/deployedlint.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cloud {

// One cloud of clouds.yaml as the window knows it: its connection state, the release its compute
// API names and the flavors it holds with their findings for that release.
struct CloudEntry
{
    enum class State { NotConnected, Connecting, Connected, Failed };
    QString name;
    QString description; // CloudConfig::describe(): no secret
    State state = State::NotConnected;
    QString message;     // Failed: the error naming cloud, service and URL
    QStringList warnings; // "verify: false", access lists that cannot be read
    std::optional<ComputeVersion> version;
    QList<FlavorVerdict> verdicts; // every deployed flavor, linted for version->release
    int pulled = 0;      // flavors read so far while connecting

    QList<flavors::Flavor> deployed() const;
    const FlavorVerdict *verdict(const QString &flavor) const;
    int flavorsWithErrors() const;
};

// The clouds of the clouds.yaml found in the standard places and their state: the one copy,
// beside hosts::HostRegistry (docs/design/architecture.md, "Who owns what"); written by
// cloud::CloudManager, presented by the clouds page. Secrets are not kept here.
class CloudRegistry : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The clouds of one clouds.yaml (error: why none could be read).
    void setClouds(const QString &cloudsPath, const QList<CloudConfig> &clouds, const QString &error);
    QString cloudsPath() const { return m_cloudsPath; }
    QString loadError() const { return m_loadError; }
    QStringList names() const;
    const CloudEntry *entry(const QString &name) const;
    void update(const CloudEntry &entry);

Q_SIGNALS:
    void cloudsChanged();                    // another clouds.yaml, or its list of clouds
    void entryChanged(const QString &name);  // a cloud's state, release or flavors

private:
    QString m_cloudsPath;
    QString m_loadError;
    QList<CloudEntry> m_entries;
};

} // namespace cloud
