#pragma once

#include <QWidget>

#include <optional>

class ElidedLabel;
class QProgressBar;
class QTimer;
class QToolButton;

// Long work in the status bar: what runs ("Reading devices of X"), N of M (or busy), and a
// cancel button. Hidden when nothing runs; shows the most recent job.
//
// Updates are throttled: the first one shows at once, later ones at most every
// updateIntervalMs, always the latest. QProgressBar repaints the window synchronously when its
// value changes, and 100 hosts each reporting every device read made that most of the GUI
// thread's work (callgrind: 54 % of bench_hosts' instructions).
class ProgressPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int updateIntervalMs = 100;

    explicit ProgressPanel(QWidget *parent = nullptr);

    void showProgress(const QString &job, const QString &text, int done, int total);
    void finish(const QString &job);
    QString job() const { return m_job; }
    QString text() const;

Q_SIGNALS:
    void cancelRequested(const QString &job);

private:
    struct Update
    {
        QString job;
        QString text;
        int done = 0;
        int total = 0;
    };
    void apply(const Update &update);
    void applyPending();

    QString m_job;
    std::optional<Update> m_pending;
    ElidedLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QTimer *m_throttle;
};
