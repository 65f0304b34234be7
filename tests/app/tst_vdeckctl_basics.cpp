// vdeckctl as an operator's script sees it: version, help, exit codes.
#include "core/buildinfo.h"
#include "processutil.h"
#include "testmain.h"
#include "testpaths.h"

#include <QFile>
#include <QTemporaryDir>

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
        int withConnect = 0;
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
            // A URI scheme libvirt cannot have is a usage error that names the scheme (issue 20:
            // it exited 1 with libvirt's CA-certificate message).
            if (!help.out.contains("--connect"))
                continue;
            ++withConnect;
            const ProcessResult bogus = runProcess(testpaths::binary(QStringLiteral("vdeckctl")),
                                                   {c, QStringLiteral("--connect"), QStringLiteral("bogus://host/system"), QStringLiteral("x")});
            QVERIFY2(bogus.exitCode == 2, qPrintable(c + QStringLiteral(": ") + QString::fromUtf8(bogus.err)));
            QVERIFY2(bogus.err.contains("unknown URI scheme 'bogus'"), qPrintable(c + QStringLiteral(": ") + QString::fromUtf8(bogus.err)));
        }
        QVERIFY(withConnect >= 5);
    }

    // Every command says a missing file the same way, and a malformed one with FILE:LINE:COLUMN
    // (issue 20): "vdeckctl CMD: FILE: No such file or directory", exit 2.
    void oneMissingFileMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString missing = QStringLiteral("/nonexistent/input");
        const QString demo = testpaths::sourceFile(QStringLiteral("resources/demo/demo.vdeckhost"));
        const QString flavors = testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors"));
        QTest::newRow("lint") << QStringList{QStringLiteral("lint"), missing};
        QTest::newRow("export") << QStringList{QStringLiteral("export"), missing, QStringLiteral("--format"), QStringLiteral("heat")};
        QTest::newRow("inventory") << QStringList{QStringLiteral("inventory"), QStringLiteral("--snapshot"), missing};
        QTest::newRow("capacity") << QStringList{QStringLiteral("capacity"), QStringLiteral("--snapshot"), missing, flavors};
        QTest::newRow("check-xml") << QStringList{QStringLiteral("check-xml"), missing};
        QTest::newRow("audit") << QStringList{QStringLiteral("audit"), QStringLiteral("--facts"), missing};
        QTest::newRow("report") << QStringList{QStringLiteral("report"), missing, QStringLiteral("--snapshot"), demo};
    }

    void oneMissingFileMessage()
    {
        QFETCH(QStringList, args);
        const ProcessResult r = runProcess(testpaths::binary(QStringLiteral("vdeckctl")), args);
        QCOMPARE(r.exitCode, 2);
        const QByteArray expected = "vdeckctl " + args.constFirst().toUtf8() + ": /nonexistent/input: No such file or directory\n";
        QVERIFY2(r.err.startsWith(expected), r.err.constData());
    }

    void onePositionFormat_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        QTest::newRow("lint") << QStringLiteral("lint") << QString();
        QTest::newRow("inventory") << QStringLiteral("inventory") << QStringLiteral("--snapshot");
        QTest::newRow("audit") << QStringLiteral("audit") << QStringLiteral("--facts");
    }

    void onePositionFormat()
    {
        QFETCH(QString, command);
        QFETCH(QString, option);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bad.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"format\": \"vdeckhost\",\n  oops\n}\n");
        f.close();
        QStringList args{command};
        if (!option.isEmpty())
            args << option;
        args << file;
        const ProcessResult r = runProcess(testpaths::binary(QStringLiteral("vdeckctl")), args);
        QCOMPARE(r.exitCode, 2);
        const QByteArray expected = "vdeckctl " + command.toUtf8() + ": " + file.toUtf8() + ":3:";
        QVERIFY2(r.err.startsWith(expected), r.err.constData());
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
