#include "widgets/statictextdelegate.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

StaticTextDelegate::StaticTextDelegate(QWidget *view)
    : QStyledItemDelegate(view)
{
    if (view)
        view->installEventFilter(this);
}

bool StaticTextDelegate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange) {
        m_texts.clear();
        m_textRects.clear();
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

bool StaticTextDelegate::isSimple(const QStyleOptionViewItem &opt)
{
    return !opt.text.isEmpty() && !(opt.features & QStyleOptionViewItem::WrapText) && !(opt.state & QStyle::State_Editing)
           && (opt.decorationPosition == QStyleOptionViewItem::Left || opt.decorationPosition == QStyleOptionViewItem::Right)
           && !opt.text.contains(u'\n') && !opt.text.contains(QChar::LineSeparator);
}

// With the icon left or right of the text, the style gives the text what the check box and the
// icon leave of the cell, whatever the text (QCommonStylePrivate::viewItemLayout): the rectangle
// depends on the cell's size and features only, and asking the style for it measures the text.
QRect StaticTextDelegate::textRect(const QStyleOptionViewItem &opt, const QStyle *style) const
{
    const GeometryKey key{style,
                          opt.rect.size(),
                          int(opt.features & (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration)),
                          opt.features & QStyleOptionViewItem::HasDecoration ? opt.decorationSize : QSize(),
                          int(opt.decorationPosition),
                          int(opt.direction)};
    if (const QRect *r = m_textRects.object(key))
        return r->translated(opt.rect.topLeft());
    const QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    m_textRects.insert(key, new QRect(r.translated(-opt.rect.topLeft())));
    return r;
}

const QStaticText &StaticTextDelegate::text(const QStyleOptionViewItem &opt, const QString &full, int width) const
{
    const Qt::Alignment alignment = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    const TextKey key{full, opt.font, width, int(opt.textElideMode), int(alignment), int(opt.direction)};
    if (const QStaticText *t = m_texts.object(key))
        return *t;
    // As QCommonStyle elides a line that does not fit, and aligns it in the text's width.
    const QString shown = QFontMetrics(opt.font).elidedText(full, opt.textElideMode, width);
    auto *t = new QStaticText(shown);
    t->setTextFormat(Qt::PlainText);
    t->setPerformanceHint(QStaticText::AggressiveCaching);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::ManualWrap);
    option.setTextDirection(opt.direction);
    t->setTextOption(option);
    t->setTextWidth(width);
    t->prepare(QTransform(), opt.font);
    m_texts.insert(key, t);
    return *m_texts.object(key);
}

void StaticTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    if (!isSimple(opt)) { // what QStyledItemDelegate::paint() does, without initStyleOption() again
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = textRect(opt, style).adjusted(margin, 0, -margin, 0);
    const QString full = std::exchange(opt.text, QString());
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // everything but the text

    // The colours of QCommonStyle's CE_ItemViewItem.
    QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QColor colour = opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);

    const QStaticText &t = text(opt, full, rect.width());
    // QCommonStyle centres a block of the line's height (ascent + descent) as the alignment says;
    // QStaticText puts the font's leading above its first line.
    const QFontMetricsF metrics(opt.font);
    const QRect block = QStyle::alignedRect(opt.direction, opt.displayAlignment, QSize(rect.width(), int(std::ceil(metrics.ascent() + metrics.descent()))), rect);
    const QPen pen = painter->pen();
    const QFont font = painter->font();
    painter->setPen(colour);
    painter->setFont(opt.font);
    painter->drawStaticText(QPointF(block.left(), block.top() - metrics.leading()), t);
    painter->setFont(font);
    painter->setPen(pen);
}
