// `vdeckctl cloud list|pull|lint|diff|push [--cloud NAME] [--os-*] [--dry-run] [--json] [-o FILE]`
#include "command.h"
#include "commandline.h"

#include "cloudprint.h"

#include "cloud/cloudclient.h"
#include "cloud/cloudsyaml.h"
#include "cloud/computeapi.h"
#include "cloud/deployedlint.h"
#include "cloud/flavordiff.h"
#include "cloud/flavorwriter.h"
#include "cloud/pushplan.h"
#include "flavors/flavorfiles.h"
#include "flavors/nativeformat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace {

QString optionName(const QString &key)
{
    return QStringLiteral("os-") + QString(key).replace(QLatin1Char('_'), QLatin1Char('-'));
}

struct Session
{
    cloud::CloudConfig config;
    std::unique_ptr<cloud::CloudClient> client;
    cloud::ComputeVersion version;
    rules::NovaRelease release;
};

class CloudCommand
{
public:
    CloudCommand()
        : m_cl(QStringLiteral("cloud"),
               QStringLiteral("vdeckctl cloud (list | pull [-o FILE] | lint | diff LIBRARY | push LIBRARY [--replace F]... [--delete F]... [--dry-run]) "
                              "[--cloud NAME] [--os-* VALUE]... [--release R] [--json]"),
               QStringLiteral("The flavors deployed in an OpenStack cloud: pulled (every page, extra specs, access lists), linted for the release\n"
                              "the cloud runs (its compute API's maximum microversion names it), diffed with a library and pushed.\n"
                              "The cloud comes from clouds.yaml and secure.yaml (OS_CLIENT_CONFIG_FILE, ./, ~/.config/openstack/, /etc/openstack/),\n"
                              "chosen by --cloud or OS_CLOUD; OS_* variables and --os-* options override its values (without a cloud name,\n"
                              "OS_AUTH_URL and the other OS_* make one). Password, application-credential and token auth; Keystone v3.\n"
                              "push shows the plan, then applies it call by call (extra specs at microversion 2.86, so Nova validates them)\n"
                              "and stops at the first call that fails, saying which calls were done; running it again finishes it.\n"
                              "Nothing is deleted unless named: --delete F for a flavor only in the cloud, --replace F for a flavor whose\n"
                              "vCPUs, RAM, disks or public flag changed (Nova cannot change them: deleted and created again).\n"
                              "Exit status: 0 ok (lint: no errors; diff: no differences; push: every call done), 1 lint errors, differences,\n"
                              "or a push call failed or blocked, 2 usage, file or connection error."))
        , m_cloud(QStringLiteral("cloud"), QStringLiteral("the cloud's name in clouds.yaml (default: OS_CLOUD)"), QStringLiteral("NAME"))
        , m_json(QStringLiteral("json"), QStringLiteral("print JSON"))
        , m_output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("pull: write the flavors as a vDeck library"), QStringLiteral("FILE"))
        , m_dryRun(QStringLiteral("dry-run"), QStringLiteral("push: show the plan, change nothing"))
        , m_replace(QStringLiteral("replace"), QStringLiteral("push: delete and create again this flavor when Nova cannot change it (repeatable)"), QStringLiteral("F"))
        , m_delete(QStringLiteral("delete"), QStringLiteral("push: delete this flavor, which the library does not have (repeatable)"), QStringLiteral("F"))
        , m_release(QStringLiteral("release"), QStringLiteral("judge as this Nova release instead of the one the compute API names"), QStringLiteral("R"))
        , m_pageSize(QStringLiteral("page-size"), QStringLiteral("flavors per page of the pull (default 1000)"), QStringLiteral("N"), QStringLiteral("1000"))
        , m_auditor(QStringLiteral("auditor"), QStringLiteral("auditor mode: read only; push exists only as --dry-run"))
    {
        QCommandLineParser &p = m_cl.parser();
        p.addOptions({m_cloud, m_json, m_output, m_dryRun, m_replace, m_delete, m_release, m_pageSize, m_auditor});
        for (const QString &key : cloud::overrideKeys())
            p.addOption(QCommandLineOption(optionName(key), QStringLiteral("override %1 of the cloud (OS_%2)").arg(key, key.toUpper()), QStringLiteral("VALUE")));
    }

    int run(const QStringList &arguments)
    {
        if (const auto status = m_cl.parse(arguments))
            return *status;
        const QStringList pos = m_cl.positional();
        if (pos.isEmpty())
            return m_cl.usageError(QStringLiteral("name an action: list, pull, lint, diff or push"));
        const QString action = pos.first();
        const qsizetype wantPositional = (action == QLatin1String("diff") || action == QLatin1String("push")) ? 2 : 1;
        if (pos.size() != wantPositional)
            return m_cl.usageError(wantPositional == 2 ? QStringLiteral("%1 needs one library file").arg(action)
                                                       : QStringLiteral("%1 takes no file (got %2)").arg(action, pos.mid(1).join(QLatin1Char(' '))));
        if (m_cl.parser().isSet(m_output) && action != QLatin1String("pull"))
            return m_cl.usageError(QStringLiteral("-o is for pull"));
        if ((m_cl.parser().isSet(m_dryRun) || m_cl.parser().isSet(m_replace) || m_cl.parser().isSet(m_delete)) && action != QLatin1String("push"))
            return m_cl.usageError(QStringLiteral("--dry-run, --replace and --delete are for push"));
        bool okPage = false;
        m_pageSizeValue = m_cl.parser().value(m_pageSize).toInt(&okPage);
        if (!okPage || m_pageSizeValue < 1)
            return m_cl.usageError(QStringLiteral("--page-size needs a positive number"));
        if (action == QLatin1String("list"))
            return list();
        if (action == QLatin1String("pull"))
            return pull();
        if (action == QLatin1String("lint"))
            return lint();
        if (action == QLatin1String("diff"))
            return diff(pos.at(1));
        if (action == QLatin1String("push"))
            return push(pos.at(1));
        return m_cl.usageError(QStringLiteral("unknown action '%1' (use list, pull, lint, diff or push)").arg(action));
    }

private:
    bool json() const { return m_cl.parser().isSet(m_json); }
    void printJson(const QJsonObject &o) { m_out << QJsonDocument(o).toJson(QJsonDocument::Indented); }

    int list()
    {
        QString error;
        const std::optional<cloud::CloudsFile> file = cloud::loadClouds(cloud::ConfigPlaces::fromProcess(), &error);
        if (!file)
            return m_cl.fail(error, 2);
        if (json()) {
            QJsonArray clouds;
            for (const cloud::CloudConfig &c : file->clouds)
                clouds.append(cloudprint::configJson(c));
            printJson({{QStringLiteral("cloudsYaml"), file->cloudsPath}, {QStringLiteral("secureYaml"), file->securePath}, {QStringLiteral("clouds"), clouds}});
            return 0;
        }
        if (file->cloudsPath.isEmpty()) {
            m_out << "no clouds.yaml found (OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml)\n";
            return 0;
        }
        m_out << file->cloudsPath << (file->securePath.isEmpty() ? QString() : QStringLiteral(" + ") + file->securePath) << '\n';
        for (const cloud::CloudConfig &c : file->clouds)
            m_out << "  " << c.describe() << '\n';
        return 0;
    }

    // Reads clouds.yaml and makes the cloud's client; 2 and a message on failure.
    std::optional<int> connect(Session *s)
    {
        QString error;
        const std::optional<cloud::CloudsFile> file = cloud::loadClouds(cloud::ConfigPlaces::fromProcess(), &error);
        if (!file)
            return m_cl.fail(error, 2);
        cloud::Overrides overrides;
        for (const QString &key : cloud::overrideKeys())
            if (m_cl.parser().isSet(optionName(key)))
                overrides.insert(key, m_cl.parser().value(optionName(key)));
        const std::optional<cloud::CloudConfig> config =
            cloud::selectCloud(*file, m_cl.parser().value(m_cloud), overrides, QProcessEnvironment::systemEnvironment(), &error);
        if (!config)
            return m_cl.fail(error, 2);
        s->config = *config;
        s->client = std::make_unique<cloud::CloudClient>(*config);
        for (const QString &w : s->client->warnings())
            m_err << "vdeckctl cloud: WARNING: " << w << '\n';
        return std::nullopt;
    }

    // The cloud's release (--release overrides it) and its flavors; 2 and a message on failure.
    std::optional<int> readDeployed(Session &s, std::optional<QList<flavors::Flavor>> &deployed)
    {
        std::optional<rules::NovaRelease> judgeAs;
        if (m_cl.parser().isSet(m_release)) {
            judgeAs = rules::NovaRelease::parse(m_cl.parser().value(m_release));
            if (!judgeAs)
                return m_cl.usageError(QStringLiteral("unknown Nova release '%1'").arg(m_cl.parser().value(m_release)));
        }
        cloud::CloudError cerr;
        std::optional<cloud::DeployedFlavors> read =
            cloud::readDeployed(*s.client, cloud::PullOptions{m_pageSizeValue, {}, [this](const QString &w) { m_err << "vdeckctl cloud: WARNING: " << w << '\n'; }}, &cerr);
        if (!read)
            return m_cl.fail(cerr.toString(), 2);
        s.version = read->version;
        s.release = judgeAs.value_or(read->version.release.release);
        if (!read->version.release.note.isEmpty())
            m_err << "vdeckctl cloud: " << read->version.release.note << '\n';
        deployed = std::move(read->flavors);
        return std::nullopt;
    }

    // diff and push: the library file, then the cloud and its flavors; an exit status when one fails
    std::optional<int> libraryAndCloud(const QString &path, Session &s, std::optional<flavors::FlavorLibrary> &lib,
                                       std::optional<QList<flavors::Flavor>> &deployed)
    {
        int status = 0;
        lib = readLibrary(path, &status);
        if (!lib)
            return status;
        return connectAndPull(s, deployed);
    }

    // pull, lint, diff and push: the cloud and every flavor it holds; an exit status when one fails
    std::optional<int> connectAndPull(Session &s, std::optional<QList<flavors::Flavor>> &deployed)
    {
        if (const auto st = connect(&s))
            return st;
        return readDeployed(s, deployed);
    }

    std::optional<flavors::FlavorLibrary> readLibrary(const QString &path, int *status)
    {
        flavors::FileError fe;
        std::optional<flavors::FlavorLibrary> lib = flavors::loadFlavorFile(path, &fe);
        if (!lib)
            *status = m_cl.fail(fe.toString(), 2);
        return lib;
    }

    int pull()
    {
        Session s;
        std::optional<QList<flavors::Flavor>> deployed;
        if (const auto status = connectAndPull(s, deployed))
            return *status;
        if (m_cl.parser().isSet(m_output)) {
            flavors::FlavorLibrary lib;
            lib.flavors = *deployed;
            lib.notes = QStringLiteral("Pulled from cloud '%1' (%2)").arg(s.config.name, s.version.release.displayName());
            QString error;
            if (!flavors::saveAtomically(m_cl.parser().value(m_output), flavors::writeNative(lib), &error))
                return m_cl.fail(error, 2);
        }
        if (json()) {
            QJsonObject o = cloudprint::headerJson(s.config, s.version, s.release);
            o.insert(QStringLiteral("flavors"), QJsonDocument::fromJson(flavors::writeNative(flavors::FlavorLibrary{*deployed, {}})).object().value(QStringLiteral("flavors")));
            printJson(o);
        } else {
            m_out << cloudprint::header(s.config, s.version, s.release) << '\n';
            m_out << deployed->size() << " flavors" << (m_cl.parser().isSet(m_output) ? QStringLiteral(" written to ") + m_cl.parser().value(m_output) : QString()) << '\n';
        }
        return 0;
    }

    int lint()
    {
        Session s;
        std::optional<QList<flavors::Flavor>> deployed;
        if (const auto status = connectAndPull(s, deployed))
            return *status;
        const QList<cloud::FlavorVerdict> verdicts = cloud::lintDeployed(*deployed, s.release);
        bool anyErrors = false;
        QJsonArray list;
        if (!json())
            m_out << cloudprint::header(s.config, s.version, s.release) << '\n';
        for (const cloud::FlavorVerdict &v : verdicts) {
            anyErrors |= v.hasErrors;
            if (json())
                list.append(cloudprint::verdictJson(v));
            else
                cloudprint::printVerdict(m_out, v);
        }
        if (json()) {
            QJsonObject o = cloudprint::headerJson(s.config, s.version, s.release);
            o.insert(QStringLiteral("flavors"), list);
            printJson(o);
        }
        return anyErrors ? 1 : 0;
    }

    int diff(const QString &libraryPath)
    {
        Session s;
        std::optional<flavors::FlavorLibrary> lib;
        std::optional<QList<flavors::Flavor>> deployed;
        if (const auto st = libraryAndCloud(libraryPath, s, lib, deployed))
            return *st;
        const QList<cloud::FlavorDiff> d = cloud::diffFlavors(lib->flavors, *deployed);
        bool differs = false;
        QJsonArray list;
        for (const cloud::FlavorDiff &x : d) {
            differs |= x.kind != cloud::FlavorDiff::Kind::Same;
            if (json())
                list.append(x.toJson());
            else if (x.kind != cloud::FlavorDiff::Kind::Same)
                cloudprint::printDiff(m_out, x);
        }
        if (json()) {
            QJsonObject o = cloudprint::headerJson(s.config, s.version, s.release);
            o.insert(QStringLiteral("flavors"), list);
            printJson(o);
        } else if (!differs) {
            m_out << "library " << libraryPath << " and cloud '" << s.config.name << "' hold the same flavors\n";
        }
        return differs ? 1 : 0;
    }

    int push(const QString &libraryPath)
    {
        const bool dryRun = m_cl.parser().isSet(m_dryRun);
        const AppMode mode = m_cl.parser().isSet(m_auditor) ? AppMode::Auditor : AppMode::Operator;
        if (isReadOnly(mode) && !dryRun)
            return m_cl.fail(QStringLiteral("push writes to the cloud, which auditor mode does not do (use --dry-run to see the plan)"), 2);
        Session s;
        std::optional<flavors::FlavorLibrary> lib;
        std::optional<QList<flavors::Flavor>> deployed;
        if (const auto st = libraryAndCloud(libraryPath, s, lib, deployed))
            return *st;
        const cloud::PushPlan plan = cloud::planPush(lib->flavors, *deployed, cloud::PushOptions{m_cl.parser().values(m_replace), m_cl.parser().values(m_delete)});
        QJsonObject o = cloudprint::headerJson(s.config, s.version, s.release);
        o.insert(QStringLiteral("plan"), plan.toJson());
        if (!json())
            cloudprint::printPlan(m_out, s.config.name, plan);
        if (dryRun) {
            if (json())
                printJson(o);
            return plan.blocked.isEmpty() && plan.steps.isEmpty() ? 0 : 1;
        }
        std::optional<cloud::FlavorWriter> writer = cloud::FlavorWriter::forMode(mode, *s.client);
        const cloud::PushReport report = writer->apply(plan, cloud::cloudIds(*deployed), [this](const cloud::StepResult &r) {
            if (!json())
                cloudprint::printStep(m_out, r);
        });
        if (json()) {
            o.insert(QStringLiteral("result"), report.toJson());
            printJson(o);
        } else {
            cloudprint::printReport(m_out, report);
        }
        return report.complete() && plan.blocked.isEmpty() ? 0 : 1;
    }

    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
    CommandLine m_cl;
    QCommandLineOption m_cloud, m_json, m_output, m_dryRun, m_replace, m_delete, m_release, m_pageSize, m_auditor;
    int m_pageSizeValue = 1000;
};

int run(const QStringList &arguments)
{
    CloudCommand command;
    return command.run(arguments);
}

} // namespace

static const CommandRegistration registration{Command{
    QStringLiteral("cloud"), QStringLiteral("pull, lint, diff and push the flavors of an OpenStack cloud (clouds.yaml)"), run}};
