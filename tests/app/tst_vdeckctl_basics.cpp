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

    // Every command listed by --help answers its own --help with its usage line, and an
    // unknown option with exit 2, its name and its usage line.
    void everyCommandHasHelp()
    {
        const ProcessResult list = runProcess(testpaths::binary(QStringLiteral("vdeckctl")), {QStringLiteral("--help")});
        QStringList commands;
        bool inCommands = false;
        for (const QByteArray &line : list.out.split('\n')) {
            if (line == "Commands:") {
                inCommands = true;
            } else if (inCommands && line.startsWith("  ")) {
                commands.append(QString::fromUtf8(line.trimmed().split(' ').constFirst()));
            } else if (inCommands) {
                break;
            }
        }
        QVERIFY2(commands.size() >= 10, qPrintable(commands.join(QLatin1Char(' '))));
        for (const QString &c : std::as_const(commands)) {
            if (c == QLatin1String("version"))
                continue;
            const ProcessResult help = runProcess(testpaths::binary(QStringLiteral("vdeckctl")), {c, QStringLiteral("--help")});
            QVERIFY2(help.exitCode == 0, qPrintable(c));
            QVERIFY2(help.out.startsWith(QByteArray("Usage: vdeckctl " + c.toUtf8())), qPrintable(c + QStringLiteral(": ") + QString::fromUtf8(help.out)));
            QVERIFY2(help.out.contains("Options:"), qPrintable(c));
            const ProcessResult bad = runProcess(testpaths::binary(QStringLiteral("vdeckctl")), {c, QStringLiteral("--no-such-option")});
            QVERIFY2(bad.exitCode == 2, qPrintable(c));
            QVERIFY2(bad.err.startsWith(QByteArray("vdeckctl " + c.toUtf8() + ": ")), qPrintable(c + QStringLiteral(": ") + QString::fromUtf8(bad.err)));
            QVERIFY2(bad.err.contains(QByteArray("Usage: vdeckctl " + c.toUtf8())), qPrintable(c));
        }
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
