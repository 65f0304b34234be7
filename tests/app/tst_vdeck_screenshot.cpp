// `vdeck --screenshot FILE [--page ID]` renders the real window without a display.
#include "processutil.h"
#include "testmain.h"
#include "testpaths.h"

#include <QImage>
#include <QTemporaryDir>

class TestVdeckScreenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesPngOfEveryPage_data()
    {
        QTest::addColumn<QString>("page");
        for (const char *p : {"hosts", "devices", "flavors", "xml", "findings", "operations", "capacity"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    void writesPngOfEveryPage()
    {
        QFETCH(QString, page);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shot.png"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const ProcessResult r = runProcess(testpaths::binary(QStringLiteral("vdeck")),
                                           {QStringLiteral("--screenshot"), file, QStringLiteral("--page"), page}, 60000, env);
        QVERIFY2(r.exitCode == 0 && !r.crashed, r.err.constData());
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000 && image.height() >= 600);
        // Not a blank canvas: the window has widgets and text drawn in it.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
    }

    void loadsTheFlavorOfALibrary_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("flavor");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("flavors") << QStringLiteral("flavors") << QStringLiteral("rt.pinned.8c16g") << 0 << QByteArray();
        QTest::newRow("findings") << QStringLiteral("findings") << QStringLiteral("viommu.q35.4c8g") << 0 << QByteArray();
        QTest::newRow("operations") << QStringLiteral("operations") << QStringLiteral("vdpa.hugepage.4c8g") << 0 << QByteArray();
        QTest::newRow("unknown flavor") << QStringLiteral("flavors") << QStringLiteral("nope") << 2 << QByteArray("has no flavor 'nope'");
    }

    void loadsTheFlavorOfALibrary()
    {
        QFETCH(QString, page);
        QFETCH(QString, flavor);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, error);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shot.png"));
        const ProcessResult r = runProcess(testpaths::binary(QStringLiteral("vdeck")),
                                           {QStringLiteral("--screenshot"), file, QStringLiteral("--page"), page, QStringLiteral("--flavor-file"),
                                            testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors")),
                                            QStringLiteral("--flavor"), flavor});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(error), r.err.constData());
        QCOMPARE(QImage(file).isNull(), exitCode != 0);
    }

    void flavorNeedsAFlavorFile()
    {
        QTemporaryDir dir;
        const ProcessResult r = runProcess(testpaths::binary(QStringLiteral("vdeck")),
                                           {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")), QStringLiteral("--flavor"),
                                            QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--flavor needs --flavor-file"));
    }

    void unknownPageExitsTwo()
    {
        QTemporaryDir dir;
        const ProcessResult r = runProcess(testpaths::binary(QStringLiteral("vdeck")),
                                           {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")), QStringLiteral("--page"),
                                            QStringLiteral("nonsense")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown page 'nonsense'"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }
};

VDECK_TEST_MAIN(TestVdeckScreenshot)
#include "tst_vdeck_screenshot.moc"
