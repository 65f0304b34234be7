#include "hosts/hostmanager.h"

#include "core/runthen.h"
#include "hosts/credentialbridge.h"
#include "hosts/credentialsshprompt.h"
#include "inventory/snapshotfile.h"
#include "hostfacts/hostfactsjson.h"
#include "probe/hostprobe.h"
#include "probe/libvirtsshuri.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

namespace hosts {

namespace {

HostEntry::State entryState(HostSession::State s)
{
    switch (s) {
    case HostSession::State::Connecting: return HostEntry::State::Connecting;
    case HostSession::State::Connected: return HostEntry::State::Connected;
    case HostSession::State::Disconnected: return HostEntry::State::Disconnected;
    case HostSession::State::Closed: break;
    }
    return HostEntry::State::Closed;
}

struct FactsResult
{
    std::optional<hostfacts::HostFacts> facts;
    QString error;
};

FactsResult loadFacts(const QString &path)
{
    FactsResult r;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return r;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        r.error = QStringLiteral("%1: %2").arg(path, parseError.errorString());
        return r;
    }
    QString error;
    r.facts = hostfacts::json::fromJson(doc.object(), &error);
    if (!r.facts)
        r.error = QStringLiteral("%1: %2").arg(path, error);
    return r;
}

struct ProbeSaveResult
{
    std::optional<hostfacts::HostFacts> facts;
    QString probeError;
    QString saveError;
};

struct LoadResult
{
    inventory::HostSnapshot snapshot;
    QString error;
};

} // namespace

HostManager::HostManager(HostRegistry *registry, Settings *settings, AppMode mode, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_settings(settings)
    , m_mode(mode)
    , m_credentials(new CredentialBridge(this))
{
}

HostManager::~HostManager()
{
    m_credentials->abortAll(); // a worker waiting for a password must not block its session's end
    m_sessions.clear();
}

void HostManager::loadSavedHosts()
{
    m_saved = m_settings->savedHosts();
    for (const SavedHost &h : std::as_const(m_saved)) {
        if (m_registry->indexOf(h.uri) >= 0)
            continue;
        HostEntry e;
        e.id = h.uri;
        e.name = h.name;
        e.uri = h.uri;
        e.saved = true;
        e.readOnly = h.readOnly || isReadOnly(m_mode);
        m_registry->addOrReplace(e);
    }
}

void HostManager::connectSavedHosts()
{
    for (const SavedHost &h : QList<SavedHost>(m_saved)) {
        const HostEntry *e = m_registry->entry(Settings::withoutSecrets(h.uri));
        if (!e || (e->state == HostEntry::State::Closed && !session(e->id)))
            connectHost(h, false);
    }
}

std::optional<SavedHost> HostManager::savedHost(const QString &id) const
{
    for (const SavedHost &h : m_saved) {
        if (Settings::withoutSecrets(h.uri) == id)
            return h;
    }
    return std::nullopt;
}

QString HostManager::editSavedHost(const QString &id, const SavedHost &host)
{
    const std::optional<SavedHost> old = savedHost(id);
    const HostEntry *e = m_registry->entry(id);
    if (!old || !e || isReadOnly(m_mode))
        return id;
    const QString newId = Settings::withoutSecrets(host.uri);
    SavedHost changed = host;
    changed.name = host.name.trimmed().isEmpty() ? newId : host.name.trimmed();
    if (changed.name != old->name && !m_settings->computeProfile(old->name).isEmpty()) {
        m_settings->setComputeProfile(changed.name, m_settings->computeProfile(old->name));
        m_settings->setComputeProfile(old->name, {});
    }
    const bool wasOpen = session(id) && e->state != HostEntry::State::Closed;
    const qsizetype at = m_saved.indexOf(*old);
    m_saved.replace(at, changed);
    storeSavedHosts();
    if (newId == id && changed.readOnly == old->readOnly) {
        HostEntry renamed = *e;
        renamed.name = changed.name;
        m_registry->addOrReplace(renamed);
        return id;
    }
    m_sessions.erase(id);
    Q_EMIT progressFinished(id);
    m_registry->remove(id);
    HostEntry fresh;
    fresh.id = newId;
    fresh.name = changed.name;
    fresh.uri = newId;
    fresh.saved = true;
    fresh.readOnly = changed.readOnly || isReadOnly(m_mode);
    m_registry->addOrReplace(fresh);
    if (wasOpen)
        startSession(newId, changed.uri, fresh.readOnly);
    return newId;
}

void HostManager::restoreSavedHost(const SavedHost &host, bool open)
{
    if (open) {
        connectHost(host, true);
        return;
    }
    m_saved.append(host);
    storeSavedHosts();
    loadSavedHosts();
}

QString HostManager::connectHost(const SavedHost &host, bool save)
{
    const QString id = Settings::withoutSecrets(host.uri);
    HostEntry e;
    if (const HostEntry *old = m_registry->entry(id))
        e = *old;
    e.id = id;
    e.name = host.name.isEmpty() ? id : host.name;
    e.uri = id;
    e.readOnly = host.readOnly || isReadOnly(m_mode);
    if (save && !isReadOnly(m_mode)) {
        e.saved = true;
        m_saved.removeIf([&id](const SavedHost &h) { return h.uri == id; });
        m_saved.append(host);
        storeSavedHosts();
    }
    m_registry->addOrReplace(e);
    startSession(id, host.uri, e.readOnly);
    return id;
}

void HostManager::startSession(const QString &id, const QString &uri, bool readOnly)
{
    m_sessions.erase(id);
    HostSession::Options options;
    options.connect.uri = uri;
    options.connect.readOnly = readOnly;
    options.connect.credentials = m_credentials->prompt(id);
    if (const int parallel = m_settings->parallelFetches(); parallel > 0)
        options.fetchThreads = std::min(parallel, maxParallelFetches);
    auto session = std::make_unique<HostSession>(std::move(options));
    wireSession(id, session.get());
    HostSession *s = session.get();
    m_sessions[id] = std::move(session);
    s->open();
}

void HostManager::wireSession(const QString &id, HostSession *s)
{
    connect(s, &HostSession::stateChanged, this, [this, id](HostSession::State state, const QString &reason) {
        m_registry->setState(id, entryState(state), reason);
        if (state == HostSession::State::Connecting)
            Q_EMIT progress(id, tr("Connecting to %1…").arg(id), 0, 0);
        else if (state != HostSession::State::Connected)
            Q_EMIT progressFinished(id);
    });
    connect(s, &HostSession::reconnectScheduled, this, [this, id](int delayMs) { m_registry->setRetry(id, delayMs); });
    connect(s, &HostSession::progress, this, [this, id](int done, int total) {
        Q_EMIT progress(id, tr("Reading devices of %1").arg(id), done, total);
    });
    connect(s, &HostSession::devicesArrived, this, [this, id](const inventory::HostSnapshot &partial) {
        Q_EMIT devicesArrived(id, partial);
    });
    connect(s, &HostSession::snapshotChanged, this, [this, id](inventory::HostSnapshot snapshot) {
        // A new libvirt capture knows nothing of the ssh probe: the facts already read stay.
        const HostEntry *old = m_registry->entry(id);
        if (!snapshot.hostFacts() && old && old->snapshot.hostFacts())
            snapshot = snapshot.withHostFacts(old->snapshot.hostFacts());
        m_registry->setSnapshot(id, snapshot);
        Q_EMIT progressFinished(id);
    });
    connect(s, &HostSession::captureFailed, this, [this, id](const QString &message) {
        Q_EMIT progressFinished(id);
        Q_EMIT errorOccurred(tr("%1: %2").arg(id, message));
    });
    connect(s, &HostSession::warning, this, [this, id](const QString &message) { Q_EMIT errorOccurred(tr("%1: %2").arg(id, message)); });
}

void HostManager::reconnect(const QString &id)
{
    const HostEntry *e = m_registry->entry(id);
    if (!e || e->state == HostEntry::State::Snapshot)
        return;
    if (HostSession *s = session(id))
        s->open();
    else
        startSession(id, e->uri, e->readOnly);
}

void HostManager::disconnectHost(const QString &id)
{
    if (HostSession *s = session(id)) {
        s->close();
        m_registry->setState(id, HostEntry::State::Closed, QString());
    }
}

void HostManager::cancel(const QString &id)
{
    HostSession *s = session(id);
    if (!s)
        return;
    if (s->state() == HostSession::State::Connected)
        s->cancel();
    else
        disconnectHost(id);
    Q_EMIT progressFinished(id);
}

bool HostManager::remove(const QString &id)
{
    m_sessions.erase(id);
    if (m_saved.removeIf([&id](const SavedHost &h) { return h.uri == id; }) > 0 && !isReadOnly(m_mode))
        storeSavedHosts();
    Q_EMIT progressFinished(id);
    return m_registry->remove(id);
}

void HostManager::storeSavedHosts()
{
    m_settings->setSavedHosts(m_saved);
    m_settings->sync();
}

HostSession *HostManager::session(const QString &id) const
{
    const auto it = m_sessions.find(id);
    return it == m_sessions.end() ? nullptr : it->second.get();
}

void HostManager::openSnapshotFile(const QString &path, const QString &displayName)
{
    const QString id = snapshotId(path);
    Q_EMIT progress(id, tr("Opening %1…").arg(QFileInfo(path).fileName()), 0, 0);
    runThen(
        this,
        [path] {
            LoadResult r;
            inventory::snapshotfile::load(path, &r.snapshot, &r.error);
            return r;
        },
        [this, id, path, displayName](const LoadResult &r) {
            Q_EMIT progressFinished(id);
            if (!r.error.isEmpty()) {
                Q_EMIT errorOccurred(r.error);
                return;
            }
            HostEntry e;
            e.id = id;
            e.name = displayName.isEmpty() ? r.snapshot.identity().hostname : displayName;
            e.uri = path;
            e.readOnly = true;
            e.state = HostEntry::State::Snapshot;
            m_registry->addOrReplace(e);
            m_registry->setSnapshot(id, r.snapshot);
            Q_EMIT snapshotOpened(id);
        });
}

void HostManager::saveSnapshot(const QString &id, const QString &path)
{
    const inventory::HostSnapshot s = m_registry->snapshot(id);
    if (s.isNull()) {
        Q_EMIT errorOccurred(tr("%1 has no captured state to save yet").arg(id));
        return;
    }
    Q_EMIT progress(id, tr("Saving %1…").arg(QFileInfo(path).fileName()), 0, 0);
    runThen(
        this,
        [s, path] {
            QString error;
            inventory::snapshotfile::save(s, path, &error);
            return error;
        },
        [this, id, path](const QString &error) {
            Q_EMIT progressFinished(id);
            if (error.isEmpty())
                Q_EMIT snapshotSaved(path);
            else
                Q_EMIT errorOccurred(error);
        });
}

} // namespace hosts

namespace hosts {

void HostManager::attachFacts(const QString &id, const QString &path)
{
    if (m_registry->snapshot(id).isNull()) {
        Q_EMIT errorOccurred(tr("%1 has no captured state to add host facts to yet").arg(id));
        return;
    }
    runThen(
        this, [path] { return loadFacts(path); },
        [this, id](const FactsResult &r) {
            if (r.facts)
                addHostFacts(id, *r.facts);
            else
                Q_EMIT errorOccurred(r.error);
        });
}

void HostManager::addHostFacts(const QString &id, const hostfacts::HostFacts &facts)
{
    const inventory::HostSnapshot s = m_registry->snapshot(id);
    if (s.isNull())
        return;
    m_registry->setSnapshot(id, s.withHostFacts(facts));
}

void HostManager::captureSnapshot(const QString &id, const QString &path)
{
    const HostEntry *e = m_registry->entry(id);
    std::optional<probe::SshTarget> target;
    if (e && e->state != HostEntry::State::Snapshot)
        target = probe::sshTargetForLibvirtUri(e->uri);
    if (!target || e->snapshot.isNull()) {
        saveSnapshot(id, path);
        return;
    }
    for (const SavedHost &h : std::as_const(m_saved)) {
        if (Settings::withoutSecrets(h.uri) == id && !h.sshIdentity.isEmpty())
            target->identityFiles.append(h.sshIdentity);
    }
    Q_EMIT progress(id, tr("Probing %1 over ssh…").arg(target->display()), 0, 0);
    runThen(
        this,
        [s = e->snapshot, target = *target, prompt = m_credentials->prompt(id), path] {
            ProbeSaveResult r;
            CredentialSshPrompt ask(prompt);
            probe::HostProbe hostProbe(target);
            r.facts = hostProbe.run(ask);
            if (!r.facts)
                r.probeError = hostProbe.error();
            inventory::snapshotfile::save(r.facts ? s.withHostFacts(r.facts) : s, path, &r.saveError);
            return r;
        },
        [this, id, path](const ProbeSaveResult &r) {
            Q_EMIT progressFinished(id);
            if (r.facts)
                addHostFacts(id, *r.facts);
            else
                Q_EMIT errorOccurred(tr("%1: the ssh probe failed; the snapshot is saved without host facts: %2").arg(id, r.probeError));
            if (r.saveError.isEmpty())
                Q_EMIT snapshotSaved(path);
            else
                Q_EMIT errorOccurred(r.saveError);
        });
}

} // namespace hosts
