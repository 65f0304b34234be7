#include "widgets/messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 2, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    hide();
}

void MessageBar::showError(const QString &text)
{
    show(text, true);
}

void MessageBar::showInfo(const QString &text)
{
    show(text, false);
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::show(const QString &text, bool error)
{
    m_error = error;
    m_label->setText(text);
    setStyleSheet(error ? QStringLiteral("QFrame#messageBar { background: #f8d7da; color: #58151c; border: 1px solid #f1aeb5; }")
                        : QStringLiteral("QFrame#messageBar { background: #d1e7dd; color: #0a3622; border: 1px solid #a3cfbb; }"));
    setVisible(true);
}
