// `vdeckctl check-xml FILE [--connect URI] [--schema RNG] [--json]`: a libvirt domain document
// against libvirt's RelaxNG schema and, with --connect, against a real libvirt daemon.
#include "command.h"
#include "commandline.h"

#include "domainxml/schemavalidator.h"
#include "hosts/connection.h"
#include "hosts/domaindefinecheck.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {
QJsonObject schemaJson(const SchemaValidator::Result &r)
{
    QJsonArray issues;
    for (const auto &i : r.issues)
        issues.append(QJsonObject{{QStringLiteral("line"), i.line}, {QStringLiteral("element"), i.element}, {QStringLiteral("message"), i.message}});
    return {{QStringLiteral("valid"), r.valid}, {QStringLiteral("issues"), issues}};
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine cl(QStringLiteral("check-xml"), QStringLiteral("vdeckctl check-xml FILE [--connect URI] [--schema RNG] [--json]"),
                   QStringLiteral("Checks a libvirt domain XML document against libvirt's RelaxNG schema and, with --connect, on a\n"
                                  "real libvirt host (defined under a scratch name with VIR_DOMAIN_DEFINE_VALIDATE and undefined at once).\n"
                                  "Exit status: 0 valid, 1 invalid or rejected, 2 usage, I/O or not well-formed XML."));
    QCommandLineParser &p = cl.parser();
    const QCommandLineOption connect(QStringLiteral("connect"), QStringLiteral("Also validate on the libvirt host at URI (define + undefine a scratch domain)."), QStringLiteral("URI"));
    const QCommandLineOption schema(QStringLiteral("schema"), QStringLiteral("RelaxNG schema (default: libvirt's domain.rng)."), QStringLiteral("RNG"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOptions({connect, schema, json});
    if (const auto status = cl.parse(arguments))
        return *status;
    if (p.positionalArguments().size() != 1)
        return cl.usageError(QStringLiteral("expected exactly one FILE"));
    const QString file = p.positionalArguments().constFirst();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        err << "vdeckctl check-xml: " << file << ": " << f.errorString() << '\n';
        return 2;
    }
    const QByteArray xml = f.readAll();
    const SchemaValidator validator(p.isSet(schema) ? p.value(schema) : SchemaValidator::defaultSchemaPath());
    if (!validator.isLoaded()) {
        err << arguments.constFirst() << ": " << validator.loadError() << '\n';
        return 2;
    }
    const SchemaValidator::Result result = validator.validate(xml);
    if (!result.wellFormed) {
        const auto &i = result.issues.isEmpty() ? SchemaValidator::Issue{} : result.issues.constFirst();
        err << file << ':' << i.line << ": not well-formed XML: " << i.message << '\n';
        return 2;
    }

    QJsonObject report{{QStringLiteral("file"), file}, {QStringLiteral("schema"), schemaJson(result)}};
    bool ok = result.valid;
    if (!p.isSet(json)) {
        out << file << ": schema " << (result.valid ? QStringLiteral("valid") : QStringLiteral("invalid")) << '\n';
        for (const auto &i : result.issues)
            out << file << ':' << i.line << ": " << (i.element.isEmpty() ? QString() : QLatin1Char('<') + i.element + QStringLiteral(">: "))
                << i.message << '\n';
    }

    if (p.isSet(connect)) {
        const QString uri = p.value(connect);
        const hosts::ConnectionHandle conn = hosts::openConnection({uri, false, {}}, nullptr);
        if (!conn) {
            err << uri << ": cannot connect: " << hosts::lastLibvirtError(QStringLiteral("unknown error")) << '\n';
            return 1;
        }
        const hosts::definecheck::Result host = hosts::definecheck::check(conn.get(), QString::fromUtf8(xml), false);
        ok = ok && host.accepted;
        report.insert(QStringLiteral("host"), QJsonObject{{QStringLiteral("uri"), uri},
                                                          {QStringLiteral("accepted"), host.accepted},
                                                          {QStringLiteral("refused"), host.refused},
                                                          {QStringLiteral("message"), host.message}});
        if (!p.isSet(json))
            out << file << ": host " << uri << ": " << (host.accepted ? QStringLiteral("accepted") : host.refused ? QStringLiteral("refused") : QStringLiteral("rejected"))
                << (host.accepted ? QString() : QStringLiteral(": ") + host.message) << '\n';
    }
    if (p.isSet(json))
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return ok ? 0 : 1;
}
}

static const CommandRegistration registration{Command{
    QStringLiteral("check-xml"), QStringLiteral("check a domain XML document against libvirt's schema (and a host)"), run}};
