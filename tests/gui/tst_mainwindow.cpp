// The real main window, offscreen: its pages, menus, page switching and the mode badge.
#include "core/settings.h"
#include "mainwindow.h"
#include "page.h"
#include "testmain.h"
#include "theme.h"
#include "widgets/xmlview.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hasEveryPageInOrder()
    {
        MainWindow w(AppMode::Operator);
        QCOMPARE(w.pageIds(), (QStringList{QStringLiteral("hosts"), QStringLiteral("devices"), QStringLiteral("flavors"),
                                           QStringLiteral("findings"), QStringLiteral("operations"), QStringLiteral("capacity"),
                                           QStringLiteral("pci"), QStringLiteral("clouds"), QStringLiteral("xml")}));
        QCOMPARE(w.currentPage()->id(), QStringLiteral("hosts"));
    }

    void showPageSwitchesAndXmlMeansFlavors()
    {
        MainWindow w(AppMode::Operator);
        w.show();
        QVERIFY(w.showPage(QStringLiteral("capacity")));
        QCOMPARE(w.currentPage()->id(), QStringLiteral("capacity"));
        QVERIFY(w.showPage(QStringLiteral("xml")));
        QCOMPARE(w.currentPage()->id(), QStringLiteral("flavors"));
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("xmlPreview"))->isVisible());
        QVERIFY(!w.showPage(QStringLiteral("nope")));
        QCOMPARE(w.currentPage()->id(), QStringLiteral("flavors"));
    }

    void viewMenuShortcutsSwitchPages()
    {
        MainWindow w(AppMode::Operator);
        auto *action = w.findChild<QAction *>(QStringLiteral("actionPage_devices"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
        action->trigger();
        QCOMPARE(w.currentPage()->id(), QStringLiteral("devices"));
        auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("pageSidebar"));
        sidebar->setCurrentRow(5);
        QCOMPARE(w.currentPage()->id(), QStringLiteral("capacity"));
    }

    void modeIsAlwaysVisible_data()
    {
        QTest::addColumn<bool>("auditor");
        QTest::newRow("operator") << false;
        QTest::newRow("auditor") << true;
    }

    void modeIsAlwaysVisible()
    {
        QFETCH(bool, auditor);
        MainWindow w(auditor ? AppMode::Auditor : AppMode::Operator);
        auto *badge = w.statusBar()->findChild<QLabel *>(QStringLiteral("modeBadge"));
        QVERIFY(badge);
        QCOMPARE(badge->text(), appModeLabel(w.mode()));
        QCOMPARE(w.windowTitle().contains(QLatin1String("Auditor")), auditor);
        QCOMPARE(badge->text().contains(QLatin1String("Auditor")), auditor);
    }

    void themeMenuRepaintsAndIsRemembered()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
        MainWindow w(AppMode::Operator, &settings);
        w.show();
        auto *dark = w.findChild<QAction *>(QStringLiteral("actionTheme_dark"));
        auto *light = w.findChild<QAction *>(QStringLiteral("actionTheme_light"));
        QVERIFY(dark && light && w.findChild<QAction *>(QStringLiteral("actionTheme_system")));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionTheme_system"))->isChecked());
        auto *xml = w.findChild<XmlView *>();
        QVERIFY(xml);

        dark->trigger();
        QVERIFY(dark->isChecked());
        QCOMPARE(settings.theme(), Settings::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QTRY_VERIFY(w.palette().color(QPalette::Base).lightness() < 100);
        QTRY_VERIFY2(xml->themeName().contains(QLatin1String("Dark"), Qt::CaseInsensitive)
                         || xml->themeName().contains(QLatin1String("Breeze Dark")), qPrintable(xml->themeName()));
        const QString darkTheme = xml->themeName();

        light->trigger();
        QCOMPARE(settings.theme(), Settings::Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
        QTRY_VERIFY(xml->themeName() != darkTheme);

        // The next start reads it back.
        Settings again(dir.filePath(QStringLiteral("vdeck.ini")));
        QCOMPARE(again.theme(), Settings::Theme::Light);
        applyTheme(Settings::Theme::System);
    }

    void themeNames()
    {
        QCOMPARE(themeFromName(QStringLiteral("dark")), Settings::Theme::Dark);
        QCOMPARE(themeFromName(QStringLiteral("light")), Settings::Theme::Light);
        QCOMPARE(themeFromName(QStringLiteral("system")), Settings::Theme::System);
        QCOMPARE(themeFromName(QStringLiteral("Dark")), std::nullopt);
    }
};

VDECK_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
