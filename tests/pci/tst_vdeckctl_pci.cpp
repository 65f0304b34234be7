// `vdeckctl pci` and `vdeckctl drift` end to end on the demo host: the snapshot, libvirt's test
// driver with the demo host's XML, a nova.conf on disk; exit codes and error messages.
#include "processutil.h"
#include "testmain.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString demo()
{
    return testpaths::sourceFile(QStringLiteral("resources/demo/demo.vdeckhost"));
}

ProcessResult vdeckctl(const QStringList &args)
{
    return runProcess(testpaths::binary(QStringLiteral("vdeckctl")), args);
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    return f.fileName();
}

QStringList codes(const QByteArray &json)
{
    QStringList out;
    for (const QJsonValue &f : QJsonDocument::fromJson(json).object().value(QLatin1String("findings")).toArray())
        out << f.toObject().value(QLatin1String("code")).toString();
    return out;
}
}

class TestVdeckctlPci : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pciJsonOnTheDemoHost()
    {
        QTemporaryDir dir;
        const QString conf = write(dir, QStringLiteral("nova.conf"),
                                   "[pci]\n"
                                   "device_spec = {\"vendor_id\": \"10de\", \"product_id\": \"1eb8\"}\n"
                                   "alias = {\"name\": \"t4\", \"vendor_id\": \"10de\", \"product_id\": \"1eb8\", \"device_type\": \"type-PCI\"}\n"
                                   "report_in_placement = true\n");
        const ProcessResult r = vdeckctl({QStringLiteral("pci"), QStringLiteral("--snapshot"), demo(), QStringLiteral("--conf"), conf, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("host")).toString(), QStringLiteral("compute-r750-07.demo.vdeck"));
        QCOMPARE(o.value(QLatin1String("option")).toString(), QStringLiteral("device_spec"));
        QJsonObject gpu;
        for (const QJsonValue &d : o.value(QLatin1String("devices")).toArray()) {
            if (d.toObject().value(QLatin1String("address")).toString() == QLatin1String("0000:ca:00.0"))
                gpu = d.toObject();
        }
        QCOMPARE(gpu.value(QLatin1String("devType")).toString(), QStringLiteral("type-PCI"));
        QCOMPARE(gpu.value(QLatin1String("spec")).toInt(), 0);
        QCOMPARE(gpu.value(QLatin1String("specOrigin")).toString(), conf + QStringLiteral(":2"));
        QCOMPARE(gpu.value(QLatin1String("aliases")).toArray(), QJsonArray{QStringLiteral("t4")});
        QCOMPARE(gpu.value(QLatin1String("resourceClass")).toString(), QStringLiteral("CUSTOM_PCI_10DE_1EB8"));
        QVERIFY(codes(r.out).isEmpty());
    }

    void pciErrorsAndExitCodes()
    {
        QTemporaryDir dir;
        const QString invalid = write(dir, QStringLiteral("invalid.conf"), "[pci]\ndevice_spec = {\"address\": \"0000:17:00.9\"}\n");
        ProcessResult r = vdeckctl({QStringLiteral("pci"), QStringLiteral("--snapshot"), demo(), QStringLiteral("--conf"), invalid});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QByteArray("error [D] PCI_SPEC_INVALID: " + invalid.toUtf8() + ":2: nova-compute refuses to start: PciConfigInvalidSpec: property func (9) is greater than the maximum allowable value (7).")),
                 r.out.constData());

        const QString malformed = write(dir, QStringLiteral("malformed.conf"), "[pci]\n\n   device_spec = {}\n");
        r = vdeckctl({QStringLiteral("pci"), QStringLiteral("--snapshot"), demo(), QStringLiteral("--conf"), malformed});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed(), QByteArray("vdeckctl pci: " + malformed.toUtf8() + ": line 3: unexpected continuation line"));

        r = vdeckctl({QStringLiteral("pci"), QStringLiteral("--conf"), malformed});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("give exactly one of --snapshot and --connect"));
        r = vdeckctl({QStringLiteral("pci"), QStringLiteral("--snapshot"), demo(), QStringLiteral("--alias-name"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--alias-name needs --compose"));
        r = vdeckctl({QStringLiteral("pci"), QStringLiteral("--snapshot"), demo(), QStringLiteral("--conf"), dir.filePath(QStringLiteral("none.conf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QByteArray("cannot read " + dir.filePath(QStringLiteral("none.conf")).toUtf8())));
    }

    void composeOnTheTestDriverHost()
    {
        const QString uri = QStringLiteral("test://") + testpaths::sourceFile(QStringLiteral("resources/demo/demo-testdriver.xml"));
        const ProcessResult r = vdeckctl({QStringLiteral("pci"), QStringLiteral("--connect"), uri, QStringLiteral("--compose"), QStringLiteral("0000:b1:01.2"),
                                          QStringLiteral("--all-vfs"), QStringLiteral("--alias-name"), QStringLiteral("e810vf")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out),
                 QStringLiteral("# nova.conf of the compute nodes\n[pci]\n"
                                "device_spec = {\"address\":\"0000:b1:00.0\",\"product_id\":\"1889\",\"vendor_id\":\"8086\"}\n"
                                "alias = {\"device_type\":\"type-VF\",\"name\":\"e810vf\",\"product_id\":\"1889\",\"vendor_id\":\"8086\"}\n\n"
                                "# nova.conf of the API and scheduler nodes (nova-api, nova-scheduler)\n[pci]\n"
                                "alias = {\"device_type\":\"type-VF\",\"name\":\"e810vf\",\"product_id\":\"1889\",\"vendor_id\":\"8086\"}\n"));
    }

    void driftOfTheTestDriverHostAgainstTheSnapshot()
    {
        ProcessResult r = vdeckctl({QStringLiteral("drift"), QStringLiteral("--baseline"), demo(), QStringLiteral("--snapshot"), demo()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("compute-r750-07.demo.vdeck against the baseline of 2026-11-01T09:30:00Z: no drift"), r.out.constData());
        // libvirt's test driver cannot hold vDPA devices: the same host "rebooted" without them
        const QString uri = QStringLiteral("test://") + testpaths::sourceFile(QStringLiteral("resources/demo/demo-testdriver.xml"));
        r = vdeckctl({QStringLiteral("drift"), QStringLiteral("--baseline"), demo(), QStringLiteral("--connect"), uri, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QStringList found = codes(r.out);
        QVERIFY2(found.count(QStringLiteral("DRIFT_VDPA_MISSING")) == 4, r.out.constData());
        r = vdeckctl({QStringLiteral("drift"), QStringLiteral("--snapshot"), demo()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("give --baseline F"));
    }
};

VDECK_TEST_MAIN(TestVdeckctlPci)
#include "tst_vdeckctl_pci.moc"
