#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

// Long work in the status bar: what runs ("Reading devices of X"), N of M (or busy), and a
// cancel button. Hidden when nothing runs; shows the most recent job.
class ProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressPanel(QWidget *parent = nullptr);

    void showProgress(const QString &job, const QString &text, int done, int total);
    void finish(const QString &job);
    QString job() const { return m_job; }
    QString text() const;

Q_SIGNALS:
    void cancelRequested(const QString &job);

private:
    QString m_job;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};
