// Translations: the catalogues are complete, and --lang de / fr give German / French menus and
// Qt's own dialog buttons.
#include "mainwindow.h"
#include "testmain.h"
#include "testpaths.h"
#include "translation.h"

#include <QDate>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << QStringLiteral("translations/vdeck_de.ts");
        QTest::newRow("fr") << QStringLiteral("translations/vdeck_fr.ts");
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, file);
        QFile f(testpaths::sourceFile(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ts = f.readAll();
        QVERIFY(ts.count("<message") > 40);
        QVERIFY2(!ts.contains("type=\"unfinished\""), "untranslated strings: run the update_translations target and translate them");
        QVERIFY(!ts.contains("<translation/>") && !ts.contains("<translation></translation>"));
    }

    void menusFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("menus");
        QTest::newRow("de") << QStringLiteral("de") << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")};
        QTest::newRow("fr") << QStringLiteral("fr") << QStringList{QStringLiteral("&Fichier"), QStringLiteral("Affic&hage"), QStringLiteral("&Aide")};
        QTest::newRow("en") << QStringLiteral("en") << QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")};
    }

    void menusFollowTheLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, menus);
        const QString loaded = installTranslations(*QCoreApplication::instance(), lang);
        QCOMPARE(loaded.isEmpty(), lang == QLatin1String("en"));
        {
            MainWindow w(AppMode::Auditor);
            QStringList titles;
            for (QAction *a : w.menuBar()->actions())
                titles.append(a->text());
            QCOMPARE(titles, menus);
        }
        // Qt's own texts too: a message box's buttons ("Save changes?" on quit) are not English
        // in a German or French window.
        const QString cancel = lang == QLatin1String("de") ? QStringLiteral("Abbrechen") : lang == QLatin1String("fr") ? QStringLiteral("Annuler") : QStringLiteral("Cancel");
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
        // Dates follow the language too (issue 20: they stayed English).
        const QString date = QLocale().toString(QDate(2026, 12, 3), QLocale::LongFormat);
        const QString month = lang == QLatin1String("de") ? QStringLiteral("Dezember") : lang == QLatin1String("fr") ? QStringLiteral("décembre") : QStringLiteral("December");
        QVERIFY2(date.contains(month), qPrintable(date));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
};

VDECK_GUI_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
