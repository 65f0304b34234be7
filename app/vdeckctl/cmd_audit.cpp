#include "command.h"
#include "commandline.h"
#include "factsprinter.h"
#include "sshcli.h"

#include "probe/hostfactsjson.h"
#include "probe/prerequisiteaudit.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace {
std::optional<probe::HostFacts> readFacts(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1 is not JSON: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    return probe::factsjson::fromJson(doc.object(), error);
}
}

// `vdeckctl audit`: host prerequisite findings from facts read over ssh or saved with
// `vdeckctl probe --json`. (--connect/--snapshot/--flavors join when the inventory and flavor
// rooms land; until then the needs are inferred from the facts themselves.)
static const CommandRegistration registration{Command{
    QStringLiteral("audit"), QStringLiteral("check a host's prerequisites (IOMMU, hugepages, memlock, nova.conf, versions)"),
    [](const QStringList &arguments) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        CommandLine cl(QStringLiteral("audit"), QStringLiteral("vdeckctl audit (--ssh USER@HOST[:PORT] | --facts FILE) [--json]"),
                       QStringLiteral("Checks a host's prerequisites for SR-IOV, vDPA, vGPU, hugepages, realtime and vIOMMU.\n"
                                      "Exit status: 0 no errors, 1 a prerequisite is an error, 2 usage or I/O error."));
        QCommandLineParser &parser = cl.parser();
        sshcli::addOptions(parser, false);
        parser.addOption({QStringLiteral("facts"), QStringLiteral("facts saved by `vdeckctl probe --json`"), QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("print JSON")});
        if (const auto status = cl.parse(arguments))
            return *status;
        if (parser.isSet(QStringLiteral("ssh")) == parser.isSet(QStringLiteral("facts"))) {
            err << "vdeckctl audit: give exactly one of --ssh USER@HOST[:PORT] or --facts FILE\n";
            return 2;
        }
        QString error;
        std::optional<probe::HostFacts> facts;
        if (parser.isSet(QStringLiteral("facts"))) {
            facts = readFacts(parser.value(QStringLiteral("facts")), &error);
            if (!facts) {
                err << "vdeckctl audit: " << error << '\n';
                return 2;
            }
        } else {
            const std::optional<sshcli::Request> request = sshcli::request(parser, &error);
            if (!request) {
                err << "vdeckctl audit: " << error << '\n';
                return 2;
            }
            facts = sshcli::probeHost(*request, &error);
            if (!facts) {
                err << "vdeckctl audit: " << error << '\n';
                return 1;
            }
        }
        const probe::HostNeeds needs = probe::HostNeeds::inferredFrom(*facts);
        const QList<probe::AuditFinding> findings = probe::PrerequisiteAudit(*facts, needs).run();
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const probe::AuditFinding &f : findings)
                array.append(f.toJson());
            out << QJsonDocument(QJsonObject{{QStringLiteral("host"), facts->host()}, {QStringLiteral("findings"), array}})
                       .toJson(QJsonDocument::Indented);
        } else {
            factsprinter::printFindings(out, findings);
        }
        return probe::hasErrors(findings) ? 1 : 0;
    }}};
