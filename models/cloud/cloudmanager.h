#pragma once

#include "cloud/cloudconfig.h"
#include "cloud/cloudsyaml.h"
#include "cloud/cloudtasks.h"
#include "cloud/flavorwriter.h"
#include "cloud/pushplan.h"
#include "core/appmode.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace cloud {

class CloudRegistry;
struct CloudEntry;

// The work with clouds for the window: reads clouds.yaml (standard places) on the thread pool,
// connects (Keystone, the compute API's release) and pulls every flavor with progress on
// CloudTasks' own pool, lints them for the cloud's release, and pushes a plan (operator mode
// only) reporting call by call, then pulls again. Results go into the CloudRegistry. A password
// the user typed is kept in this object's memory for the session's later calls: never in
// settings, files or logs; "remember" puts it in the desktop keyring (cloud::SecretStore), which
// a connect reads before it asks. A keyring that cannot be used is said (errorOccurred) and the
// password is asked instead.
class CloudManager : public QObject
{
    Q_OBJECT
public:
    CloudManager(CloudRegistry *registry, AppMode mode, QObject *parent = nullptr);
    ~CloudManager() override;

    CloudRegistry *registry() const { return m_registry; }
    AppMode mode() const { return m_mode; }
    // Where clouds.yaml is looked for (this process's by default; tests and screenshots set
    // OS_CLIENT_CONFIG_FILE in the environment instead).
    void setPlaces(const ConfigPlaces &places) { m_places = places; }

    void loadClouds();
    // Connects and pulls. A cloud without a password (clouds.yaml, secure.yaml, OS_PASSWORD, typed
    // this session) takes the one the keyring remembers, else passwordNeeded() asks.
    void connectCloud(const QString &name);
    // The password typed for `name`; with `remember` also written to the keyring (reported by
    // notice() or errorOccurred()).
    void connectWithPassword(const QString &name, const QString &password, bool remember = false);
    // Drops the session's password of `name` and removes the keyring's (notice() or errorOccurred()).
    void forgetPassword(const QString &name);
    // Applies the plan (operator mode; false in auditor mode, where nothing is written), then
    // pulls the cloud again, so that planning once more finishes a push that stopped half-way.
    bool push(const QString &name, const PushPlan &plan);
    void cancel(const QString &job); // the progress panel's job: "cloud:NAME"
    bool busy() const { return m_inFlight > 0; }
    static QString jobId(const QString &name) { return QStringLiteral("cloud:") + name; }

Q_SIGNALS:
    void passwordNeeded(const QString &name, const QString &description);
    void progress(const QString &job, const QString &text, int done, int total);
    void progressFinished(const QString &job);
    void stepDone(const QString &name, const cloud::StepResult &result);
    void pushFinished(const QString &name, const cloud::PushReport &report);
    void errorOccurred(const QString &message);
    void notice(const QString &message); // the keyring remembered or forgot a password

public:
    struct Resolved
    {
        std::optional<CloudConfig> config;
        QString error;
    };
    // Reads clouds.yaml and picks `name` (with the password typed for it) on the thread pool;
    // then(result) later on this object's thread. FleetManager reads Placement with it.
    void resolve(const QString &name, std::function<void(const Resolved &)> then);

private:
    void pull(const CloudConfig &config, int generation);
    // The keyring's password for config, else passwordNeeded().
    void connectFromKeyring(const CloudConfig &config, int generation);
    void askPassword(const QString &name, const QString &description);
    void rememberPassword(const QString &name, const QString &password);
    CloudEntry entryOf(const QString &name) const; // the registry's, or a new one
    void markFailed(const QString &name, const QString &message);
    void begin(const QString &name);
    void end(const QString &name);

    CloudRegistry *m_registry;
    AppMode m_mode;
    ConfigPlaces m_places;
    QHash<QString, QString> m_passwords; // typed this session or read from the keyring; memory only
    QSet<QString> m_fromKeyring;         // the clouds whose m_passwords came from the keyring
    QHash<QString, int> m_generations;   // a newer connect makes an older pull stale
    int m_inFlight = 0;
    int m_loadGeneration = 0;
    CloudTasks m_tasks;                  // last member: its destructor waits for the tasks first
};

} // namespace cloud
