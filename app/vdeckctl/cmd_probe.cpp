#include "command.h"
#include "factsprinter.h"
#include "sshcli.h"

#include "probe/hostfactsjson.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

// `vdeckctl probe --ssh USER@HOST[:PORT]`: reads the host's facts over ssh (fixed allowlist).
static const CommandRegistration registration{Command{
    QStringLiteral("probe"), QStringLiteral("read a host's facts over ssh (hugepages, cmdline, memlock, nova.conf, ...)"),
    [](const QStringList &arguments) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("Reads facts libvirt does not report, over ssh with strict host keys."));
        parser.addHelpOption();
        sshcli::addOptions(parser, true);
        parser.addOption({QStringLiteral("json"), QStringLiteral("print JSON")});
        if (!parser.parse(arguments)) {
            err << parser.errorText() << '\n';
            return 2;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out << parser.helpText();
            return 0;
        }
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
        const std::optional<probe::HostFacts> facts = sshcli::probeHost(*request, &error);
        if (!facts) {
            err << "vdeckctl probe: " << error << '\n';
            return 1;
        }
        if (parser.isSet(QStringLiteral("json")))
            out << QJsonDocument(probe::factsjson::toJson(*facts)).toJson(QJsonDocument::Indented);
        else
            factsprinter::printFacts(out, *facts);
        return 0;
    }}};
