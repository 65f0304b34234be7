#include "command.h"

#include "flavors/flavorfiles.h"
#include "rules/operations.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

// `vdeckctl ops FILE --flavor NAME [--release R] [--port TYPE]... [--json]`
namespace {

int usage(QTextStream &err, const QString &message)
{
    err << "vdeckctl ops: " << message << '\n'
        << "Usage: vdeckctl ops FILE --flavor NAME [--release R] [--port TYPE]... [--json]\n";
    return 2;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    const QCommandLineOption flavor(QStringLiteral("flavor"), QStringLiteral("flavor name"), QStringLiteral("NAME"));
    const QCommandLineOption release(QStringLiteral("release"), QStringLiteral("Nova release"), QStringLiteral("R"), QStringLiteral("31"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("vnic_type of a port"), QStringLiteral("TYPE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output"));
    p.addOptions({flavor, release, port, json});
    if (!p.parse(arguments))
        return usage(err, p.errorText());
    const std::optional<rules::NovaRelease> r = rules::NovaRelease::parse(p.value(release));
    if (!r)
        return usage(err, QStringLiteral("unknown Nova release '%1'").arg(p.value(release)));
    if (p.positionalArguments().size() != 1 || !p.isSet(flavor))
        return usage(err, QStringLiteral("give one FILE and --flavor NAME"));
    flavors::FileError fe;
    const std::optional<flavors::FlavorLibrary> lib = flavors::loadFlavorFile(p.positionalArguments().first(), &fe);
    if (!lib) {
        err << "vdeckctl ops: " << fe.toString() << '\n';
        return 2;
    }
    const flavors::Flavor *found = lib->find(p.value(flavor));
    if (!found) {
        err << "vdeckctl ops: no flavor named '" << p.value(flavor) << "' in " << p.positionalArguments().first() << '\n';
        return 2;
    }
    flavors::Flavor f = *found;
    for (const QString &type : p.values(port)) {
        if (!flavors::isValidVnicType(type))
            return usage(err, QStringLiteral("unknown vnic_type '%1' (one of %2)").arg(type, flavors::vnicTypes().join(QStringLiteral(", "))));
        f.ports.append(flavors::RequestedPort{type, QString()});
    }
    const QList<rules::OperationVerdict> matrix = rules::operationsMatrix(f, *r);
    if (p.isSet(json)) {
        QJsonArray a;
        for (const rules::OperationVerdict &v : matrix)
            a.append(v.toJson());
        out << QJsonDocument(QJsonObject{{QStringLiteral("flavor"), f.name}, {QStringLiteral("release"), r->major()},
                                         {QStringLiteral("operations"), a}}).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << f.name << " on Nova " << r->displayName() << '\n';
    for (const rules::OperationVerdict &v : matrix) {
        out << "  " << rules::operationName(v.operation).leftJustified(18) << rules::verdictName(v.verdict);
        if (v.httpStatus)
            out << " (HTTP " << v.httpStatus << ')';
        if (!v.reason.isEmpty())
            out << ": " << v.reason;
        out << '\n';
        if (!v.workaround.isEmpty())
            out << "      workaround: " << v.workaround << '\n';
    }
    return 0;
}

} // namespace

static const CommandRegistration registration{Command{
    QStringLiteral("ops"), QStringLiteral("which lifecycle operations Nova allows for a flavor and its ports"), run}};
