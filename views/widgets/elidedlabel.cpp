#include "widgets/elidedlabel.h"

#include <QFontMetrics>
#include <QResizeEvent>

ElidedLabel::ElidedLabel(QWidget *parent, Qt::TextElideMode mode)
    : ElidedLabel(QString(), parent, mode)
{
}

ElidedLabel::ElidedLabel(const QString &text, QWidget *parent, Qt::TextElideMode mode)
    : QLabel(parent)
    , m_mode(mode)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFullText(text);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_full = text;
    updateGeometry();
    elide();
}

bool ElidedLabel::isElided() const
{
    return QLabel::text() != m_full;
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    const int margins = contentsMargins().left() + contentsMargins().right() + 2 * margin();
    return {std::min(fm.horizontalAdvance(m_full), fm.horizontalAdvance(QLatin1Char('x')) * 10) + margins, QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics fm(font());
    const int margins = contentsMargins().left() + contentsMargins().right() + 2 * margin();
    return {fm.horizontalAdvance(m_full) + margins, QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const int room = contentsRect().width() - 2 * margin();
    const QString shown = QFontMetrics(font()).elidedText(m_full, m_mode, std::max(0, room));
    if (shown != QLabel::text())
        QLabel::setText(shown);
    setToolTip(shown == m_full ? QString() : m_full);
}
