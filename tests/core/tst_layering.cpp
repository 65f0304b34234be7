// The one dependency rule: models/ never includes a Qt Widgets (or Charts) header, and the
// vdeck_models target does not link them.
#include "testmain.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

class TestLayering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelsIncludeNoWidgets()
    {
        static const QRegularExpression include(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"](QtWidgets/|QtCharts/|KSyntaxHighlighting/|"
                           "Q(Widget|MainWindow|Dialog|Application|AbstractButton|LineEdit|TreeView|Chart)\\b)"),
            QRegularExpression::MultilineOption);
        int files = 0;
        QDirIterator it(testpaths::sourceFile(QStringLiteral("models")), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const auto match = include.match(text);
            QVERIFY2(!match.hasMatch(), qPrintable(path + QStringLiteral(": ") + match.captured(0).trimmed()));
            ++files;
        }
        QVERIFY(files > 0);
    }

    void modelsTargetLinksNoWidgets()
    {
        QFile f(testpaths::sourceFile(QStringLiteral("models/CMakeLists.txt")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains("Qt6::Widgets"));
        QVERIFY(!text.contains("Qt6::Charts"));
        QVERIFY(!text.contains("KF6::"));
    }
};

VDECK_TEST_MAIN(TestLayering)
#include "tst_layering.moc"
