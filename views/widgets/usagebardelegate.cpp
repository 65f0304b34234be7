#include "widgets/usagebardelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

UsageBarDelegate::UsageBarDelegate(int fractionRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(fractionRole)
{
}

void UsageBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant fraction = index.data(m_role);
    if (!fraction.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = std::clamp(int(fraction.toDouble() * 1000.0 + 0.5), 0, 1000);
    bar.text = QStringLiteral("%1 %").arg(int(fraction.toDouble() * 100.0 + 0.5));
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize UsageBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(m_role).isValid())
        size.setWidth(std::max(size.width(), 120));
    return size;
}
