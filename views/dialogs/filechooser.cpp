#include "dialogs/filechooser.h"

#include "core/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
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

QString DialogFileChooser::startFolder() const
{
    return m_settings ? m_settings->lastFolder() : QString();
}

FileChooser::Done DialogFileChooser::remembering(Done done) const
{
    if (!m_settings)
        return done;
    return [settings = QPointer<Settings>(m_settings), done = std::move(done)](const QString &file) {
        if (settings && !file.isEmpty())
            settings->setLastFolder(QFileInfo(file).absolutePath());
        done(file);
    };
}

void DialogFileChooser::openFile(QWidget *parent, const QString &caption, const QString &filter, Done done)
{
    auto *dialog = new QFileDialog(parent, caption, startFolder(), filter);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    run(dialog, remembering(std::move(done)));
}

void DialogFileChooser::saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter, Done done)
{
    // A bare suggested name goes into the last folder; a path keeps its own.
    const QString start = suggested.isEmpty() || QFileInfo(suggested).isAbsolute() || startFolder().isEmpty()
                              ? (suggested.isEmpty() ? startFolder() : suggested)
                              : QDir(startFolder()).filePath(suggested);
    auto *dialog = new QFileDialog(parent, caption, start, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(defaultSuffixOf(filter));
    if (!suggested.isEmpty())
        dialog->selectFile(start);
    run(dialog, remembering(std::move(done)));
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
