// Settings: typed values with defaults, change signals only on change, persisted to the file,
// and no password ever written.
#include "core/settings.h"
#include "testmain.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("vdeck.ini")));
        QCOMPARE(s.novaRelease(), QStringLiteral("2025.1"));
        QCOMPARE(s.theme(), Settings::Theme::System);
        QCOMPARE(s.auditorAtStart(), false);
        QVERIFY(s.savedHosts().isEmpty());
        QVERIFY(s.computeProfile(QStringLiteral("any")).isEmpty());
    }

    void changedOnlyOnChange()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("vdeck.ini")));
        QSignalSpy spy(&s, &Settings::changed);
        s.setNovaRelease(QStringLiteral("2025.1")); // the default: no change
        QCOMPARE(spy.count(), 0);
        s.setNovaRelease(QStringLiteral("2024.1"));
        s.setNovaRelease(QStringLiteral("2024.1"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("nova/release"));
        s.setTheme(Settings::Theme::Dark);
        s.setTheme(Settings::Theme::Dark);
        QCOMPARE(spy.count(), 2);
    }

    void persistsAcrossInstances()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("vdeck.ini"));
        const QList<SavedHost> hosts{{QStringLiteral("compute-1"), QStringLiteral("qemu+ssh://nova@compute-1/system"), false, QStringLiteral("/home/op/.ssh/id_ed25519")},
                                     {QStringLiteral("audit"), QStringLiteral("qemu+tls://compute-2/system"), true, QString()}};
        {
            Settings s(file);
            s.setSavedHosts(hosts);
            s.setAuditorAtStart(true);
            s.setComputeProfile(QStringLiteral("compute-1"), QJsonObject{{QStringLiteral("cpu_dedicated_set"), QStringLiteral("2-15")}});
            s.sync();
        }
        Settings again(file);
        QCOMPARE(again.savedHosts(), hosts);
        QVERIFY(again.auditorAtStart());
        QCOMPARE(again.computeProfile(QStringLiteral("compute-1")).value(QStringLiteral("cpu_dedicated_set")).toString(), QStringLiteral("2-15"));
        QVERIFY(again.computeProfile(QStringLiteral("compute-2")).isEmpty());
    }

    void neverStoresPasswords()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("vdeck.ini"));
        {
            Settings s(file);
            s.setSavedHosts({{QStringLiteral("h"), QStringLiteral("qemu+ssh://admin:s3cr3t-Passw0rd@compute-9:2222/system?keyfile=/k"), false, {}}});
            QCOMPARE(s.savedHosts().constFirst().uri, QStringLiteral("qemu+ssh://admin@compute-9:2222/system?keyfile=/k"));
            s.sync();
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("compute-9"));
        QVERIFY(!text.contains("s3cr3t-Passw0rd"));
    }
};

VDECK_TEST_MAIN(TestSettings)
#include "tst_settings.moc"
