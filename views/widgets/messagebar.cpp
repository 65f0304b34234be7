#include "widgets/messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

#include <utility>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kInfoTimeoutMs);
    connect(m_timer, &QTimer::timeout, this, &MessageBar::dismissInfo);
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    m_action->setObjectName(QStringLiteral("messageBarAction"));
    m_action->hide();
    connect(m_action, &QToolButton::clicked, this, [this] {
        const std::function<void()> undo = std::exchange(m_undo, {});
        hide();
        if (undo)
            undo();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 2, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
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

void MessageBar::showUndoable(const QString &text, const QString &button, const std::function<void()> &undo)
{
    show(text, false);
    m_undo = undo;
    m_action->setText(button);
    m_action->show();
}

void MessageBar::dismissInfo()
{
    if (!m_error)
        hide();
}

int MessageBar::infoTimeout() const
{
    return m_timer->interval();
}

void MessageBar::setInfoTimeout(int ms)
{
    m_timer->setInterval(ms);
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::show(const QString &text, bool error)
{
    m_error = error;
    if (error)
        m_timer->stop();
    else
        m_timer->start();
    m_undo = {};
    m_action->hide();
    m_label->setText(text);
    setStyleSheet(error ? QStringLiteral("QFrame#messageBar { background: #f8d7da; color: #58151c; border: 1px solid #f1aeb5; }")
                        : QStringLiteral("QFrame#messageBar { background: #d1e7dd; color: #0a3622; border: 1px solid #a3cfbb; }"));
    setVisible(true);
}
