#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A non-modal message line above a page's content: errors stay until closed or replaced,
// information replaces the previous text. Never a modal box.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);
    void showError(const QString &text);
    void showInfo(const QString &text);
    QString text() const;
    bool isError() const { return m_error; }

private:
    void show(const QString &text, bool error);
    QLabel *m_label;
    QToolButton *m_close;
    bool m_error = false;
};
