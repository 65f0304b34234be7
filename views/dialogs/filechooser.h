#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;
class Settings;

// The one way views ask for a file name: a real QFileDialog by default, scripted answers in
// tests (one FileChooser set on the MainWindow reaches every page). Asynchronous: the answer
// arrives through `done` (an empty name means cancelled), so the GUI thread never waits in a
// nested event loop. (KeePassXC's FileDialog idea, made non-blocking.)
class FileChooser
{
public:
    using Done = std::function<void(const QString &)>;
    virtual ~FileChooser() = default;
    virtual void openFile(QWidget *parent, const QString &caption, const QString &filter, Done done) = 0;
    virtual void saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter, Done done) = 0;
};

// Non-modal QFileDialog (open()); a save dialog appends the suffix of the filter's first pattern.
// With settings, every dialog starts in the folder of the file chosen last (Settings::lastFolder).
class DialogFileChooser : public FileChooser
{
public:
    explicit DialogFileChooser(Settings *settings = nullptr)
        : m_settings(settings)
    {
    }
    void openFile(QWidget *parent, const QString &caption, const QString &filter, Done done) override;
    void saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter, Done done) override;

private:
    QString startFolder() const;
    Done remembering(Done done) const;
    Settings *m_settings;
};

// Answers each request with the next queued name, or "" (cancelled) when none is queued.
class ScriptedFileChooser : public FileChooser
{
public:
    void queueAnswer(const QString &fileName) { m_answers.append(fileName); }
    bool hasQueuedAnswers() const { return !m_answers.isEmpty(); }
    const QString &lastCaption() const { return m_lastCaption; }
    const QString &lastSuggested() const { return m_lastSuggested; }

    void openFile(QWidget *parent, const QString &caption, const QString &filter, Done done) override;
    void saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter, Done done) override;

private:
    QString answer(const QString &caption, const QString &suggested);
    QStringList m_answers;
    QString m_lastCaption;
    QString m_lastSuggested;
};

// "Ansible task files (*.yml *.yaml);;All files (*)" -> "yml"; "" when the first pattern has none.
QString defaultSuffixOf(const QString &filter);
