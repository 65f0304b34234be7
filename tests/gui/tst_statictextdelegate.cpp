// StaticTextDelegate draws the pixels QStyledItemDelegate draws (icons, selection, colours,
// elision, alignment, right-to-left), and lays a text out once for all later paints.
#include "testmain.h"
#include "widgets/statictextdelegate.h"

#include <QPainter>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTest>
#include <QTreeView>

#include <memory>

namespace {

QIcon redIcon()
{
    QPixmap p(16, 16);
    p.fill(Qt::red);
    return QIcon(p);
}

QImage render(const QStyledItemDelegate &delegate, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QImage image(option.rect.size() + QSize(4, 4), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    delegate.paint(&p, option, index);
    return image;
}

// A cell of `width` x 24 as an active, enabled view asks it to be drawn: left aligned, eliding
// on the right, 16-pixel icons, the application's font and palette.
QStyleOptionViewItem cell(int width)
{
    QStyleOptionViewItem option;
    option.rect = QRect(2, 2, width, 24);
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    option.textElideMode = Qt::ElideRight;
    option.decorationSize = QSize(16, 16);
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.palette = QApplication::palette();
    return option;
}

} // namespace

class TestStaticTextDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samePixels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("icon");
        QTest::addColumn<bool>("selected");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("alignment");
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("elide");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<bool>("coloured");
        const int left = Qt::AlignLeft | Qt::AlignVCenter;
        const int right = Qt::AlignRight | Qt::AlignVCenter;
        const QString vf = QStringLiteral("pci_0000_17_00_3");
        const QString product = QStringLiteral("ConnectX Family mlx5Gen Virtual Function");
        QTest::newRow("plain") << vf << false << false << 200 << left << int(Qt::LeftToRight) << int(Qt::ElideRight) << true << false;
        QTest::newRow("icon") << vf << true << false << 200 << left << int(Qt::LeftToRight) << int(Qt::ElideRight) << true << false;
        QTest::newRow("selected") << vf << true << true << 200 << left << int(Qt::LeftToRight) << int(Qt::ElideRight) << true << false;
        QTest::newRow("elided right") << product << true << false << 120 << left << int(Qt::LeftToRight) << int(Qt::ElideRight) << true << false;
        QTest::newRow("elided middle") << product << false << true << 110 << left << int(Qt::LeftToRight) << int(Qt::ElideMiddle) << true << false;
        QTest::newRow("right aligned") << QStringLiteral("16") << false << false << 80 << right << int(Qt::LeftToRight) << int(Qt::ElideRight) << true << false;
        QTest::newRow("right to left") << vf << true << false << 200 << left << int(Qt::RightToLeft) << int(Qt::ElideRight) << true << false;
        QTest::newRow("disabled") << vf << true << false << 200 << left << int(Qt::LeftToRight) << int(Qt::ElideRight) << false << false;
        QTest::newRow("foreground role") << vf << false << false << 200 << left << int(Qt::LeftToRight) << int(Qt::ElideRight) << true << true;
        QTest::newRow("two lines (left to the style)") << QStringLiteral("a\nb") << false << false << 200 << left << int(Qt::LeftToRight)
                                                       << int(Qt::ElideRight) << true << false;
    }

    void samePixels()
    {
        QFETCH(QString, text);
        QFETCH(bool, icon);
        QFETCH(bool, selected);
        QFETCH(int, width);
        QFETCH(int, alignment);
        QFETCH(int, direction);
        QFETCH(int, elide);
        QFETCH(bool, enabled);
        QFETCH(bool, coloured);
        QStandardItemModel model;
        auto *item = new QStandardItem(text);
        if (icon)
            item->setIcon(redIcon());
        if (coloured)
            item->setForeground(QColor(0, 128, 0));
        model.appendRow(item);
        QStyleOptionViewItem option = cell(width);
        option.state = QStyle::State_Active | (enabled ? QStyle::State_Enabled : QStyle::State_None)
                       | (selected ? QStyle::State_Selected : QStyle::State_None);
        option.direction = Qt::LayoutDirection(direction);
        option.displayAlignment = Qt::Alignment(alignment);
        option.textElideMode = Qt::TextElideMode(elide);
        const QModelIndex index = model.index(0, 0);

        const QStyledItemDelegate reference;
        const StaticTextDelegate delegate;
        const QImage expected = render(reference, option, index);
        const QImage first = render(delegate, option, index);
        const QImage again = render(delegate, option, index); // from the cache
        QCOMPARE(first, expected);
        QCOMPARE(again, expected);
        QCOMPARE(delegate.cachedTexts(), text.contains(u'\n') ? 0 : 1);
    }

    // One layout per text and width: a repaint lays nothing out again; another width is another text.
    void cachesPerWidth()
    {
        QStandardItemModel model;
        model.appendRow(new QStandardItem(QStringLiteral("ConnectX Family mlx5Gen Virtual Function")));
        QStyleOptionViewItem option = cell(300);
        const StaticTextDelegate delegate;
        for (int i = 0; i < 5; ++i)
            render(delegate, option, model.index(0, 0));
        QCOMPARE(delegate.cachedTexts(), 1);
        option.rect.setWidth(90);
        render(delegate, option, model.index(0, 0));
        QCOMPARE(delegate.cachedTexts(), 2);
    }

    // A new style (a theme switch) or font empties the caches: a new style may be allocated where
    // the old one was, and its geometry differ.
    void styleChangeEmptiesTheCache()
    {
        QStandardItemModel model;
        model.appendRow(new QStandardItem(QStringLiteral("pci_0000_17_00_3")));
        QTreeView view;
        view.setModel(&model);
        auto *delegate = new StaticTextDelegate(&view);
        view.setItemDelegate(delegate);
        view.resize(300, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(delegate->cachedTexts(), 1);
        std::unique_ptr<QStyle> windows(QStyleFactory::create(QStringLiteral("Windows")));
        QVERIFY(windows);
        view.setStyle(windows.get());
        QCOMPARE(delegate->cachedTexts(), 0);
        view.viewport()->repaint();
        QCOMPARE(delegate->cachedTexts(), 1);
        view.setStyle(nullptr);
    }
};

VDECK_GUI_TEST_MAIN(TestStaticTextDelegate)
#include "tst_statictextdelegate.moc"
