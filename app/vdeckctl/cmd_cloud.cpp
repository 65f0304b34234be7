// `vdeckctl cloud list|pull|lint|diff|push|providers|capacity|why [--cloud NAME] [--os-*] [--dry-run] [--json] [-o FILE]`
#include "command.h"
#include "commandline.h"

#include "cloudprint.h"
#include "fleethostmodel.h"
#include "fleetprint.h"
#include "hostinput.h"

#include "cloud/cloudclient.h"
#include "cloud/cloudsyaml.h"
#include "cloud/computeapi.h"
#include "cloud/deployedlint.h"
#include "cloud/flavordiff.h"
#include "cloud/flavorwriter.h"
#include "cloud/placementapi.h"
#include "cloud/pushplan.h"
#include "flavors/flavorfiles.h"
#include "flavors/nativeformat.h"
#include "rules/stageb.h"

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
               QStringLiteral("vdeckctl cloud (list | pull [-o FILE] | lint | diff LIBRARY | push LIBRARY [--replace F]... [--delete F]... [--dry-run]\n"
                              "       | providers [--tree] | capacity (LIBRARY --flavor F | --deployed-flavor F) [--snapshot F]... [--profile F]\n"
                              "       | why [LIBRARY] --flavor F [--host H]) [--nova-conf F] [--availability-zone Z]\n"
                              "       [--image-property K=V]... [--cloud NAME] [--os-* VALUE]... [--release R] [--json]"),
               QStringLiteral("The flavors deployed in an OpenStack cloud: pulled (every page, extra specs, access lists), linted for the release\n"
                              "the cloud runs (its compute API's maximum microversion names it), diffed with a library and pushed.\n"
                              "The cloud comes from clouds.yaml and secure.yaml (OS_CLIENT_CONFIG_FILE, ./, ~/.config/openstack/, /etc/openstack/),\n"
                              "chosen by --cloud or OS_CLOUD; OS_* variables and --os-* options override its values (without a cloud name,\n"
                              "OS_AUTH_URL and the other OS_* make one). Password, application-credential and token auth; Keystone v3.\n"
                              "push shows the plan, then applies it call by call (extra specs at microversion 2.86, so Nova validates them)\n"
                              "and stops at the first call that fails, saying which calls were done; running it again finishes it.\n"
                              "Nothing is deleted unless named: --delete F for a flavor only in the cloud, --replace F for a flavor whose\n"
                              "vCPUs, RAM, disks or public flag changed (Nova cannot change them: deleted and created again).\n"
                              "providers lists the fleet as Placement holds it (inventories, usage, traits; --tree with nested providers).\n"
                              "capacity asks Placement for the allocation candidates of a flavor (one request, no walk of the fleet; the request Nova's scheduler makes\n"
                              "for it) and says how many instances fit on each compute node and what runs out first; with --snapshot, vDeck's\n"
                              "host model of that node (NUMA, hugepages, pinning, devices) beside it and which of the two limits; why gives every reason\n"
                              "a compute node (--host, else each) is not a candidate. Without LIBRARY, --flavor names a deployed flavor.\n"
                              "Exit status: 0 ok (lint: no errors; diff: no differences; push: every call done; capacity: at least one fits;\n"
                              "why: the host, or without --host one host, is a candidate), 1 lint errors, differences, a push call failed or blocked, nothing fits, or\n"
                              "the host is not a candidate, 2 usage, file or connection error."))
        , m_cloud(QStringLiteral("cloud"), QStringLiteral("the cloud's name in clouds.yaml (default: OS_CLOUD)"), QStringLiteral("NAME"))
        , m_json(QStringLiteral("json"), QStringLiteral("print JSON"))
        , m_output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("pull: write the flavors as a vDeck library"), QStringLiteral("FILE"))
        , m_dryRun(QStringLiteral("dry-run"), QStringLiteral("push: show the plan, change nothing"))
        , m_replace(QStringLiteral("replace"), QStringLiteral("push: delete and create again this flavor when Nova cannot change it (repeatable)"), QStringLiteral("F"))
        , m_delete(QStringLiteral("delete"), QStringLiteral("push: delete this flavor, which the library does not have (repeatable)"), QStringLiteral("F"))
        , m_release(QStringLiteral("release"), QStringLiteral("judge as this Nova release instead of the one the compute API names"), QStringLiteral("R"))
        , m_pageSize(QStringLiteral("page-size"), QStringLiteral("flavors per page of the pull (default 1000)"), QStringLiteral("N"), QStringLiteral("1000"))
        , m_auditor(QStringLiteral("auditor"), QStringLiteral("auditor mode: read only; push exists only as --dry-run"))
        , m_flavor(QStringLiteral("flavor"), QStringLiteral("capacity, why: the flavor (of LIBRARY, else deployed)"), QStringLiteral("F"))
        , m_deployedFlavor(QStringLiteral("deployed-flavor"), QStringLiteral("capacity, why: the deployed flavor F"), QStringLiteral("F"))
        , m_host(QStringLiteral("host"), QStringLiteral("why: only this compute node (its provider's name)"), QStringLiteral("H"))
        , m_tree(QStringLiteral("tree"), QStringLiteral("providers: with the nested providers of each compute node"))
        , m_imageProperty(QStringLiteral("image-property"), QStringLiteral("capacity, why: an image property of the boot (repeatable)"), QStringLiteral("K=V"))
        , m_snapshot(QStringLiteral("snapshot"), QStringLiteral("capacity: a .vdeckhost snapshot of a compute node (repeatable): vDeck's host model beside Placement's count"), QStringLiteral("F"))
        , m_profile(QStringLiteral("profile"), QStringLiteral("capacity: the compute profile (nova.conf values) JSON of the snapshots' hosts"), QStringLiteral("F"))
        , m_zone(QStringLiteral("availability-zone"), QStringLiteral("capacity, why: the availability zone the boot names: Placement is asked for the compute nodes of its host aggregates, as Nova asks"), QStringLiteral("Z"))
        , m_novaConf(QStringLiteral("nova-conf"), QStringLiteral("capacity, why: the controllers' nova.conf: its [pci] alias and [filter_scheduler] pci_in_placement put a flavor's PCI aliases in the request"), QStringLiteral("F"))
    {
        QCommandLineParser &p = m_cl.parser();
        p.addOptions({m_cloud, m_json, m_output, m_dryRun, m_replace, m_delete, m_release, m_pageSize, m_auditor, m_flavor, m_deployedFlavor, m_host, m_tree,
                      m_imageProperty, m_snapshot, m_profile, m_novaConf, m_zone});
        for (const QString &key : cloud::overrideKeys())
            p.addOption(QCommandLineOption(optionName(key), QStringLiteral("override %1 of the cloud (OS_%2)").arg(key, key.toUpper()), QStringLiteral("VALUE")));
    }

    int run(const QStringList &arguments)
    {
        if (const auto status = m_cl.parse(arguments))
            return *status;
        const QStringList pos = m_cl.positional();
        if (pos.isEmpty())
            return m_cl.usageError(QStringLiteral("name an action: list, pull, lint, diff, push, providers, capacity or why"));
        const QString action = pos.first();
        if (action == QLatin1String("providers") || action == QLatin1String("capacity") || action == QLatin1String("why"))
            return fleetAction(action, pos.mid(1));
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
        return m_cl.usageError(QStringLiteral("unknown action '%1' (use list, pull, lint, diff, push, providers, capacity or why)").arg(action));
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
    // --release R, when given: the release to judge as instead of the compute API's; nullopt and
    // *status on a release that does not exist
    std::optional<rules::NovaRelease> judgeAs(std::optional<int> *status)
    {
        if (!m_cl.parser().isSet(m_release))
            return std::nullopt;
        const std::optional<rules::NovaRelease> release = rules::NovaRelease::parse(m_cl.parser().value(m_release));
        if (!release)
            *status = m_cl.usageError(QStringLiteral("unknown Nova release '%1'").arg(m_cl.parser().value(m_release)));
        return release;
    }

    std::optional<int> readDeployed(Session &s, std::optional<QList<flavors::Flavor>> &deployed)
    {
        std::optional<int> status;
        const std::optional<rules::NovaRelease> judgeAs = this->judgeAs(&status);
        if (status)
            return status;
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

    // providers, capacity and why with a library: the cloud's release without its flavors
    std::optional<int> readVersion(Session &s)
    {
        std::optional<int> status;
        const std::optional<rules::NovaRelease> judgeAs = this->judgeAs(&status);
        if (status)
            return status;
        cloud::CloudError cerr;
        const std::optional<cloud::ComputeVersion> version = cloud::readComputeVersion(*s.client, &cerr);
        if (!version)
            return m_cl.fail(cerr.toString(), 2);
        s.version = *version;
        s.release = judgeAs.value_or(version->release.release);
        if (!version->release.note.isEmpty())
            m_err << "vdeckctl cloud: " << version->release.note << '\n';
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

    // providers, capacity and why: the fleet through Placement.
    int fleetAction(const QString &action, const QStringList &files)
    {
        const bool isProviders = action == QLatin1String("providers");
        if (files.size() > (isProviders ? 0 : 1))
            return m_cl.usageError(QStringLiteral("%1 takes %2 (got %3)").arg(action, isProviders ? QStringLiteral("no file") : QStringLiteral("at most one library file"),
                                                                            files.join(QLatin1Char(' '))));
        const bool named = m_cl.parser().isSet(m_flavor) || m_cl.parser().isSet(m_deployedFlavor);
        if (isProviders && (named || m_cl.parser().isSet(m_host)))
            return m_cl.usageError(QStringLiteral("providers takes no --flavor, --deployed-flavor or --host"));
        if (!isProviders && !named)
            return m_cl.usageError(QStringLiteral("%1 needs --flavor F (with a library) or --deployed-flavor F").arg(action));
        if (m_cl.parser().isSet(m_flavor) && m_cl.parser().isSet(m_deployedFlavor))
            return m_cl.usageError(QStringLiteral("name the flavor once: --flavor or --deployed-flavor"));
        if (m_cl.parser().isSet(m_deployedFlavor) && !files.isEmpty())
            return m_cl.usageError(QStringLiteral("--deployed-flavor takes no library file"));
        if (m_cl.parser().isSet(m_host) && action != QLatin1String("why"))
            return m_cl.usageError(QStringLiteral("--host is for why"));
        if (m_cl.parser().isSet(m_tree) && !isProviders)
            return m_cl.usageError(QStringLiteral("--tree is for providers"));
        if ((m_cl.parser().isSet(m_snapshot) || m_cl.parser().isSet(m_profile)) && action != QLatin1String("capacity"))
            return m_cl.usageError(QStringLiteral("--snapshot and --profile are for capacity"));
        if ((m_cl.parser().isSet(m_novaConf) || m_cl.parser().isSet(m_zone)) && isProviders)
            return m_cl.usageError(QStringLiteral("--nova-conf and --availability-zone are for capacity and why"));
        QList<std::pair<QString, inventory::HostSnapshot>> snapshots;
        for (const QString &file : m_cl.parser().values(m_snapshot)) {
            QString error;
            const std::optional<inventory::HostSnapshot> host = readHost(file, QString(), &error);
            if (!host)
                return m_cl.fail(error, 2);
            snapshots.append({file, *host});
        }
        QString profileError;
        const std::optional<domainxml::ComputeProfile> profile = readProfile(m_cl.parser().value(m_profile), &profileError);
        if (!profile)
            return m_cl.fail(profileError, 2);
        flavors::PropertyList image;
        for (const QString &kv : m_cl.parser().values(m_imageProperty)) {
            const qsizetype eq = kv.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return m_cl.usageError(QStringLiteral("--image-property needs K=V (got '%1')").arg(kv));
            image.set(kv.left(eq), kv.mid(eq + 1));
        }
        std::optional<flavors::FlavorLibrary> lib;
        if (!files.isEmpty()) {
            int status = 0;
            lib = readLibrary(files.first(), &status);
            if (!lib)
                return status;
        }
        Session s;
        if (const auto st = connect(&s))
            return *st;
        std::optional<QList<flavors::Flavor>> deployed;
        if (!isProviders && !lib) {
            if (const auto st = readDeployed(s, deployed))
                return *st;
        } else if (const auto st = readVersion(s)) {
            return *st;
        }
        cloud::CloudError cerr;
        std::optional<fleet::Fleet> fleet;
        if (action != QLatin1String("capacity")) { // capacity asks Placement's candidates alone
            fleet = cloud::readFleet(*s.client, {}, &cerr);
            if (!fleet)
                return m_cl.fail(cerr.toString(), 2);
        }
        if (isProviders) {
            if (json()) {
                QJsonObject o = cloudprint::headerJson(s.config, s.version, s.release);
                o.insert(QStringLiteral("fleet"), fleetprint::providersJson(*fleet));
                printJson(o);
            } else {
                m_out << cloudprint::header(s.config, s.version, s.release) << '\n';
                fleetprint::printProviders(m_out, *fleet, m_cl.parser().isSet(m_tree));
            }
            return 0;
        }
        const QString name = m_cl.parser().value(m_cl.parser().isSet(m_flavor) ? m_flavor : m_deployedFlavor);
        std::optional<flavors::Flavor> flavor;
        if (lib) {
            for (const flavors::Flavor &f : std::as_const(lib->flavors))
                if (f.name == name)
                    flavor = f;
            if (!flavor)
                return m_cl.fail(QStringLiteral("%1: no flavor named '%2'").arg(files.first(), name), 2);
        } else {
            for (const flavors::Flavor &f : *deployed)
                if (f.name == name)
                    flavor = f;
            if (!flavor)
                return m_cl.fail(QStringLiteral("cloud '%1' has no flavor named '%2'").arg(s.config.name, name), 2);
        }
        for (const flavors::Property &p : image.items())
            flavor->imageProperties.set(p.key, p.value);
        const rules::StageBResult stageB = rules::checkStageB(*flavor, s.release);
        if (stageB.error)
            m_err << "vdeckctl cloud: WARNING: Nova " << s.release.displayName() << " refuses to boot " << flavor->name << ": " << stageB.error->message
                  << " (the request below is what the scheduler would ask if it got that far)\n";
        QString confError;
        const std::optional<fleetprint::ControllerConf> controller = fleetprint::readNovaConf(m_cl.parser().value(m_novaConf), s.release, &confError);
        if (!controller)
            return m_cl.fail(confError, 2);
        fleet::ZoneRequest zone{m_cl.parser().value(m_zone), {}, controller->queryPlacementForZone};
        if (!zone.zone.isEmpty()) {
            const std::optional<QList<fleet::HostAggregate>> aggregates = cloud::readHostAggregates(*s.client, &cerr);
            if (!aggregates)
                return m_cl.fail(cerr.toString(), 2);
            zone.aggregates = *aggregates;
        }
        const fleet::ResourceRequest request = fleet::resourceRequest(*flavor, s.release, stageB, controller->pci, zone);
        if (!request.error.isEmpty())
            return m_cl.fail(QStringLiteral("Nova %1 cannot schedule %2: %3").arg(s.release.displayName(), flavor->name, request.error), 1);
        QJsonObject o = cloudprint::headerJson(s.config, s.version, s.release);
        o.insert(QStringLiteral("flavor"), flavor->name);
        o.insert(QStringLiteral("request"), fleetprint::requestJson(request));
        if (action == QLatin1String("capacity")) {
            const std::optional<cloud::CandidateCapacity> read = cloud::readCandidateCapacity(*s.client, request, &cerr);
            if (!read)
                return m_cl.fail(cerr.toString(), 2);
            const fleet::FleetCapacity &capacity = read->capacity;
            const std::optional<cloud::AllocationCandidates> candidates = read->candidates;
            QString matchError;
            const QList<hostfit::FleetNodeModel> models = fleethostmodel::match(capacity, snapshots, *flavor, *profile, s.release, &matchError);
            if (!matchError.isEmpty())
                return m_cl.fail(matchError, 2);
            if (json()) {
                QJsonObject c = fleetprint::capacityJson(capacity);
                c.insert(QStringLiteral("placementCandidates"), int(candidates->roots.size()));
                QJsonArray hosts = c.value(QStringLiteral("hosts")).toArray();
                for (qsizetype i = 0; i < hosts.size(); ++i) {
                    QJsonObject h = hosts.at(i).toObject();
                    for (const hostfit::FleetNodeModel &m : models)
                        if (m.node == h.value(QStringLiteral("host")).toString())
                            h.insert(QStringLiteral("hostModel"), fleethostmodel::json(m));
                    hosts[i] = h;
                }
                c.insert(QStringLiteral("hosts"), hosts);
                o.insert(QStringLiteral("capacity"), c);
                printJson(o);
            } else {
                m_out << cloudprint::header(s.config, s.version, s.release) << '\n';
                m_out << flavor->name << ": GET /allocation_candidates?" << request.queryString() << '\n';
                m_out << "Placement answers " << candidates->roots.size() << " candidate compute nodes\n";
                fleetprint::printRequestNotes(m_out, request);
                fleetprint::printCapacity(m_out, capacity);
                fleethostmodel::print(m_out, models, capacity);
            }
            return capacity.total() > 0 ? 0 : 1;
        }
        QJsonArray hosts;
        bool hostFound = !m_cl.parser().isSet(m_host);
        bool anyCandidate = false;
        if (!json()) {
            m_out << cloudprint::header(s.config, s.version, s.release) << '\n';
            m_out << flavor->name << ": GET /allocation_candidates?" << request.queryString() << '\n';
            fleetprint::printRequestNotes(m_out, request);
        }
        for (const fleet::Provider *root : fleet->roots()) {
            if (m_cl.parser().isSet(m_host) && root->name != m_cl.parser().value(m_host))
                continue;
            hostFound = true;
            const QList<fleet::Reason> reasons = fleet::whyNot(*fleet, request, root->uuid);
            anyCandidate |= reasons.isEmpty();
            QJsonArray list;
            for (const fleet::Reason &r : reasons)
                list.append(fleetprint::reasonJson(r));
            hosts.append(QJsonObject{{QStringLiteral("host"), root->name}, {QStringLiteral("candidate"), reasons.isEmpty()}, {QStringLiteral("reasons"), list}});
            if (!json()) {
                m_out << root->name << ": " << (reasons.isEmpty() ? "a candidate" : "not a candidate") << '\n';
                for (const fleet::Reason &r : reasons)
                    m_out << "    " << r.text() << '\n';
            }
        }
        if (!hostFound)
            return m_cl.fail(QStringLiteral("cloud '%1' has no compute node named '%2' in Placement").arg(s.config.name, m_cl.parser().value(m_host)), 2);
        if (json()) {
            o.insert(QStringLiteral("hosts"), hosts);
            printJson(o);
        }
        return anyCandidate ? 0 : 1;
    }

    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
    CommandLine m_cl;
    QCommandLineOption m_cloud, m_json, m_output, m_dryRun, m_replace, m_delete, m_release, m_pageSize, m_auditor, m_flavor, m_deployedFlavor, m_host, m_tree,
        m_imageProperty, m_snapshot, m_profile, m_zone, m_novaConf;
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
