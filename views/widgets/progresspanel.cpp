#include "widgets/progresspanel.h"

#include "widgets/elidedlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

#include <utility>

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_label(new ElidedLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_throttle(new QTimer(this))
{
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(updateIntervalMs);
    connect(m_throttle, &QTimer::timeout, this, &ProgressPanel::applyPending);
    setObjectName(QStringLiteral("progressPanel"));
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setMaximumWidth(180);
    m_bar->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("progressCancel"));
    m_cancel->setText(tr("Cancel"));
    connect(m_cancel, &QToolButton::clicked, this, [this] { Q_EMIT cancelRequested(m_job); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setMaximumWidth(320);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

void ProgressPanel::showProgress(const QString &job, const QString &text, int done, int total)
{
    m_pending = Update{job, text, done, total};
    if (!m_throttle->isActive())
        applyPending();
}

void ProgressPanel::applyPending()
{
    if (!m_pending)
        return;
    const Update u = *std::exchange(m_pending, std::nullopt);
    apply(u);
    m_throttle->start(); // the next update waits for the interval
}

void ProgressPanel::apply(const Update &u)
{
    m_job = u.job;
    m_label->setFullText(u.text); // a long host name is shortened, never widens the status bar
    m_bar->setRange(0, u.total);
    m_bar->setValue(u.done);
    m_bar->setFormat(u.total > 0 ? tr("%1 of %2").arg(u.done).arg(u.total) : QString());
    show();
}

void ProgressPanel::finish(const QString &job)
{
    if (m_pending && m_pending->job == job)
        m_pending.reset(); // what it still had to say is over
    if (job == m_job) {
        m_job.clear();
        hide();
    }
}

QString ProgressPanel::text() const
{
    return m_label->fullText();
}
