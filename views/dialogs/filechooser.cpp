#include "dialogs/filechooser.h"

#include <QFileDialog>
#include <QRegularExpression>

namespace {

void run(QFileDialog *dialog, FileChooser::Done done)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Exactly one answer: the chosen file, or "" when the dialog is closed without one.
    auto answered = std::make_shared<bool>(false);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [done, answered](const QString &file) {
        *answered = true;
        done(file);
    });
    QObject::connect(dialog, &QFileDialog::finished, dialog, [done, answered](int) {
        if (!*answered) {
            *answered = true;
            done(QString());
        }
    });
    dialog->open();
}

} // namespace

QString defaultSuffixOf(const QString &filter)
{
    static const QRegularExpression firstPattern(QStringLiteral("\\(\\*\\.([A-Za-z0-9_]+)[ )]"));
    return firstPattern.match(filter).captured(1);
}

void DialogFileChooser::openFile(QWidget *parent, const QString &caption, const QString &filter, Done done)
{
    auto *dialog = new QFileDialog(parent, caption, QString(), filter);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    run(dialog, std::move(done));
}

void DialogFileChooser::saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter, Done done)
{
    auto *dialog = new QFileDialog(parent, caption, suggested, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(defaultSuffixOf(filter));
    if (!suggested.isEmpty())
        dialog->selectFile(suggested);
    run(dialog, std::move(done));
}

QString ScriptedFileChooser::answer(const QString &caption, const QString &suggested)
{
    m_lastCaption = caption;
    m_lastSuggested = suggested;
    return m_answers.isEmpty() ? QString() : m_answers.takeFirst();
}

void ScriptedFileChooser::openFile(QWidget *, const QString &caption, const QString &, Done done)
{
    done(answer(caption, QString()));
}

void ScriptedFileChooser::saveFile(QWidget *, const QString &caption, const QString &suggested, const QString &, Done done)
{
    done(answer(caption, suggested));
}
