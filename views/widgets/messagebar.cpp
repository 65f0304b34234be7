#include "widgets/messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("messageBarClose"));
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close this message"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    m_label->setText(text);
    setStyleSheet(kind == Kind::Error ? QStringLiteral("QFrame#messageBar { background: #f8d7da; color: #58151c; border: 1px solid #f1aeb5; }")
                                      : QStringLiteral("QFrame#messageBar { background: #cfe2ff; color: #052c65; border: 1px solid #9ec5fe; }"));
    show();
}

QString MessageBar::text() const
{
    return m_label->text();
}
