#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// The one way views ask for a file name. Tests script the answers: each queued answer is
// returned by the next call instead of opening a dialog ("" means the user cancelled).
// (KeePassXC's src/gui/FileDialog.h idea.)
class FileDialog
{
public:
    static FileDialog &instance();

    QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    QString saveFileName(QWidget *parent, const QString &caption, const QString &filter, const QString &suggested = {});

    void queueAnswer(const QString &fileName) { m_answers.append(fileName); }
    bool hasQueuedAnswers() const { return !m_answers.isEmpty(); }
    void clearAnswers() { m_answers.clear(); }

private:
    FileDialog() = default;
    QStringList m_answers;
};
