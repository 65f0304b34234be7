#include "widgets/messagebox.h"

MessageBox &MessageBox::instance()
{
    static MessageBox box;
    return box;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (!m_answers.isEmpty())
        return m_answers.takeFirst();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}
