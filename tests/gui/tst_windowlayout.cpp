// Every page fits the screen (issue 20): in English, German and French, with the example flavor
// library and the demo host under a long host name as the target, the window's minimum size stays
// within 1280x800 and 1024x768, and at those sizes no button, label, combo box, tab bar or tool
// bar of the page shown is clipped (cut, elided by force, or pushed out of the window).
#include "core/settings.h"
#include "hosts/hostmanager.h"
#include "mainwindow.h"
#include "page.h"
#include "testmain.h"
#include "testpaths.h"
#include "translation.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTranslator>
#include <QTreeView>

#include <algorithm>

namespace {

const QString kLongHost = QStringLiteral("compute-0042.rack-17.az-eu-central-1.example-cloud.internal");

QString describe(const QWidget *w)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += QLatin1Char('#') + w->objectName();
    if (const auto *b = qobject_cast<const QAbstractButton *>(w); b && !b->text().isEmpty())
        name += QStringLiteral(" \"%1\"").arg(b->text());
    if (const auto *l = qobject_cast<const QLabel *>(w); l && !l->text().isEmpty())
        name += QStringLiteral(" \"%1\"").arg(l->text().left(40));
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            name += QStringLiteral(" in ") + p->objectName();
            break;
        }
    }
    return name;
}

// Inside a scroll area's viewport, being out of view is what scrolling is for.
bool scrolled(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget()); area && area->viewport() == p)
            return true;
    }
    return false;
}

bool checksSize(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return !label->wordWrap() && !label->text().isEmpty() && label->pixmap().isNull();
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w);
}

QStringList clippedWidgets(QWidget *window)
{
    QStringList out;
    const QRect inside = window->rect();
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->isWindow() || scrolled(w, window))
            continue;
        if (qobject_cast<QAbstractButton *>(w) && w->objectName().startsWith(QLatin1String("qt_")))
            continue; // Qt's own buttons (a tab bar's scroll arrows, ...) are judged with their owner
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        if (!inside.contains(r))
            out << describe(w) + QStringLiteral(": outside the window");
        const QSize need = w->minimumSizeHint();
        if (checksSize(w) && (w->width() < need.width() || w->height() < need.height()))
            out << describe(w) + QStringLiteral(": %1x%2, needs %3x%4").arg(w->width()).arg(w->height()).arg(need.width()).arg(need.height());
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            int width = 0;
            for (int i = 0; i < tabs->count(); ++i)
                width += tabs->tabRect(i).width();
            if (width > tabs->width())
                out << describe(w) + QStringLiteral(": tabs need %1 px, have %2").arg(width).arg(tabs->width());
        }
        if (auto *header = qobject_cast<QHeaderView *>(w); header && header->orientation() == Qt::Horizontal) {
            const QFontMetrics fm(header->font());
            for (int i = 0; i < header->count(); ++i) {
                const QString text = header->model() ? header->model()->headerData(i, Qt::Horizontal).toString() : QString();
                if (header->isSectionHidden(i) || text.isEmpty())
                    continue;
                const int need = fm.horizontalAdvance(text) + 2 * w->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, w);
                if (header->sectionSize(i) < need)
                    out << describe(w) + QStringLiteral(": column \"%1\" %2 px, its title needs %3").arg(text).arg(header->sectionSize(i)).arg(need);
            }
        }
        if (auto *bar = qobject_cast<QToolBar *>(w)) {
            const auto *more = bar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button"));
            if (more && more->isVisible())
                out << describe(w) + QStringLiteral(": items hidden behind the extension button");
        }
    }
    return out;
}

// The widgets that make the window wide: every visible widget whose minimum width is more than
// `limit`, widest first (what the failure message lists).
QStringList widestWidgets(QWidget *window, int limit)
{
    QList<std::pair<int, QString>> wide;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->isVisible() && !w->isWindow() && !scrolled(w, window)) {
            const int need = std::max(w->minimumSizeHint().width(), w->minimumWidth());
            if (need > limit)
                wide.append({need, describe(w)});
        }
    }
    std::sort(wide.begin(), wide.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList out;
    for (const auto &[need, name] : std::as_const(wide))
        out << QStringLiteral("%1 px: %2").arg(need).arg(name);
    return out;
}

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesFit_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        for (const char *lang : {"en", "de", "fr"}) {
            for (const QSize size : {QSize(1280, 800), QSize(1024, 768)})
                QTest::addRow("%s %dx%d", lang, size.width(), size.height()) << QString::fromLatin1(lang) << size;
        }
    }

    void pagesFit()
    {
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        installTranslations(*QCoreApplication::instance(), lang);
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("vdeck.ini")));
        {
            MainWindow w(AppMode::Operator, &settings);
            QCOMPARE(w.openFlavorLibrary(testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors")),
                                         QStringLiteral("viommu.q35.4c8g")),
                     QString());
            w.resize(size);
            w.show();
            QSignalSpy ready(&w, &MainWindow::startHostsReady);
            w.openStartHosts(); // the demo host, renamed below as a real host would be called
            QTRY_COMPARE(ready.size(), 1);
            w.hostManager()->openSnapshotFile(QStringLiteral(":/demo/demo.vdeckhost"), kLongHost);
            QTRY_VERIFY(!w.viewsPending());
            QStringList problems;
            for (const QString &id : w.pageIds()) {
                w.showPage(id);
                QTRY_VERIFY(!w.viewsPending());
                QCoreApplication::processEvents();
                const QSize minimum = w.minimumSizeHint();
                if (minimum.width() > size.width() || minimum.height() > size.height() || w.size() != size) {
                    problems << id + QStringLiteral(": the window needs %1x%2, is %3x%4; widest: ").arg(minimum.width()).arg(minimum.height()).arg(w.width()).arg(w.height())
                                    + widestWidgets(&w, 300).mid(0, 12).join(QStringLiteral("; "));
                    continue;
                }
                for (const QString &p : clippedWidgets(&w))
                    problems << id + QStringLiteral(": ") + p;
            }
            // The operation names and verdicts are never cut (French ones were).
            w.showPage(QStringLiteral("operations"));
            auto *operations = w.findChild<QTreeView *>(QStringLiteral("operationsView"));
            QVERIFY(operations);
            for (int c : {0, 1}) {
                int need = 0;
                for (int r = 0; r < operations->model()->rowCount(); ++r)
                    need = std::max(need, operations->fontMetrics().horizontalAdvance(operations->model()->index(r, c).data().toString()) + 6);
                if (operations->columnWidth(c) < need)
                    problems << QStringLiteral("operations: column %1 is %2 px, its cells need %3").arg(c).arg(operations->columnWidth(c)).arg(need);
            }
            problems.removeDuplicates();
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
};

VDECK_GUI_TEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
