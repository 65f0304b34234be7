#include "widgets/progresspanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("progressPanel"));
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setMaximumWidth(180);
    m_bar->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("progressCancel"));
    m_cancel->setText(tr("Cancel"));
    connect(m_cancel, &QToolButton::clicked, this, [this] { Q_EMIT cancelRequested(m_job); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

void ProgressPanel::showProgress(const QString &job, const QString &text, int done, int total)
{
    m_job = job;
    m_label->setText(text);
    m_bar->setRange(0, total);
    m_bar->setValue(done);
    m_bar->setFormat(total > 0 ? tr("%1 of %2").arg(done).arg(total) : QString());
    show();
}

void ProgressPanel::finish(const QString &job)
{
    if (job == m_job) {
        m_job.clear();
        hide();
    }
}

QString ProgressPanel::text() const
{
    return m_label->text();
}
