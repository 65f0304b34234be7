#include "command.h"
#include "commandline.h"
#include "factsprinter.h"
#include "hostinput.h"
#include "sshcli.h"

#include "drift/hostdrift.h"
#include "inventory/snapshotfile.h"
#include "probe/prerequisiteaudit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

// `vdeckctl drift`: a host now against a baseline snapshot of it (after a reboot, an update).
namespace {

int run(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("drift"),
                   QStringLiteral("vdeckctl drift --baseline F (--snapshot F | --connect URI) "
                                  "[--ssh USER@HOST[:PORT] [--identity F] [--known-hosts F] [--accept-new-host-key]] [--json]"),
                   QStringLiteral("Compares a host with a baseline snapshot of it (saved with `vdeckctl capture`, with --ssh for the facts):\n"
                                  "VFs per PF, vDPA devices, mdevs and their types, hugepages per NUMA node, the IOMMU, the kernel command\n"
                                  "line, CPU power state with [libvirt] cpu_power_management, NVIDIA vGPU VFs and their current type.\n"
                                  "Each drift is a finding with the command that restores it (codes DRIFT_*).\n"
                                  "Exit status: 0 no error drift, 1 an error drift or the host key is unknown or changed, 2 usage or I/O error."));
    QCommandLineParser &p = cl.parser();
    p.addOptions({{QStringLiteral("baseline"), QStringLiteral("the .vdeckhost snapshot to compare with"), QStringLiteral("F")},
                  {QStringLiteral("snapshot"), QStringLiteral("the host now, as a .vdeckhost file"), QStringLiteral("F")},
                  {QStringLiteral("connect"), QStringLiteral("the host now: capture this libvirt URI (read-only)"), QStringLiteral("URI")}});
    sshcli::addOptions(p, false);
    p.addOption({QStringLiteral("json"), QStringLiteral("print {\"host\": ..., \"baseline\": ..., \"findings\": [...]}")});
    if (const auto status = cl.parse(arguments))
        return *status;
    if (!cl.positional().isEmpty())
        return cl.usageError(QStringLiteral("unexpected argument '%1'").arg(cl.positional().first()));
    if (!cl.isSet(QStringLiteral("baseline")))
        return cl.usageError(QStringLiteral("give --baseline F"));
    if (cl.isSet(QStringLiteral("snapshot")) == cl.isSet(QStringLiteral("connect")))
        return cl.usageError(QStringLiteral("give exactly one of --snapshot and --connect"));
    const bool ssh = cl.isSet(QStringLiteral("ssh"));
    if (!ssh && sshcli::anyProbeOptionSet(p))
        return cl.usageError(QStringLiteral("--identity, --known-hosts, --accept-new-host-key, --root-prefix and --timeout need --ssh"));
    QString error;
    std::optional<sshcli::Request> request;
    if (ssh && !(request = sshcli::request(p, &error)))
        return cl.usageError(error);
    inventory::HostSnapshot baseline;
    if (!inventory::snapshotfile::load(cl.value(QStringLiteral("baseline")), &baseline, &error))
        return cl.fail(error, 2);
    std::optional<inventory::HostSnapshot> now = readHost(cl.value(QStringLiteral("snapshot")), cl.value(QStringLiteral("connect")), &error);
    if (!now)
        return cl.fail(error, 2);
    if (request) {
        const std::optional<hostfacts::HostFacts> facts = sshcli::probeHost(*request, &error);
        if (!facts)
            return cl.fail(error, 1);
        now = now->withHostFacts(facts);
    }
    const QList<rules::Finding> findings = drift::compare(baseline, *now);
    QTextStream out(stdout);
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const rules::Finding &f : findings)
            array.append(probe::auditFindingJson(f));
        out << QJsonDocument(QJsonObject{{QStringLiteral("host"), now->identity().hostname},
                                         {QStringLiteral("baseline"), baseline.capturedAt().toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("findings"), array}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << now->identity().hostname << " against the baseline of " << baseline.capturedAt().toString(Qt::ISODate) << ": "
            << (findings.isEmpty() ? QStringLiteral("no drift") : QStringLiteral("%1 drift(s)").arg(findings.size())) << '\n';
        factsprinter::printFindings(out, findings);
    }
    return rules::hasErrors(findings) ? 1 : 0;
}

} // namespace

static const CommandRegistration registration{
    Command{QStringLiteral("drift"), QStringLiteral("compare a host with a baseline snapshot of it (VFs, vDPA, mdevs, hugepages, IOMMU, cmdline)"), run}};
