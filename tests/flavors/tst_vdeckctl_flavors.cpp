// vdeckctl lint/ops/export/import driven as a script would.
#include "processutil.h"
#include "testmain.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
ProcessResult ctl(const QStringList &args)
{
    return runProcess(testpaths::binary(QStringLiteral("vdeckctl")), args);
}
QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}
const QByteArray kShow = R"([{"name":"rt","vcpus":4,"ram":4096,"disk":10,"properties":"hw:cpu_realtime='yes', hw:cpu_realtime_mask='^0'"},
 {"name":"ok","vcpus":4,"ram":4096,"disk":10,"properties":{"hw:cpu_policy":"dedicated"}}])";
}

class TestVdeckctlFlavors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lintJsonAndExitCodes()
    {
        QTemporaryDir dir;
        const QString file = write(dir, QStringLiteral("show.json"), kShow);
        const ProcessResult r = ctl({QStringLiteral("lint"), file, QStringLiteral("--json"), QStringLiteral("--release"), QStringLiteral("epoxy")});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(a.size(), 2);
        const QJsonObject first = a.at(0).toObject().value(QStringLiteral("findings")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("cpu.realtime-needs-pinning"));
        QCOMPARE(first.value(QStringLiteral("stage")).toString(), QStringLiteral("B"));
        QCOMPARE(first.value(QStringLiteral("httpStatus")).toInt(), 400);
        const ProcessResult ok = ctl({QStringLiteral("lint"), file, QStringLiteral("--image-prop"), QStringLiteral("hw_cpu_policy=dedicated")});
        QCOMPARE(ok.exitCode, 0);
    }

    // Each release is checked against its own catalogue, and the output says which.
    void lintUsesTheReleasesCatalogue()
    {
        QTemporaryDir dir;
        const QString file = write(dir, QStringLiteral("packed.json"),
                                   R"({"name":"packed","vcpus":2,"ram":2048,"disk":10,"properties":{"hw:virtio_packed_ring":"true"}})");
        const ProcessResult zed = ctl({QStringLiteral("lint"), file, QStringLiteral("--release"), QStringLiteral("zed"), QStringLiteral("--json")});
        QCOMPARE(zed.exitCode, 1);
        const QJsonObject z = QJsonDocument::fromJson(zed.out).array().at(0).toObject();
        QVERIFY(z.value(QStringLiteral("catalog")).toString().startsWith(QLatin1String("26.")));
        const QJsonObject finding = z.value(QStringLiteral("findings")).toArray().at(0).toObject();
        QCOMPARE(finding.value(QStringLiteral("code")).toString(), QStringLiteral("spec.unknown-key"));
        QCOMPARE(finding.value(QStringLiteral("stage")).toString(), QStringLiteral("A"));
        QCOMPARE(finding.value(QStringLiteral("novaException")).toString(), QStringLiteral("ValidationError"));
        QCOMPARE(ctl({QStringLiteral("lint"), file, QStringLiteral("--release"), QStringLiteral("26")}).exitCode, 1);

        const ProcessResult epoxy = ctl({QStringLiteral("lint"), file, QStringLiteral("--release"), QStringLiteral("31"), QStringLiteral("--json")});
        QCOMPARE(epoxy.exitCode, 0);
        const QJsonObject e = QJsonDocument::fromJson(epoxy.out).array().at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("catalog")).toString(), QStringLiteral("31.0.0"));
        for (const QJsonValue &f : e.value(QStringLiteral("findings")).toArray())
            QVERIFY(f.toObject().value(QStringLiteral("code")).toString() != QStringLiteral("spec.unknown-key"));
        const ProcessResult text = ctl({QStringLiteral("lint"), file, QStringLiteral("--release"), QStringLiteral("2022.2")});
        QVERIFY2(text.out.startsWith("Nova 26 (2022.2 Zed), extra specs checked against the registry of Nova 26."), text.out.constData());
    }

    void lintUsageAndMalformed()
    {
        QTemporaryDir dir;
        const QString bad = write(dir, QStringLiteral("bad.json"), "[\n{\"name\": }\n]");
        const ProcessResult r = ctl({QStringLiteral("lint"), bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("bad.json:2:"));
        QCOMPARE(ctl({QStringLiteral("lint"), bad, QStringLiteral("--release"), QStringLiteral("folsom")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("lint"), bad, QStringLiteral("--snapshot"), QStringLiteral("x")}).exitCode, 2);
    }

    void opsShowsVdpaBlocks()
    {
        QTemporaryDir dir;
        const QString file = write(dir, QStringLiteral("show.json"), kShow);
        const ProcessResult r = ctl({QStringLiteral("ops"), file, QStringLiteral("--flavor"), QStringLiteral("ok"), QStringLiteral("--port"),
                                     QStringLiteral("vdpa"), QStringLiteral("--release"), QStringLiteral("23"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray ops = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("operations")).toArray();
        QCOMPARE(ops.at(0).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("blocked"));
        QCOMPARE(ops.at(0).toObject().value(QStringLiteral("httpStatus")).toInt(), 409);
    }

    void importThenExportRoundTrips()
    {
        QTemporaryDir dir;
        const QString file = write(dir, QStringLiteral("show.json"), kShow);
        const QString native = dir.filePath(QStringLiteral("lib.json"));
        QCOMPARE(ctl({QStringLiteral("import"), file, QStringLiteral("-o"), native}).exitCode, 0);
        const ProcessResult again = ctl({QStringLiteral("export"), native, QStringLiteral("--format"), QStringLiteral("native")});
        QCOMPARE(again.exitCode, 0);
        QFile f(native);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(again.out, f.readAll());
        for (const QString &fmt : {QStringLiteral("nova-api"), QStringLiteral("openstack-cli"), QStringLiteral("ansible"), QStringLiteral("heat")})
            QCOMPARE(ctl({QStringLiteral("export"), native, QStringLiteral("--format"), fmt}).exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("export"), native, QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
    }
};

VDECK_TEST_MAIN(TestVdeckctlFlavors)
#include "tst_vdeckctl_flavors.moc"
