// vdeckctl as an operator's script sees it: version, help, exit codes.
#include "core/buildinfo.h"
#include "processutil.h"
#include "testmain.h"
#include "testpaths.h"

class TestVdeckctlBasics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionPrintsTheCMakeVersion()
    {
        const ProcessResult r = runProcess(testpaths::binary(QStringLiteral("vdeckctl")), {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("vdeckctl %1\n").arg(buildinfo::version()));
        QVERIFY(QRegularExpression(QStringLiteral(R"(^\d+\.\d+\.\d+$)")).match(buildinfo::version()).hasMatch());
    }

    void helpListsCommands()
    {
        const ProcessResult r = runProcess(testpaths::binary(QStringLiteral("vdeckctl")), {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Usage: vdeckctl"));
        QVERIFY(r.out.contains("  version"));
    }

    void versionCommandNamesLibraries()
    {
        const ProcessResult r = runProcess(testpaths::binary(QStringLiteral("vdeckctl")), {QStringLiteral("version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("\nlibvirt 1")); // libvirt 10 or later
        QVERIFY(r.out.contains("\nQt 6."));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const ProcessResult r = runProcess(testpaths::binary(QStringLiteral("vdeckctl")), args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("Usage: vdeckctl"));
    }
};

VDECK_TEST_MAIN(TestVdeckctlBasics)
#include "tst_vdeckctl_basics.moc"
