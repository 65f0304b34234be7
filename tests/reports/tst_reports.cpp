// Reports (File > Export Report, `vdeckctl report`): the JSON mirrors `lint` and the capacity
// summary, the HTML escapes every value and fetches nothing, the CLI's formats, exit codes and
// atomic output.
#include "processutil.h"
#include "testmain.h"
#include "testpaths.h"

#include "flavors/catalog.h"
#include "flavors/flavorfiles.h"
#include "inventory/snapshotfile.h"
#include "reports/report.h"
#include "reports/reporthtml.h"
#include "reports/reportjson.h"
#include "rules/checker.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace {
const char *kExample = "resources/examples/flavors.vdeckflavors";
const char *kDemo = "resources/demo/demo.vdeckhost";

reports::ReportInput exampleInput()
{
    reports::ReportInput in;
    flavors::FileError fe;
    const std::optional<flavors::FlavorLibrary> lib = flavors::loadFlavorFile(testpaths::sourceFile(QLatin1String(kExample)), &fe);
    if (lib)
        in.flavors = lib->flavors;
    inventory::HostSnapshot demo;
    QString error;
    if (inventory::snapshotfile::load(testpaths::sourceFile(QLatin1String(kDemo)), &demo, &error))
        in.hosts.append({QStringLiteral("demo"), demo, {}});
    in.release = rules::NovaRelease(31);
    in.source = QStringLiteral("flavors.vdeckflavors");
    in.generatedAt = QDateTime(QDate(2026, 11, 22), QTime(3, 0), QTimeZone::UTC);
    return in;
}

flavors::Flavor realtimeWithoutPolicy()
{
    flavors::Flavor f;
    f.name = QStringLiteral("rt <bad> & \"quoted\"");
    f.vcpus = 4;
    f.ramMb = 4096;
    f.extraSpecs.set(QStringLiteral("hw:cpu_realtime"), QStringLiteral("yes"));
    f.extraSpecs.set(QStringLiteral("hw:cpu_realtime_mask"), QStringLiteral("^0"));
    return f;
}

ProcessResult vdeckctl(const QStringList &args)
{
    return runProcess(testpaths::binary(QStringLiteral("vdeckctl")), args);
}
} // namespace

class TestReports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonMirrorsLintAndCapacity()
    {
        const reports::ReportInput in = exampleInput();
        QCOMPARE(in.flavors.size(), 4);
        QCOMPARE(in.hosts.size(), 1);
        const QJsonObject json = reports::reportJson(reports::buildReport(in));
        QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("vdeck-report"));
        QCOMPARE(json.value(QLatin1String("formatVersion")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("generatedAt")).toString(), QStringLiteral("2026-11-22T03:00:00Z"));
        QCOMPARE(json.value(QLatin1String("release")).toObject().value(QLatin1String("major")).toInt(), 31);
        const QJsonArray flavors = json.value(QLatin1String("flavors")).toArray();
        QCOMPARE(flavors.size(), 4);
        for (int i = 0; i < flavors.size(); ++i) {
            const QJsonObject f = flavors.at(i).toObject();
            QCOMPARE(f.value(QLatin1String("flavor")).toString(), in.flavors.at(i).name);
            const QList<rules::Finding> lint =
                rules::checkFlavor(in.flavors.at(i), flavors::ExtraSpecCatalog::forRelease(in.release.major()), rules::CheckOptions{in.release});
            QJsonArray expected;
            int errors = 0;
            for (const rules::Finding &x : lint) {
                expected.append(x.toJson());
                errors += x.severity == rules::Severity::Error;
            }
            QCOMPARE(f.value(QLatin1String("findings")).toArray(), expected);
            QCOMPARE(f.value(QLatin1String("errors")).toInt(), errors);
        }
        const QJsonObject host = json.value(QLatin1String("hosts")).toArray().at(0).toObject();
        const inventory::CapacitySummary cap = inventory::summarizeCapacity(in.hosts.at(0).snapshot);
        QVERIFY(!cap.hugepages.isEmpty());
        QCOMPARE(host.value(QLatin1String("hugepages")).toArray().size(), cap.hugepages.size());
        QCOMPARE(host.value(QLatin1String("vfs")).toArray().size(), cap.vfs.size());
        QCOMPARE(host.value(QLatin1String("mdevs")).toArray().size(), cap.mdevs.size());
        const QJsonObject firstPages = host.value(QLatin1String("hugepages")).toArray().at(0).toObject();
        QCOMPARE(quint64(firstPages.value(QLatin1String("free")).toDouble()), cap.hugepages.at(0).free);
        QCOMPARE(quint64(firstPages.value(QLatin1String("sizeKiB")).toDouble()), cap.hugepages.at(0).sizeKiB);
    }

    void anErrorIsCountedAndNamed()
    {
        reports::ReportInput in = exampleInput();
        in.flavors = {realtimeWithoutPolicy()};
        const reports::Report r = reports::buildReport(in);
        QCOMPARE(r.flavors.size(), 1);
        QVERIFY(r.flavors.at(0).count(rules::Severity::Error) >= 1);
        const QString html = reports::reportHtml(r);
        QVERIFY(html.contains(QLatin1String("cpu.realtime-needs-pinning")));
        QVERIFY(html.contains(QLatin1String("RealtimeConfigurationInvalid")));
        QVERIFY(html.contains(QLatin1String("<td class=\"num error\">1</td>")));
    }

    void htmlEscapesValuesAndFetchesNothing()
    {
        reports::ReportInput in = exampleInput();
        in.flavors.append(realtimeWithoutPolicy());
        const QString html = reports::reportHtml(reports::buildReport(in));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(!html.contains(QLatin1String("<bad>")));
        QVERIFY(html.contains(QLatin1String("rt &lt;bad&gt; &amp; &quot;quoted&quot;")));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("src=")));
        QVERIFY(!html.contains(QLatin1String("http://")) && !html.contains(QLatin1String("https://")));
        for (const flavors::Flavor &f : in.flavors)
            QVERIFY2(html.contains(f.name.toHtmlEscaped()), qPrintable(f.name));
        QVERIFY(html.contains(QLatin1String("demo")));
    }

    void sameInputSameBytes()
    {
        const reports::ReportInput in = exampleInput();
        for (const reports::ReportFormat format : {reports::ReportFormat::Json, reports::ReportFormat::Html})
            QCOMPARE(reports::renderReport(reports::buildReport(in), format), reports::renderReport(reports::buildReport(in), format));
    }

    void formatNames()
    {
        QCOMPARE(reports::reportFormatFromName(QStringLiteral("html")), reports::ReportFormat::Html);
        QCOMPARE(reports::reportFormatFromName(QStringLiteral("json")), reports::ReportFormat::Json);
        QCOMPARE(reports::reportFormatFromName(QStringLiteral("pdf")), std::nullopt);
        QCOMPARE(reports::reportFormatFromFileName(QStringLiteral("/x/Report.HTM")), reports::ReportFormat::Html);
        QCOMPARE(reports::reportFormatFromFileName(QStringLiteral("/x/r.json")), reports::ReportFormat::Json);
        QCOMPARE(reports::reportFormatFromFileName(QStringLiteral("/x/r.txt")), std::nullopt);
    }

    void cliWritesHtmlAndJson()
    {
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("r.html"));
        ProcessResult r = vdeckctl({QStringLiteral("report"), testpaths::sourceFile(QLatin1String(kExample)), QStringLiteral("--snapshot"),
                                    testpaths::sourceFile(QLatin1String(kDemo)), QStringLiteral("--release"), QStringLiteral("zed"),
                                    QStringLiteral("-o"), html});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray page = f.readAll();
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("rt.pinned.8c16g") && page.contains("viommu.q35.4c8g"));
        QVERIFY(page.contains("26 (2022.2"));

        r = vdeckctl({QStringLiteral("report"), testpaths::sourceFile(QLatin1String(kExample))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QLatin1String("flavors")).toArray().size(), 4);
        QCOMPARE(json.value(QLatin1String("hosts")).toArray().size(), 0);
        QCOMPARE(json.value(QLatin1String("release")).toObject().value(QLatin1String("major")).toInt(), 31);
    }

    void cliRefusesBadInputAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("r.html"));
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("[\n  {\"name\": \"x\",,}\n]\n");
        b.close();
        ProcessResult r = vdeckctl({QStringLiteral("report"), bad, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QByteArray(bad.toUtf8() + ":2:")), r.err.constData());
        QVERIFY(!QFile::exists(out));

        r = vdeckctl({QStringLiteral("report"), testpaths::sourceFile(QLatin1String(kExample)), QStringLiteral("--release"), QStringLiteral("folsom")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown Nova release 'folsom'"));
        r = vdeckctl({QStringLiteral("report"), testpaths::sourceFile(QLatin1String(kExample)), QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(r.exitCode, 2);
        r = vdeckctl({QStringLiteral("report")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("nothing to report"));

        const QString missingDir = dir.filePath(QStringLiteral("no/such/dir/r.json"));
        r = vdeckctl({QStringLiteral("report"), testpaths::sourceFile(QLatin1String(kExample)), QStringLiteral("-o"), missingDir});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(missingDir));
        r = vdeckctl({QStringLiteral("report"), QStringLiteral("--snapshot"), dir.filePath(QStringLiteral("absent.vdeckhost"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("absent.vdeckhost"));
    }
};

VDECK_TEST_MAIN(TestReports)
#include "tst_reports.moc"
