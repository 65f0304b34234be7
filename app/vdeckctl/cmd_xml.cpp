// `vdeckctl xml FILE --flavor NAME (--snapshot F | --connect URI) [--image-prop k=v]...
//  [--port TYPE[:PHYSNET] | normal[:BINDING]]... [--profile F] [--release R] [--validate] [--diff OTHER.xml] [--auditor]`:
// the libvirt domain document Nova's libvirt driver would write for a flavor on a host.
#include "command.h"
#include "commandline.h"

#include "findingprinter.h"

#include "domainxml/builder.h"
#include "domainxml/schemavalidator.h"
#include "domainxml/xmldiff.h"
#include "flavors/flavorfiles.h"
#include "flavors/vnictype.h"
#include "hostfit/flavoronhost.h"
#include "hosts/connection.h"
#include "hosts/domaindefinecheck.h"
#include "hosts/hostcapture.h"
#include "inventory/snapshotfile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace {

const char *kUsage = "Usage: vdeckctl xml FILE --flavor NAME (--snapshot F | --connect URI) [--image-prop k=v]...\n"
                     "         [--port vdpa|direct|direct-physical|macvtap[:PHYSNET] | normal[:ovn|ovs|ovs-hybrid|ovs-dpdk]]...\n"
                     "         [--profile F] [--release R]\n"
                     "         [--validate] [--diff OTHER.xml] [--auditor]\n";

int usage(QTextStream &err, const QString &message)
{
    err << "vdeckctl xml: " << message << '\n' << kUsage;
    return 2;
}

// Schema, and with --connect in operator mode the host: define + undefine a scratch domain.
bool validate(QTextStream &err, const QString &xml, const QString &uri, bool auditor)
{
    const SchemaValidator schema;
    if (!schema.isLoaded()) {
        err << "vdeckctl xml: " << schema.loadError() << '\n';
        return false;
    }
    const SchemaValidator::Result r = schema.validate(xml.toUtf8());
    err << "schema: " << r.summary() << '\n';
    for (const SchemaValidator::Issue &i : r.issues)
        err << "  line " << i.line << ": " << i.message << '\n';
    bool ok = r.valid;
    if (uri.isEmpty())
        return ok;
    if (auditor) {
        err << "host: refused: validate on host defines a scratch domain, which auditor mode does not do\n";
        return ok;
    }
    const hosts::ConnectionHandle conn = hosts::openConnection({uri, false, {}}, nullptr);
    if (!conn) {
        err << "host: cannot connect to " << uri << ": " << hosts::lastLibvirtError(QStringLiteral("unknown error")) << '\n';
        return false;
    }
    const hosts::definecheck::Result h = hosts::definecheck::check(conn.get(), xml, false);
    err << "host: " << (h.accepted ? QStringLiteral("accepted") : h.refused ? QStringLiteral("refused") : QStringLiteral("rejected"))
        << (h.accepted ? QString() : QStringLiteral(": ") + h.message) << '\n';
    return ok && h.accepted;
}

std::optional<inventory::HostSnapshot> loadHost(QTextStream &err, const QCommandLineParser &p)
{
    inventory::HostSnapshot snapshot;
    QString error;
    if (p.isSet(QStringLiteral("snapshot"))) {
        if (!inventory::snapshotfile::load(p.value(QStringLiteral("snapshot")), &snapshot, &error)) {
            err << "vdeckctl xml: " << error << '\n';
            return std::nullopt;
        }
        return snapshot;
    }
    hosts::CaptureResult r = hosts::captureUri({p.value(QStringLiteral("connect")), true, {}});
    if (!r.ok()) {
        err << "vdeckctl xml: " << r.error << '\n';
        return std::nullopt;
    }
    return r.snapshot;
}

bool applyArguments(QTextStream &err, const QCommandLineParser &p, flavors::Flavor &flavor, domainxml::BuildOptions &options)
{
    for (const QString &kv : p.values(QStringLiteral("image-prop"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            usage(err, QStringLiteral("--image-prop needs k=v, got '%1'").arg(kv));
            return false;
        }
        flavor.imageProperties.set(kv.left(eq), kv.mid(eq + 1));
    }
    using flavors::VnicType;
    // The vnic types vdeckctl xml can bind on a host (in the order its usage names them).
    static const QList<VnicType> types{VnicType::Normal, VnicType::Vdpa, VnicType::Direct, VnicType::DirectPhysical, VnicType::Macvtap};
    QString binding; // one host binds every normal port the same way
    for (const QString &port : p.values(QStringLiteral("port"))) {
        const QString type = port.section(QLatin1Char(':'), 0, 0);
        const std::optional<VnicType> known = flavors::vnicTypeFromString(type);
        if (!known || !types.contains(*known)) {
            QStringList names;
            for (VnicType t : types)
                names.append(flavors::toString(t));
            usage(err, QStringLiteral("--port type must be one of %1, got '%2'").arg(names.join(QStringLiteral(", ")), type));
            return false;
        }
        if (*known != VnicType::Normal) {
            flavor.ports.append(flavors::RequestedPort{type, port.section(QLatin1Char(':'), 1)});
            continue;
        }
        const QString b = port.contains(QLatin1Char(':')) ? port.section(QLatin1Char(':'), 1) : options.normalPortBinding;
        if (!domainxml::normalPortBindings().contains(b) || (!binding.isEmpty() && b != binding)) {
            usage(err, QStringLiteral("--port normal binding must be one of %1, the same for every normal port, got '%2'")
                           .arg(domainxml::normalPortBindings().join(QStringLiteral(", ")), b));
            return false;
        }
        binding = b;
        flavor.ports.append(flavors::RequestedPort{type, {}});
    }
    if (!binding.isEmpty())
        options.normalPortBinding = binding;
    return true;
}

void addOptions(QCommandLineParser &p)
{
    const auto opt = [&](const char *name, const char *help, const char *value = nullptr) {
        p.addOption(value ? QCommandLineOption(QLatin1String(name), QLatin1String(help), QLatin1String(value))
                          : QCommandLineOption(QLatin1String(name), QLatin1String(help)));
    };
    opt("flavor", "flavor name in FILE", "NAME");
    opt("snapshot", "a .vdeckhost file", "F");
    opt("connect", "libvirt URI to capture the host from", "URI");
    opt("image-prop", "image property k=v", "k=v");
    opt("port", "a Neutron port: vdpa, direct, direct-physical or macvtap[:PHYSNET], or normal[:BINDING] (ovn, ovs, ovs-hybrid, ovs-dpdk)", "TYPE");
    opt("profile", "compute profile (nova.conf values) JSON file", "F");
    opt("release", "Nova release (default 31)", "R");
    opt("validate", "validate: libvirt schema, and with --connect define + undefine on the host");
    opt("diff", "print the unified diff against OTHER.xml instead of the document", "OTHER.xml");
    opt("auditor", "auditor mode: never define anything on a host");
}

// --release and --profile; false after printing a usage error
bool readSettings(QTextStream &err, const QCommandLineParser &p, domainxml::BuildOptions &options, domainxml::ComputeProfile &profile)
{
    if (p.isSet(QStringLiteral("release"))) {
        const std::optional<rules::NovaRelease> r = rules::NovaRelease::parse(p.value(QStringLiteral("release")));
        if (!r)
            return usage(err, QStringLiteral("unknown Nova release '%1'").arg(p.value(QStringLiteral("release")))) == 0;
        options.release = *r;
    }
    if (p.isSet(QStringLiteral("profile"))) {
        QString error;
        const std::optional<domainxml::ComputeProfile> loaded = domainxml::loadProfile(p.value(QStringLiteral("profile")), &error);
        if (!loaded)
            return usage(err, error) == 0;
        profile = *loaded;
    }
    return true;
}

std::optional<flavors::Flavor> loadFlavor(QTextStream &err, const QCommandLineParser &p, domainxml::BuildOptions &options)
{
    const QString file = p.positionalArguments().constFirst();
    flavors::FileError fe;
    const std::optional<flavors::FlavorLibrary> lib = flavors::loadFlavorFile(file, &fe);
    if (!lib) {
        usage(err, fe.toString());
        return std::nullopt;
    }
    const flavors::Flavor *found = lib->find(p.value(QStringLiteral("flavor")));
    if (!found) {
        usage(err, QStringLiteral("no flavor '%1' in %2").arg(p.value(QStringLiteral("flavor")), file));
        return std::nullopt;
    }
    flavors::Flavor flavor = *found;
    if (!applyArguments(err, p, flavor, options))
        return std::nullopt;
    return flavor;
}

// The findings are the one list of the flavor on the host (vdeckctl lint --snapshot shows the same).
// The document is printed whenever Nova writes one, also when libvirt would refuse it; the exit
// status is 1 then too.
int printResult(QTextStream &out, QTextStream &err, const QCommandLineParser &p, const hostfit::FlavorOnHost &assessed, const QString &name)
{
    const domainxml::BuildResult &result = assessed.domain;
    findingprinter::printFindings(err, assessed.findings);
    if (!result.ok())
        return 1;
    const bool refused = rules::hasErrors(assessed.findings);
    if (p.isSet(QStringLiteral("diff"))) {
        QFile other(p.value(QStringLiteral("diff")));
        if (!other.open(QIODevice::ReadOnly))
            return usage(err, QStringLiteral("%1: %2").arg(other.fileName(), other.errorString()));
        out << xmldiff::unified(QString::fromUtf8(other.readAll()), result.xml, other.fileName(), name + QStringLiteral(".xml"));
    } else {
        out << result.xml;
    }
    out.flush();
    if (p.isSet(QStringLiteral("validate")))
        return validate(err, result.xml, p.value(QStringLiteral("connect")), p.isSet(QStringLiteral("auditor"))) && !refused ? 0 : 1;
    return refused ? 1 : 0;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine cl(QStringLiteral("xml"), QString::fromLatin1(kUsage).mid(7).trimmed(),
                   QStringLiteral("Prints the libvirt domain XML Nova's libvirt driver would write for the flavor on the host.\n"
                                  "The findings are those of vdeckctl lint --snapshot for the same flavor and host. The document is\n"
                                  "printed whenever Nova writes one, also when libvirt would refuse it (an error finding says why).\n"
                                  "Exit status: 0 built (and valid), 1 an error finding, not built or invalid, 2 usage or I/O error."));
    QCommandLineParser &p = cl.parser();
    addOptions(p);
    if (const auto status = cl.parse(arguments))
        return *status;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("flavor")))
        return usage(err, QStringLiteral("give one flavor FILE and --flavor NAME"));
    if (p.isSet(QStringLiteral("connect")) == p.isSet(QStringLiteral("snapshot")))
        return usage(err, QStringLiteral("give exactly one of --snapshot and --connect"));
    domainxml::BuildOptions options;
    domainxml::ComputeProfile profile;
    if (!readSettings(err, p, options, profile))
        return 2;
    const std::optional<flavors::Flavor> flavor = loadFlavor(err, p, options);
    if (!flavor)
        return 2;
    const std::optional<inventory::HostSnapshot> host = loadHost(err, p);
    if (!host)
        return 2;
    hostfit::FlavorOnHostOptions assess;
    assess.build = options;
    return printResult(out, err, p, hostfit::assessOnHost(*flavor, *host, profile, assess), flavor->name);
}

} // namespace

static const CommandRegistration registration{Command{
    QStringLiteral("xml"), QStringLiteral("the libvirt domain XML Nova would write for a flavor on a host"), run}};
