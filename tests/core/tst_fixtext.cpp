// Fix texts are shown in the user's language (issue 20: they stayed English) while the English
// text stays what is applied and printed: FindingText::fix() translates by the shape of the text,
// keys and values taken over unchanged.
#include "core/findingtext.h"
#include "testmain.h"
#include "translation.h"

#include <QTranslator>

class TestFixText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void translatedByShape_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("shown");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("set hw:pmu=false") << QStringLiteral("set hw:pmu=false");
        QTest::newRow("de set") << QStringLiteral("de") << QStringLiteral("set hw:pmu=false") << QStringLiteral("hw:pmu=false setzen");
        QTest::newRow("fr image") << QStringLiteral("fr") << QStringLiteral("set image property hw_machine_type=q35")
                                  << QStringLiteral("définir la propriété d’image hw_machine_type=q35");
        QTest::newRow("de two") << QStringLiteral("de") << QStringLiteral("set hw:locked_memory=true and hw:mem_page_size=large")
                                << QStringLiteral("hw:locked_memory=true und hw:mem_page_size=large setzen");
        QTest::newRow("fr rename") << QStringLiteral("fr") << QStringLiteral("rename hw:cpu_polcy to hw:cpu_policy")
                                   << QStringLiteral("renommer hw:cpu_polcy en hw:cpu_policy");
        QTest::newRow("de percent kept") << QStringLiteral("de") << QStringLiteral("set hw:x=50%1") << QStringLiteral("hw:x=50%1 setzen");
        QTest::newRow("unknown shape") << QStringLiteral("de") << QStringLiteral("reboot into the BIOS") << QStringLiteral("reboot into the BIOS");
    }

    void translatedByShape()
    {
        QFETCH(QString, lang);
        QFETCH(QString, english);
        QFETCH(QString, shown);
        installTranslations(*QCoreApplication::instance(), lang);
        QCOMPARE(FindingText::fix(english), shown);
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
};

VDECK_GUI_TEST_MAIN(TestFixText)
#include "tst_fixtext.moc"
