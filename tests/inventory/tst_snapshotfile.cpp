// The .vdeckhost format: save (atomically) and load back to an identical snapshot; clear errors
// naming the file and the position.
#include "corpus.h"
#include "inventory/inventoryprinter.h"
#include "inventory/snapshotfile.h"
#include "testmain.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace inventory;

class TestSnapshotFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        const HostSnapshot original = corpus::snapshot();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corpus.vdeckhost"));
        QString error;
        QVERIFY2(snapshotfile::save(original, path, &error), qPrintable(error));
        HostSnapshot loaded;
        QVERIFY2(snapshotfile::load(path, &loaded, &error), qPrintable(error));
        QVERIFY(loaded == original);
        QCOMPARE(loaded.capturedAt(), original.capturedAt());
        QCOMPARE(loaded.freePagesOf(1, 2048), quint64(2048));
        QCOMPARE(loaded.capabilities().cells.size(), 2);
        QCOMPARE(loaded.graph().brokenDevices(), QStringList{QStringLiteral("pci_0000_00_1f_3")});
        QCOMPARE(inventoryTree(loaded), inventoryTree(original));
        QCOMPARE(QJsonDocument(inventoryJson(loaded)).toJson(), QJsonDocument(inventoryJson(original)).toJson());
        QCOMPARE(snapshotfile::toJson(loaded), snapshotfile::toJson(original));
    }

    void saveFailureKeepsOldFile()
    {
        QString error;
        QVERIFY(!snapshotfile::save(corpus::snapshot(), QStringLiteral("/nonexistent-dir/x.vdeckhost"), &error));
        QVERIFY2(error.startsWith(QLatin1String("/nonexistent-dir/x.vdeckhost: cannot write")), qPrintable(error));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\n  \"format\": \"vdeckhost\",\n  \"formatVersion\" 1\n}")
                                << QStringLiteral("h.vdeckhost: line 3, column 20: ");
        QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("h.vdeckhost: not a vdeckhost file");
        QTest::newRow("wrong format") << QByteArray("{\"format\": \"other\"}") << QStringLiteral("h.vdeckhost: not a vdeckhost file");
        QTest::newRow("future version") << QByteArray("{\"format\": \"vdeckhost\", \"formatVersion\": 99}")
                                        << QStringLiteral("h.vdeckhost: formatVersion 99 is not supported");
        QByteArray badDevice = snapshotfile::toJson(corpus::snapshot());
        badDevice.replace("\"xml\": \"<device>", "\"xml\": 42, \"x\": \"");
        QTest::newRow("device xml not a string") << badDevice << QStringLiteral("h.vdeckhost: $.devices[0].xml: expected a string");
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        HostSnapshot s;
        QString error;
        QVERIFY(!snapshotfile::fromJson(json, QStringLiteral("h.vdeckhost"), &s, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void missingFile()
    {
        HostSnapshot s;
        QString error;
        QVERIFY(!snapshotfile::load(QStringLiteral("/nonexistent.vdeckhost"), &s, &error));
        QVERIFY2(error.startsWith(QLatin1String("/nonexistent.vdeckhost: cannot read")), qPrintable(error));
    }
};

VDECK_TEST_MAIN(TestSnapshotFile)
#include "tst_snapshotfile.moc"
