#include "command.h"
#include "commandline.h"
#include "factsprinter.h"
#include "sshcli.h"

#include "flavors/fileerror.h"
#include "flavors/flavorfiles.h"
#include "hostfacts/hostfactsjson.h"
#include "hosts/hostcapture.h"
#include "inventory/snapshotfile.h"
#include "probe/prerequisiteaudit.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

// `vdeckctl audit`: host prerequisite findings. The facts come from a snapshot, a live capture
// plus an ssh probe, an ssh probe alone or a facts file; the needs from the flavors when given,
// else from the snapshot's device graph and the facts themselves.
namespace {

struct AuditInput
{
    hostfacts::HostFacts facts;
    std::optional<inventory::HostSnapshot> snapshot;
    QString host;
};

std::optional<hostfacts::HostFacts> readFacts(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QByteArray bytes = f.readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        int line = 1, column = 1;
        flavors::lineColumnAt(bytes, parseError.offset, &line, &column);
        *error = parseError.error == QJsonParseError::NoError ? QStringLiteral("%1: not a JSON object").arg(path)
                                                              : QStringLiteral("%1:%2:%3: %4").arg(path).arg(line).arg(column).arg(parseError.errorString());
        return std::nullopt;
    }
    std::optional<hostfacts::HostFacts> facts = hostfacts::json::fromJson(doc.object(), error);
    if (!facts)
        *error = QStringLiteral("%1: %2").arg(path, *error);
    return facts;
}

// Fills in the input from the options; returns the exit status on failure.
std::optional<int> gather(const CommandLine &cl, const std::optional<sshcli::Request> &request, AuditInput *in)
{
    QString error;
    if (cl.isSet(QStringLiteral("facts"))) {
        const std::optional<hostfacts::HostFacts> facts = readFacts(cl.value(QStringLiteral("facts")), &error);
        if (!facts)
            return cl.fail(error, 2);
        in->facts = *facts;
    } else if (cl.isSet(QStringLiteral("snapshot"))) {
        inventory::HostSnapshot s;
        if (!inventory::snapshotfile::load(cl.value(QStringLiteral("snapshot")), &s, &error))
            return cl.fail(error, 2);
        in->snapshot = s;
    } else if (cl.isSet(QStringLiteral("connect"))) {
        const hosts::CaptureResult r = hosts::captureUri({cl.value(QStringLiteral("connect")), true, {}});
        if (!r.ok())
            return cl.fail(r.error, 1);
        in->snapshot = r.snapshot;
    }
    if (request) {
        const std::optional<hostfacts::HostFacts> facts = sshcli::probeHost(*request, &error);
        if (!facts)
            return cl.fail(error, 1); // unknown or changed host key, refused login, unreachable host
        in->facts = *facts;
        if (in->snapshot)
            in->snapshot = in->snapshot->withHostFacts(facts);
    } else if (in->snapshot && in->snapshot->hostFacts()) {
        in->facts = *in->snapshot->hostFacts();
    }
    in->host = !in->facts.host().isEmpty() ? in->facts.host() : in->snapshot ? in->snapshot->identity().hostname : QString();
    return std::nullopt;
}

int run(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("audit"),
                   QStringLiteral("vdeckctl audit (--connect URI | --snapshot FILE | --ssh USER@HOST[:PORT] | --facts FILE) "
                                  "[--ssh USER@HOST[:PORT] [--identity F] [--known-hosts F] [--accept-new-host-key]] [--flavors FILE] [--json]"),
                   QStringLiteral("Checks a host's prerequisites for SR-IOV, vDPA, vGPU, hugepages, realtime and vIOMMU: IOMMU, hugepages\n"
                                  "per NUMA node, memlock, nova.conf, NVIDIA vGPU VFs, libvirt/QEMU/kernel minimums.\n"
                                  "The facts come from the snapshot (saved by `vdeckctl capture --ssh`), from --ssh, or from a\n"
                                  "`vdeckctl probe --json` file; --connect captures the host read-only first. With --flavors, what the\n"
                                  "flavors request decides what is needed; otherwise the devices in use and the facts do.\n"
                                  "Exit status: 0 no errors, 1 a prerequisite is an error or the host key is unknown or changed,\n"
                                  "2 usage or I/O error."));
    QCommandLineParser &parser = cl.parser();
    parser.addOption({QStringLiteral("connect"), QStringLiteral("capture this libvirt URI (read-only) and audit it"), QStringLiteral("URI")});
    parser.addOption({QStringLiteral("snapshot"), QStringLiteral("audit a .vdeckhost snapshot with the facts saved in it"), QStringLiteral("FILE")});
    sshcli::addOptions(parser, false);
    parser.addOption({QStringLiteral("facts"), QStringLiteral("facts saved by `vdeckctl probe --json`"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("flavors"), QStringLiteral("derive the needs from these flavors (any importable flavor file)"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print {\"host\": ..., \"findings\": [...]}")});
    if (const auto status = cl.parse(arguments))
        return *status;
    if (!cl.positional().isEmpty())
        return cl.usageError(QStringLiteral("unexpected argument '%1'").arg(cl.positional().first()));
    const int sources = int(cl.isSet(QStringLiteral("connect"))) + int(cl.isSet(QStringLiteral("snapshot"))) + int(cl.isSet(QStringLiteral("facts")));
    const bool ssh = cl.isSet(QStringLiteral("ssh"));
    if (sources > 1 || (sources == 0 && !ssh))
        return cl.usageError(QStringLiteral("give one of --connect URI, --snapshot FILE, --ssh USER@HOST[:PORT] or --facts FILE"));
    if (ssh && cl.isSet(QStringLiteral("facts")))
        return cl.usageError(QStringLiteral("--facts and --ssh exclude each other"));
    if (!ssh && sshcli::anyProbeOptionSet(parser))
        return cl.usageError(QStringLiteral("--identity, --known-hosts, --accept-new-host-key, --root-prefix and --timeout need --ssh"));
    QString error;
    std::optional<sshcli::Request> request;
    if (ssh && !(request = sshcli::request(parser, &error)))
        return cl.usageError(error);
    std::optional<flavors::FlavorLibrary> library;
    if (cl.isSet(QStringLiteral("flavors"))) {
        flavors::FileError fileError;
        library = flavors::loadFlavorFile(cl.value(QStringLiteral("flavors")), &fileError);
        if (!library)
            return cl.fail(fileError.toString(), 2);
    }

    AuditInput in;
    if (const std::optional<int> status = gather(cl, request, &in))
        return *status;
    probe::HostNeeds needs = in.snapshot ? probe::HostNeeds::fromSnapshot(*in.snapshot) : probe::HostNeeds();
    if (library)
        needs.addFlavors(*library, &in.facts, in.snapshot ? &*in.snapshot : nullptr);
    else if (!in.snapshot)
        needs = probe::HostNeeds::inferredFrom(in.facts);
    const QList<rules::Finding> findings = probe::PrerequisiteAudit(in.facts, needs).run();
    QTextStream out(stdout);
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const rules::Finding &f : findings)
            array.append(probe::auditFindingJson(f));
        out << QJsonDocument(QJsonObject{{QStringLiteral("host"), in.host}, {QStringLiteral("findings"), array}}).toJson(QJsonDocument::Indented);
    } else {
        factsprinter::printFindings(out, findings);
    }
    return rules::hasErrors(findings) ? 1 : 0;
}

} // namespace

static const CommandRegistration registration{
    Command{QStringLiteral("audit"), QStringLiteral("check a host's prerequisites (IOMMU, hugepages, memlock, nova.conf, versions)"), run}};
