#include "command.h"
#include "commandline.h"
#include "factsprinter.h"
#include "sshcli.h"

#include "hostfacts/hostfactsjson.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

// `vdeckctl probe --ssh USER@HOST[:PORT]`: reads the host's facts over ssh (fixed allowlist).
static const CommandRegistration registration{Command{
    QStringLiteral("probe"), QStringLiteral("read a host's facts over ssh (hugepages, cmdline, memlock, nova.conf, ...)"),
    [](const QStringList &arguments) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        CommandLine cl(QStringLiteral("probe"), QStringLiteral("vdeckctl probe --ssh USER@HOST[:PORT] [--identity F] [--known-hosts F] [--accept-new-host-key] [--json]"),
                       QStringLiteral("Reads the host facts libvirt does not report (hugepages, kernel command line, memlock, IOMMU groups,\n"
                                      "mdev types, vDPA devices, NVIDIA vGPU VFs, nova.conf, CPU isolation) over ssh with strict host keys."));
        QCommandLineParser &parser = cl.parser();
        sshcli::addOptions(parser, true);
        parser.addOption({QStringLiteral("json"), QStringLiteral("print JSON")});
        if (const auto status = cl.parse(arguments))
            return *status;
        if (!parser.isSet(QStringLiteral("ssh"))) {
            err << "vdeckctl probe: --ssh USER@HOST[:PORT] is required\n";
            return 2;
        }
        QString error;
        const std::optional<sshcli::Request> request = sshcli::request(parser, &error);
        if (!request) {
            err << "vdeckctl probe: " << error << '\n';
            return 2;
        }
        const std::optional<hostfacts::HostFacts> facts = sshcli::probeHost(*request, &error);
        if (!facts) {
            err << "vdeckctl probe: " << error << '\n';
            return 1;
        }
        if (parser.isSet(QStringLiteral("json")))
            out << QJsonDocument(hostfacts::json::toJson(*facts)).toJson(QJsonDocument::Indented);
        else
            factsprinter::printFacts(out, *facts);
        return 0;
    }}};
