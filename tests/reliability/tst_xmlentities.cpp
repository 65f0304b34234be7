// Security: XML from hosts and files never resolves entities or fetches anything. XXE payloads
// (an external entity to a local secret file, an external entity, a parameter entity and an
// external DTD on http://127.0.0.1:PORT, XInclude) in every place vDeck reads XML:
// - node-device XML, as a host sends it (the parser the live connection uses);
// - a .vdeckhost snapshot: device XML and capabilities XML, loaded in-process and by
//   `vdeckctl inventory --snapshot`;
// - a flavor file whose flavor name and description carry the payload into the domain XML that
//   `vdeckctl xml` writes (it must stay text, never become markup) and then validates;
// - a domain XML file handed to `vdeckctl check-xml` (libxml2 and libvirt's RelaxNG schema).
// The listener on PORT must see no connection, and the secret's content appears nowhere.
#include "inventory/nodedeviceparser.h"
#include "inventory/snapshotfile.h"
#include "processutil.h"
#include "testmain.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>
#include <QXmlStreamReader>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString vdeckctl()
{
    return testpaths::binary(QStringLiteral("vdeckctl"));
}

} // namespace

class TestXmlEntities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_listener.listen(QHostAddress::LocalHost));
        m_secret = "vdeck-xxe-secret-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        m_secretPath = m_dir.filePath(QStringLiteral("secret.txt"));
        QVERIFY(writeFile(m_secretPath, m_secret));
        const QByteArray url = "http://127.0.0.1:" + QByteArray::number(m_listener.serverPort());
        const QByteArray file = "file://" + m_secretPath.toUtf8();
        // Each payload names the root element it is for with ROOT.
        m_payloads = {
            {"external entity to a file", "<!DOCTYPE ROOT [<!ENTITY x SYSTEM \"" + file + "\">]>", "&x;"},
            {"external entity over http", "<!DOCTYPE ROOT [<!ENTITY x SYSTEM \"" + url + "/entity\">]>", "&x;"},
            {"parameter entity over http", "<!DOCTYPE ROOT [<!ENTITY % p SYSTEM \"" + url + "/parameter\"> %p;]>", ""},
            {"external DTD over http", "<!DOCTYPE ROOT SYSTEM \"" + url + "/dtd\">", ""},
            {"XInclude over http", "", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + url + "/xinclude\" parse=\"text\"/>"},
        };
    }

    void nodeDeviceXml()
    {
        for (const Payload &p : m_payloads) {
            const QByteArray xml = p.prolog("device") + "<device><name>pci_0000_00_1f_4</name><parent>computer" + p.reference
                                 + "</parent><capability type='pci'><domain>0</domain><bus>0</bus><slot>31</slot>"
                                   "<function>4</function><product id='0x1234'/><vendor id='0x8086'/></capability></device>";
            const inventory::Device d = inventory::parseNodeDevice(QString::fromUtf8(xml));
            QVERIFY2(d.broken || p.what == QByteArrayLiteral("XInclude over http"), p.what);
            QVERIFY2(!d.parent.contains(QString::fromUtf8(m_secret)) && !d.error.contains(QString::fromUtf8(m_secret)), p.what);
            if (!p.prolog("device").isEmpty())
                QVERIFY2(d.error.contains(QLatin1String("DTD")), QByteArray(p.what + ": " + d.error.toUtf8()).constData());
            expectNoConnection(p.what);
        }
    }

    void vdeckhostSnapshot()
    {
        const QString path = m_dir.filePath(QStringLiteral("xxe.vdeckhost"));
        QVERIFY(writeFile(path, hostileSnapshot(false)));
        inventory::HostSnapshot snapshot;
        QString error;
        QVERIFY2(inventory::snapshotfile::load(path, &snapshot, &error), qPrintable(error));
        int broken = 0;
        for (const inventory::Device &d : snapshot.graph().devices()) {
            broken += d.broken;
            QVERIFY(!d.parent.contains(QString::fromUtf8(m_secret)) && !d.error.contains(QString::fromUtf8(m_secret)));
        }
        QVERIFY2(broken >= 4, qPrintable(QString::number(broken))); // every DTD payload at least
        expectNoConnection("snapshot loaded in-process");
        runInventory(path);

        // A DTD in front of the capabilities: refused or ignored, never resolved.
        const QString capsPath = m_dir.filePath(QStringLiteral("xxe-caps.vdeckhost"));
        QVERIFY(writeFile(capsPath, hostileSnapshot(true)));
        if (!inventory::snapshotfile::load(capsPath, &snapshot, &error))
            QVERIFY2(error.contains(QLatin1String("xxe-caps.vdeckhost")) && error.contains(QLatin1String("DTD")), qPrintable(error));
        QVERIFY(!error.contains(QString::fromUtf8(m_secret)));
        expectNoConnection("capabilities loaded in-process");
        runInventory(capsPath);
    }

    void flavorFileIntoDomainXml()
    {
        // The payload rides in the flavor's name, which the domain XML carries in a comment
        // (Nova allows "--" in names, vDeck's own format takes any text): `vdeckctl xml` must
        // keep it text, the document must stay well-formed and valid, and nothing is fetched.
        QJsonObject library = QJsonDocument::fromJson(readAll(testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors")))).object();
        QJsonArray flavors = library.value(QStringLiteral("flavors")).toArray();
        QJsonObject flavor = flavors.first().toObject();
        const QString name = QStringLiteral("rt--xxe --> ") + QString::fromUtf8(m_payloads.at(1).prolog("domain")) + QStringLiteral(" <!-- &x; -");
        flavor.insert(QStringLiteral("name"), name);
        flavors.replace(0, flavor);
        library.insert(QStringLiteral("flavors"), flavors);
        const QString path = m_dir.filePath(QStringLiteral("xxe.vdeckflavors"));
        QVERIFY(writeFile(path, QJsonDocument(library).toJson()));

        const QString out = m_dir.filePath(QStringLiteral("xxe-domain.xml"));
        const ProcessResult r = runProcess(vdeckctl(), {QStringLiteral("xml"), path, QStringLiteral("--flavor"), name, QStringLiteral("--snapshot"),
                                                        testpaths::sourceFile(QStringLiteral("resources/demo/demo.vdeckhost")), QStringLiteral("--validate")},
                                           120000);
        QVERIFY2(!r.crashed && !r.timedOut, r.err.constData());
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.err)));
        // The payload is text inside the comment: no DTD, no entity reference, well-formed.
        QXmlStreamReader reader(r.out);
        int comments = 0;
        while (!reader.atEnd()) {
            const QXmlStreamReader::TokenType t = reader.readNext();
            QVERIFY2(t != QXmlStreamReader::DTD && t != QXmlStreamReader::EntityReference, r.out.constData());
            comments += t == QXmlStreamReader::Comment && reader.text().contains(QLatin1String("DOCTYPE"));
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(comments, 1);
        QVERIFY(writeFile(out, r.out));
        const ProcessResult check = runProcess(vdeckctl(), {QStringLiteral("check-xml"), out});
        QVERIFY2(check.exitCode == 0, QByteArray(check.out + check.err).constData());
        expectNoConnection("flavor file");
    }

    void domainXmlFile()
    {
        const QByteArray domain = "<domain type='kvm'><name>xxe</name><memory unit='KiB'>1048576</memory><vcpu>1</vcpu>"
                                  "<description>REF</description><os><type arch='x86_64' machine='q35'>hvm</type></os></domain>";
        for (const Payload &p : m_payloads) {
            const QString path = m_dir.filePath(QStringLiteral("xxe-check.xml"));
            QByteArray xml = p.prolog("domain") + domain;
            xml.replace("REF", p.reference);
            QVERIFY(writeFile(path, xml));
            for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--json")}}) {
                const ProcessResult r = runProcess(vdeckctl(), QStringList{QStringLiteral("check-xml"), path} + extra);
                QVERIFY2(!r.crashed && !r.timedOut, p.what);
                QVERIFY2(r.exitCode == 0 || r.exitCode == 1 || r.exitCode == 2, p.what);
                QVERIFY2(!r.out.contains(m_secret) && !r.err.contains(m_secret), QByteArray(p.what + ": " + r.out + r.err).constData());
                expectNoConnection(p.what);
            }
        }
    }

private:
    struct Payload
    {
        QByteArray what;
        QByteArray doctype;   // with ROOT for the root element
        QByteArray reference; // what goes into an element's text
        QByteArray prolog(const QByteArray &root) const { return QByteArray(doctype).replace("ROOT", root); }
    };

    // The demo host plus a device per payload, or with a file entity before the capabilities.
    QByteArray hostileSnapshot(bool inCapabilities) const
    {
        QJsonObject host = QJsonDocument::fromJson(readAll(testpaths::sourceFile(QStringLiteral("resources/demo/demo.vdeckhost")))).object();
        if (inCapabilities) {
            const QString caps = host.value(QStringLiteral("capabilitiesXml")).toString();
            host.insert(QStringLiteral("capabilitiesXml"), QString(QString::fromUtf8(m_payloads.at(0).prolog("capabilities")) + caps));
            return QJsonDocument(host).toJson();
        }
        QJsonArray devices = host.value(QStringLiteral("devices")).toArray();
        for (qsizetype i = 0; i < m_payloads.size(); ++i) {
            const Payload &p = m_payloads.at(i);
            const QString name = QStringLiteral("pci_0000_ff_00_%1").arg(i);
            const QByteArray xml = p.prolog("device") + "<device><name>" + name.toUtf8() + "</name><parent>computer" + p.reference
                                 + "</parent><capability type='pci'><domain>0</domain><bus>255</bus><slot>0</slot><function>"
                                 + QByteArray::number(i) + "</function><product id='0x1234'/><vendor id='0x8086'/></capability></device>";
            devices.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("xml"), QString::fromUtf8(xml)}});
        }
        host.insert(QStringLiteral("devices"), devices);
        return QJsonDocument(host).toJson();
    }

    void runInventory(const QString &path)
    {
        for (const char *format : {"--json", "--tree"}) {
            const ProcessResult r = runProcess(vdeckctl(), {QStringLiteral("inventory"), QStringLiteral("--snapshot"), path, QLatin1String(format)});
            QVERIFY2(!r.crashed && !r.timedOut, r.err.constData());
            QVERIFY2(r.exitCode == 0 || r.exitCode == 2, r.err.constData());
            QVERIFY2(!r.out.contains(m_secret) && !r.err.contains(m_secret), format);
            expectNoConnection(format);
        }
    }

    void expectNoConnection(const QByteArray &what)
    {
        QVERIFY2(!m_listener.waitForNewConnection(50) && !m_listener.hasPendingConnections(),
                 QByteArray("something connected to the listener: " + what).constData());
    }

    QTemporaryDir m_dir;
    QTcpServer m_listener;
    QByteArray m_secret;
    QString m_secretPath;
    QList<Payload> m_payloads;
};

VDECK_TEST_MAIN(TestXmlEntities)
#include "tst_xmlentities.moc"
