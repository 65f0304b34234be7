#include "command.h"
#include "commandline.h"

#include "flavors/flavorfiles.h"
#include "hosts/hostcapture.h"
#include "inventory/snapshotfile.h"
#include "reports/report.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QTextStream>

// `vdeckctl report FILE... [--release R] [--snapshot F]... [--connect URI]... [--format json|html] [-o OUT]`:
// the report the GUI exports (File > Export Report): findings per flavor, capacity per host.
namespace {

int run(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("report"),
                   QStringLiteral("vdeckctl report FILE... [--release R] [--snapshot F]... [--connect URI]... [--format json|html] [-o OUT]"),
                   QStringLiteral("Writes a report of flavors (findings for a Nova release) and hosts (hugepages, VF use, mdev\n"
                                  "instances) as JSON or as a self-contained HTML page. Live hosts are opened read-only.\n"
                                  "The format comes from --format, else from OUT's suffix (.json, .html), else JSON.\n"
                                  "Exit status: 0 written, 1 a host could not be read, 2 usage or I/O error."));
    QCommandLineParser &p = cl.parser();
    const QCommandLineOption release(QStringLiteral("release"), QStringLiteral("Nova release: 23..33, 2021.1..2026.1, a series name, or master."),
                                     QStringLiteral("R"), QStringLiteral("31"));
    const QCommandLineOption snapshot(QStringLiteral("snapshot"), QStringLiteral("A host snapshot (.vdeckhost) to report on (repeatable)."), QStringLiteral("F"));
    const QCommandLineOption connect(QStringLiteral("connect"), QStringLiteral("A libvirt URI to capture and report on (repeatable)."), QStringLiteral("URI"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("json or html."), QStringLiteral("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to OUT (atomically) instead of stdout."), QStringLiteral("OUT"));
    p.addOptions({release, snapshot, connect, format, output});
    if (const auto status = cl.parse(arguments))
        return *status;
    const std::optional<rules::NovaRelease> r = rules::NovaRelease::parse(p.value(release));
    if (!r)
        return cl.usageError(QStringLiteral("unknown Nova release '%1' (use 23..33, 2021.1..2026.1, a series name, or master)").arg(p.value(release)));
    std::optional<reports::ReportFormat> fmt = reports::ReportFormat::Json;
    if (p.isSet(format))
        fmt = reports::reportFormatFromName(p.value(format));
    else if (p.isSet(output))
        fmt = reports::reportFormatFromFileName(p.value(output)).value_or(reports::ReportFormat::Json);
    if (!fmt)
        return cl.usageError(QStringLiteral("unknown format '%1' (use json or html)").arg(p.value(format)));
    if (p.positionalArguments().isEmpty() && !p.isSet(snapshot) && !p.isSet(connect))
        return cl.usageError(QStringLiteral("nothing to report: give a flavor file, --snapshot or --connect"));

    reports::ReportInput input;
    input.release = *r;
    input.generatedAt = QDateTime::currentDateTimeUtc();
    QStringList sources;
    for (const QString &file : p.positionalArguments()) {
        flavors::FileError fe;
        const std::optional<flavors::FlavorLibrary> lib = flavors::loadFlavorFile(file, &fe);
        if (!lib)
            return cl.fail(fe.toString(), 2);
        input.flavors.append(lib->flavors);
        sources.append(QFileInfo(file).fileName());
    }
    input.source = sources.join(QStringLiteral(", "));
    for (const QString &file : p.values(snapshot)) {
        inventory::HostSnapshot s;
        QString error;
        if (!inventory::snapshotfile::load(file, &s, &error))
            return cl.fail(error, 2);
        input.hosts.append({s.identity().hostname.isEmpty() ? QFileInfo(file).fileName() : s.identity().hostname, s, {}});
    }
    for (const QString &uri : p.values(connect)) {
        const hosts::CaptureResult c = hosts::captureUri({uri, true, {}});
        if (!c.ok())
            return cl.fail(c.error, 1);
        input.hosts.append({c.snapshot.identity().hostname.isEmpty() ? uri : c.snapshot.identity().hostname, c.snapshot, {}});
    }

    const QByteArray bytes = reports::renderReport(reports::buildReport(input), *fmt);
    if (p.isSet(output)) {
        QString error;
        if (!flavors::saveAtomically(p.value(output), bytes, &error))
            return cl.fail(error, 2);
        return 0;
    }
    QTextStream out(stdout);
    out << QString::fromUtf8(bytes);
    return 0;
}

} // namespace

static const CommandRegistration registration{Command{
    QStringLiteral("report"), QStringLiteral("write a findings and capacity report (JSON or HTML)"), run}};
