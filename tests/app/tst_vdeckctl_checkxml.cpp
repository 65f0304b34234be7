// `vdeckctl check-xml` as scripts use it: schema verdicts, host verdicts from a real daemon,
// exit codes, JSON fields.
#include "libvirtdaemonfixture.h"
#include "processutil.h"
#include "testmain.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
const QByteArray kGood = "<domain type='qemu'>\n  <name>x</name>\n  <memory unit='KiB'>131072</memory>\n  <vcpu>1</vcpu>\n"
                         "  <os><type arch='x86_64' machine='q35'>hvm</type></os>\n"
                         "  <features><ioapic driver='qemu'/></features>\n"
                         "  <devices><iommu model='intel'><driver intremap='on' caching_mode='on' eim='on'/></iommu></devices>\n</domain>\n";

QString write(QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return f.fileName();
}

ProcessResult vdeckctl(const QStringList &args)
{
    return runProcess(testpaths::binary(QStringLiteral("vdeckctl")), args, 120000);
}
}

class TestVdeckctlCheckXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validDocument()
    {
        const QString file = write(m_dir, QStringLiteral("good.xml"), kGood);
        const ProcessResult r = vdeckctl({QStringLiteral("check-xml"), file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), file + QStringLiteral(": schema valid\n"));
    }

    void invalidDocumentExitsOneWithLines()
    {
        QByteArray bad = kGood;
        bad.replace("model='intel'", "model='none'");
        const QString file = write(m_dir, QStringLiteral("bad.xml"), bad);
        const ProcessResult r = vdeckctl({QStringLiteral("check-xml"), file, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("file")).toString(), file);
        QCOMPARE(o.value(QStringLiteral("schema")).toObject().value(QStringLiteral("valid")).toBool(true), false);
        QVERIFY(!o.value(QStringLiteral("schema")).toObject().value(QStringLiteral("issues")).toArray().isEmpty());
    }

    void malformedOrMissingExitsTwo()
    {
        const QString file = write(m_dir, QStringLiteral("broken.xml"), "<domain>\n<name>x</nam>\n</domain>\n");
        ProcessResult r = vdeckctl({QStringLiteral("check-xml"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith((file + QStringLiteral(":2: not well-formed XML")).toUtf8()), r.err.constData());
        r = vdeckctl({QStringLiteral("check-xml"), m_dir.filePath(QStringLiteral("missing.xml"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("missing.xml"));
        r = vdeckctl({QStringLiteral("check-xml")});
        QCOMPARE(r.exitCode, 2);
    }

    void onHost()
    {
        LibvirtDaemonFixture daemon;
        QString error;
        QVERIFY2(daemon.start(&error), qPrintable(error));
        const QString good = write(m_dir, QStringLiteral("good.xml"), kGood);
        ProcessResult r = vdeckctl({QStringLiteral("check-xml"), good, QStringLiteral("--connect"), daemon.uri()});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(r.out.contains(QByteArray(": host " + daemon.uri().toUtf8() + ": accepted\n")));

        // Schema-valid, but QEMU's driver refuses an Intel IOMMU on the 'pc' machine type.
        QByteArray pc = kGood;
        pc.replace("machine='q35'", "machine='pc'");
        const QString file = write(m_dir, QStringLiteral("pc.xml"), pc);
        r = vdeckctl({QStringLiteral("check-xml"), file, QStringLiteral("--connect"), daemon.uri(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject host = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("host")).toObject();
        QCOMPARE(host.value(QStringLiteral("accepted")).toBool(true), false);
        QVERIFY(host.value(QStringLiteral("message")).toString().contains(QLatin1String("Q35"), Qt::CaseInsensitive));

        r = vdeckctl({QStringLiteral("check-xml"), good, QStringLiteral("--connect"), daemon.readOnlyUri()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(": refused: "));
        r = vdeckctl({QStringLiteral("check-xml"), good, QStringLiteral("--connect"), QStringLiteral("qemu:///system?socket=/nonexistent/sock")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("cannot connect"));
    }

private:
    QTemporaryDir m_dir;
};

VDECK_TEST_MAIN(TestVdeckctlCheckXml)
#include "tst_vdeckctl_checkxml.moc"
