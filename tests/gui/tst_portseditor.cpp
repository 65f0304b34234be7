// Typing a physical network into the ports table of the real window edits the flavor, and the
// table rebuilt for the edit does not pull the cell editor from under the view (issue 20: Qt
// warned "QAbstractItemView::commitData called with an editor that does not belong to this view").
#include "core/settings.h"
#include "document/flavordocument.h"
#include "flavoreditor/flavoreditor.h"
#include "mainwindow.h"
#include "messagecapture.h"
#include "pages/flavorspage.h"
#include "testmain.h"
#include "testpaths.h"

#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>

class TestPortsEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void physnetEditCommitsCleanly()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
        MainWindow w(AppMode::Operator, &settings);
        w.show();
        QCOMPARE(w.openFlavorLibrary(testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors")),
                                     QStringLiteral("vdpa.hugepage.4c8g")),
                 QString());
        w.showPage(QStringLiteral("flavors"));
        w.flavorsPage()->editor()->showDevicesTab();
        auto *table = w.findChild<QTableWidget *>(QStringLiteral("portsTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 2);
        const MessageCapture messages;
        table->setFocus();
        table->setCurrentCell(0, 1);
        table->editItem(table->item(0, 1));
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = table->findChild<QLineEdit *>()) && editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("physnet-east"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(w.flavorDocument()->current()->ports.at(0).physnet, QStringLiteral("physnet-east"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("physnet-east"));
        QVERIFY2(!messages.text().contains(QLatin1String("commitData")), qPrintable(messages.text()));
    }
};

VDECK_GUI_TEST_MAIN(TestPortsEditor)
#include "tst_portseditor.moc"
