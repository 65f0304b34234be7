#include "widgets/filedialog.h"

#include <QFileDialog>

FileDialog &FileDialog::instance()
{
    static FileDialog dialog;
    return dialog;
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (!m_answers.isEmpty())
        return m_answers.takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &filter, const QString &suggested)
{
    if (!m_answers.isEmpty())
        return m_answers.takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}
