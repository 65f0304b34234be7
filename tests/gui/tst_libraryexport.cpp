// Exporting flavors Nova would refuse is asked for, not assumed (issue 20): with a flavor that
// has errors, every export format asks first, names the flavor, and writes nothing on Cancel.
#include "core/settings.h"
#include "dialogs/filechooser.h"
#include "document/flavordocument.h"
#include "mainwindow.h"
#include "testmain.h"
#include "testpaths.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QFile>
#include <QTemporaryDir>

class TestLibraryExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportWithErrorsAsks()
    {
        MessageBox::instance().clearAnswers();
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
        MainWindow w(AppMode::Operator, &settings);
        auto files = std::make_shared<ScriptedFileChooser>();
        w.setFileChooser(files);
        QCOMPARE(w.openFlavorLibrary(testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors")),
                                     QStringLiteral("viommu.q35.4c8g")),
                 QString());
        QVERIFY(w.flavorDocument()->flavorsWithErrors().isEmpty());
        QVERIFY(w.flavorDocument()->setSpec(QStringLiteral("hw:cpu_policy"), QStringLiteral("sometimes")));
        QCOMPARE(w.flavorDocument()->flavorsWithErrors(), QStringList{QStringLiteral("viommu.q35.4c8g")});

        const QString out = dir.filePath(QStringLiteral("flavors.sh"));
        files->queueAnswer(out);
        MessageBox::instance().queueAnswer(QMessageBox::Cancel);
        w.findChild<QAction *>(QStringLiteral("actionExport_openstack-cli"))->trigger();
        QVERIFY(!QFile::exists(out));
        QVERIFY(files->hasQueuedAnswers()); // no file was asked for

        MessageBox::instance().queueAnswer(QMessageBox::Yes);
        w.findChild<QAction *>(QStringLiteral("actionExport_openstack-cli"))->trigger();
        QVERIFY(QFile::exists(out));
    }
};

VDECK_GUI_TEST_MAIN(TestLibraryExport)
#include "tst_libraryexport.moc"
