#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QTimer;
class QToolButton;

// A non-modal message line above a page's content: errors stay until closed or replaced,
// information replaces the previous text and goes by itself after infoTimeout() (it must not
// outlive what it describes). Never a modal box.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);
    void showError(const QString &text);
    void showInfo(const QString &text);
    // Information with a button that takes the action back (e.g. "Undo"); the bar closes after.
    void showUndoable(const QString &text, const QString &button, const std::function<void()> &undo);
    QToolButton *actionButton() const { return m_action; }
    QString text() const;
    bool isError() const { return m_error; }
    void dismissInfo(); // hides the bar unless it shows an error
    static constexpr int kInfoTimeoutMs = 15000;
    int infoTimeout() const;
    void setInfoTimeout(int ms);

private:
    void show(const QString &text, bool error);
    QLabel *m_label;
    QToolButton *m_action;
    QTimer *m_timer;
    QToolButton *m_close;
    std::function<void()> m_undo;
    bool m_error = false;
};
