#include "cloud/cloudmanager.h"

#include "cloud/cloudregistry.h"
#include "cloud/computeapi.h"
#include "cloud/deployedlint.h"
#include "cloud/secretstore.h"
#include "core/runthen.h"

#include <QMetaObject>
#include <QThread>

namespace cloud {
namespace {

// One connect or re-pull: the release, every flavor and their findings (on a worker thread).
struct PullResult
{
    std::optional<DeployedFlavors> read;
    QList<FlavorVerdict> verdicts;
    std::optional<CloudError> error;
    QStringList warnings;
};

PullResult pullAndLint(CloudClient &client, const std::function<void(int)> &progress)
{
    PullResult r;
    r.warnings = client.warnings();
    CloudError error;
    r.read = readDeployed(client, PullOptions{1000, progress, [&r](const QString &w) { r.warnings << w; }}, &error);
    if (!r.read) {
        r.error = error;
        return r;
    }
    r.verdicts = lintDeployed(r.read->flavors, r.read->version.release.release);
    return r;
}

struct PushResult
{
    PushReport report;
    PullResult after;
    std::optional<CloudError> error; // no writer (auditor mode)
};

} // namespace

CloudManager::CloudManager(CloudRegistry *registry, AppMode mode, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_mode(mode)
    , m_places(ConfigPlaces::fromProcess())
{
}

CloudManager::~CloudManager() = default;

void CloudManager::loadClouds()
{
    const int generation = ++m_loadGeneration;
    runThen(this, [places = m_places]() {
        QString error;
        const std::optional<CloudsFile> file = cloud::loadClouds(places, &error);
        CloudsFile loaded = file.value_or(CloudsFile{});
        return std::make_pair(loaded, error);
    }, [this, generation](const std::pair<CloudsFile, QString> &result) {
        if (generation == m_loadGeneration) // a later reload's answer may come first
            m_registry->setClouds(result.first.cloudsPath, result.first.clouds, result.second);
    });
}

void CloudManager::resolve(const QString &name, std::function<void(const Resolved &)> then)
{
    Overrides typed;
    if (m_passwords.contains(name))
        typed.insert(QStringLiteral("password"), m_passwords.value(name));
    runThen(this, [places = m_places, name, typed]() {
        Resolved r;
        const std::optional<CloudsFile> file = cloud::loadClouds(places, &r.error);
        if (!file)
            return r;
        Overrides overrides = environmentOverrides(places.env);
        for (auto it = typed.begin(); it != typed.end(); ++it)
            overrides.insert(it.key(), it.value());
        r.config = selectCloud(*file, name, overrides, QProcessEnvironment(), &r.error);
        return r;
    }, std::move(then));
}

void CloudManager::connectCloud(const QString &name)
{
    const int generation = ++m_generations[name];
    CloudEntry e = entryOf(name);
    e.state = CloudEntry::State::Connecting;
    e.message.clear();
    e.pulled = 0;
    m_registry->update(e);
    begin(name);
    Q_EMIT progress(jobId(name), tr("Connecting to cloud %1").arg(name), 0, 0);
    resolve(name, [this, name, generation](const Resolved &r) {
        if (generation != m_generations.value(name))
            return end(name);
        if (!r.config) {
            markFailed(name, r.error);
            return end(name);
        }
        if (r.config->authType == AuthType::Password && r.config->password.isEmpty() && r.config->missing() == QStringList{QStringLiteral("password")})
            return connectFromKeyring(*r.config, generation);
        pull(*r.config, generation);
    });
}

void CloudManager::connectFromKeyring(const CloudConfig &config, int generation)
{
    Q_EMIT progress(jobId(config.name), tr("Reading the password of cloud %1 from the desktop keyring").arg(config.name), 0, 0);
    SecretStore::read(SecretStore::keyFor(config), this, [this, config, generation](const SecretResult &result) {
        const QString &name = config.name;
        if (generation != m_generations.value(name))
            return end(name);
        if (result.status == SecretResult::Status::Done && !result.secret.isEmpty()) {
            m_passwords.insert(name, result.secret);
            m_fromKeyring.insert(name);
            CloudConfig withPassword = config;
            withPassword.password = result.secret;
            return pull(withPassword, generation);
        }
        if (result.status == SecretResult::Status::Failed)
            Q_EMIT errorOccurred(tr("The desktop keyring could not be read (%1). The password of cloud %2 is asked instead.").arg(result.error, name));
        askPassword(name, config.describe());
    });
}

void CloudManager::askPassword(const QString &name, const QString &description)
{
    CloudEntry waiting = entryOf(name);
    waiting.state = CloudEntry::State::NotConnected;
    m_registry->update(waiting);
    end(name);
    Q_EMIT passwordNeeded(name, description);
}

void CloudManager::connectWithPassword(const QString &name, const QString &password, bool remember)
{
    m_passwords.insert(name, password);
    m_fromKeyring.remove(name);
    if (remember)
        rememberPassword(name, password);
    connectCloud(name);
}

void CloudManager::rememberPassword(const QString &name, const QString &password)
{
    resolve(name, [this, name, password](const Resolved &r) {
        if (!r.config) {
            Q_EMIT errorOccurred(tr("The password of cloud %1 could not be remembered: %2").arg(name, r.error));
            return;
        }
        SecretStore::write(SecretStore::keyFor(*r.config), password, this, [this, name](const SecretResult &result) {
            if (result.status == SecretResult::Status::Done)
                Q_EMIT notice(tr("The password of cloud %1 is remembered in the desktop keyring.").arg(name));
            else
                Q_EMIT errorOccurred(tr("The desktop keyring could not remember the password of cloud %1 (%2). It is kept for this session only.")
                                         .arg(name, result.error));
        });
    });
}

void CloudManager::forgetPassword(const QString &name)
{
    m_passwords.remove(name);
    m_fromKeyring.remove(name);
    resolve(name, [this, name](const Resolved &r) {
        if (!r.config) {
            Q_EMIT errorOccurred(tr("The password of cloud %1 could not be forgotten: %2").arg(name, r.error));
            return;
        }
        SecretStore::remove(SecretStore::keyFor(*r.config), this, [this, name](const SecretResult &result) {
            switch (result.status) {
            case SecretResult::Status::Done:
                Q_EMIT notice(tr("The desktop keyring no longer remembers the password of cloud %1.").arg(name));
                break;
            case SecretResult::Status::NotFound:
                Q_EMIT notice(tr("The desktop keyring remembers no password of cloud %1.").arg(name));
                break;
            case SecretResult::Status::Failed:
                Q_EMIT errorOccurred(tr("The desktop keyring could not forget the password of cloud %1 (%2).").arg(name, result.error));
                break;
            }
        });
    });
}

void CloudManager::pull(const CloudConfig &config, int generation)
{
    const QString name = config.name;
    const auto progress = [this, name](int pulled) {
        QMetaObject::invokeMethod(this, [this, name, pulled] {
            Q_EMIT this->progress(jobId(name), tr("Reading the flavors of cloud %1: %2").arg(name).arg(pulled), 0, 0);
            if (const CloudEntry *e = m_registry->entry(name); e && e->state == CloudEntry::State::Connecting) {
                CloudEntry copy = *e;
                copy.pulled = pulled;
                m_registry->update(copy);
            }
        }, Qt::QueuedConnection);
    };
    m_tasks.runThen(this, config, [progress](CloudClient &client) { return pullAndLint(client, progress); },
                    [this, name, generation](const PullResult &r) {
                        Q_ASSERT(QThread::currentThread() == thread());
                        end(name);
                        if (generation != m_generations.value(name))
                            return;
                        if (r.error) {
                            QString message = r.error->toString();
                            if (r.error->kind == CloudError::Kind::Unauthorized && m_fromKeyring.contains(name))
                                message += QLatin1Char(' ') + tr("The password came from the desktop keyring: forget it (Forget Password) and connect again to type the new one.");
                            markFailed(name, message);
                            return;
                        }
                        CloudEntry e = entryOf(name);
                        e.state = CloudEntry::State::Connected;
                        e.message.clear();
                        e.warnings = r.warnings;
                        e.version = r.read->version;
                        e.verdicts = r.verdicts;
                        e.pulled = int(r.verdicts.size());
                        m_registry->update(e);
                    });
}

bool CloudManager::push(const QString &name, const PushPlan &plan)
{
    if (isReadOnly(m_mode))
        return false;
    const CloudEntry *entry = m_registry->entry(name);
    if (!entry || entry->state != CloudEntry::State::Connected)
        return false;
    const QHash<QString, QString> ids = cloudIds(entry->deployed());
    const int generation = ++m_generations[name];
    begin(name);
    Q_EMIT progress(jobId(name), tr("Pushing to cloud %1").arg(name), 0, int(plan.steps.size()));
    resolve(name, [this, name, plan, ids, generation](const Resolved &r) {
        if (!r.config) {
            markFailed(name, r.error);
            end(name);
            Q_EMIT pushFinished(name, PushReport{});
            return;
        }
        const auto onStep = [this, name, total = int(plan.steps.size())](const StepResult &step) {
            QMetaObject::invokeMethod(this, [this, name, step, total] {
                Q_EMIT stepDone(name, step);
                Q_EMIT progress(jobId(name), tr("Pushing to cloud %1: %2").arg(name, step.step.describe()), 0, total);
            }, Qt::QueuedConnection);
        };
        m_tasks.runThen(this, *r.config, [mode = m_mode, plan, ids, onStep](CloudClient &client) {
            PushResult result;
            std::optional<FlavorWriter> writer = FlavorWriter::forMode(mode, client);
            if (!writer) {
                result.error = CloudError{CloudError::Kind::Config, client.config().name, QStringLiteral("compute"), QString(), 0,
                                          QStringLiteral("auditor mode writes nothing")};
                return result;
            }
            result.report = writer->apply(plan, ids, onStep);
            result.after = pullAndLint(client, {});
            return result;
        }, [this, name, generation](const PushResult &result) {
            end(name);
            if (result.error)
                markFailed(name, result.error->toString());
            else if (result.after.error)
                markFailed(name, result.after.error->toString());
            else if (generation == m_generations.value(name)) {
                CloudEntry e = entryOf(name);
                e.state = CloudEntry::State::Connected;
                e.version = result.after.read->version;
                e.verdicts = result.after.verdicts;
                e.warnings = result.after.warnings;
                e.pulled = int(e.verdicts.size());
                m_registry->update(e);
            }
            Q_EMIT pushFinished(name, result.report);
        });
    });
    return true;
}

void CloudManager::cancel(const QString &job)
{
    if (!job.startsWith(QLatin1String("cloud:")))
        return;
    const QString name = job.mid(6);
    m_tasks.cancelAll();
    ++m_generations[name]; // a pull still resolving or answering is stale now
    if (const CloudEntry *e = m_registry->entry(name); e && e->state == CloudEntry::State::Connecting) {
        CloudEntry copy = *e;
        copy.state = CloudEntry::State::NotConnected;
        copy.message = tr("cancelled");
        m_registry->update(copy);
    }
}

void CloudManager::markFailed(const QString &name, const QString &message)
{
    CloudEntry e = entryOf(name);
    e.state = CloudEntry::State::Failed;
    e.message = message;
    m_registry->update(e);
    Q_EMIT errorOccurred(message);
}

CloudEntry CloudManager::entryOf(const QString &name) const
{
    if (const CloudEntry *e = m_registry->entry(name))
        return *e;
    CloudEntry e;
    e.name = name;
    return e;
}

void CloudManager::begin(const QString &)
{
    ++m_inFlight;
}

void CloudManager::end(const QString &name)
{
    --m_inFlight;
    Q_EMIT progressFinished(jobId(name));
}

} // namespace cloud
