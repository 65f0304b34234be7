#pragma once

#include <QFrame>

class QLabel;

// A non-modal message line above a page's content (errors, warnings): shows the latest message
// until closed; never blocks the user with a modal box.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Information };
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    QString text() const;

private:
    QLabel *m_label;
};
