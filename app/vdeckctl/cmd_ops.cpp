#include "command.h"
#include "commandline.h"

#include "flavors/flavorfiles.h"
#include "rules/operations.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

// `vdeckctl ops FILE --flavor NAME [--release R] [--port TYPE]... [--json]`
namespace {

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    CommandLine cl(QStringLiteral("ops"), QStringLiteral("vdeckctl ops FILE --flavor NAME [--release R] [--port TYPE]... [--json]"),
                   QStringLiteral("Lists each lifecycle operation as allowed, blocked (with the HTTP status) or allowed with a caveat,\n"
                                  "with reason and workaround, for the flavor, its ports and the Nova release."));
    QCommandLineParser &p = cl.parser();
    const QCommandLineOption flavor(QStringLiteral("flavor"), QStringLiteral("The flavor's name."), QStringLiteral("NAME"));
    const QCommandLineOption release(QStringLiteral("release"), QStringLiteral("Nova release: 23..33, 2021.1..2026.1, a series name, or master."), QStringLiteral("R"), QStringLiteral("31"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("A Neutron port's vnic_type (repeatable): normal, direct, direct-physical, macvtap, vdpa, ..."), QStringLiteral("TYPE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOptions({flavor, release, port, json});
    if (const auto status = cl.parse(arguments))
        return *status;
    const std::optional<rules::NovaRelease> r = rules::NovaRelease::parse(p.value(release));
    if (!r)
        return cl.usageError(QStringLiteral("unknown Nova release '%1'").arg(p.value(release)));
    if (p.positionalArguments().size() != 1 || !p.isSet(flavor))
        return cl.usageError(QStringLiteral("give one FILE and --flavor NAME"));
    flavors::FileError fe;
    const std::optional<flavors::FlavorLibrary> lib = flavors::loadFlavorFile(p.positionalArguments().first(), &fe);
    if (!lib) {
        return cl.fail(fe.toString(), 2);
    }
    const flavors::Flavor *found = lib->find(p.value(flavor));
    if (!found) {
        return cl.fail(QStringLiteral("no flavor named '%1' in %2").arg(p.value(flavor), p.positionalArguments().first()), 2);
    }
    flavors::Flavor f = *found;
    for (const QString &type : p.values(port)) {
        if (!flavors::vnicTypeFromString(type))
            return cl.usageError(QStringLiteral("unknown vnic_type '%1' (one of %2)").arg(type, flavors::vnicTypeNames().join(QStringLiteral(", "))));
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
