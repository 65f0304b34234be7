#pragma once

#include <QList>
#include <QMessageBox>

// The one way views ask a yes/no question. Tests queue the next answers instead of clicking
// a modal box (KeePassXC's src/gui/MessageBox.h idea).
class MessageBox
{
public:
    static MessageBox &instance();
    QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    void queueAnswer(QMessageBox::StandardButton answer) { m_answers.append(answer); }
    void clearAnswers() { m_answers.clear(); }

private:
    MessageBox() = default;
    QList<QMessageBox::StandardButton> m_answers;
};
