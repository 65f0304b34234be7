#pragma once

#include <QString>

#include <functional>
#include <memory>

class QWidget;

// How pages ask for file names: a real QFileDialog by default, a scripted answer in tests.
// Asynchronous: the answer arrives through done (an empty name means cancelled).
class FileChooser
{
public:
    virtual ~FileChooser() = default;
    virtual void openFile(QWidget *parent, const QString &caption, const QString &filter,
                          std::function<void(const QString &)> done) = 0;
    virtual void saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter,
                          std::function<void(const QString &)> done) = 0;
};

// Non-modal QFileDialog (open()), so the GUI thread never waits in a nested loop.
class DialogFileChooser : public FileChooser
{
public:
    void openFile(QWidget *parent, const QString &caption, const QString &filter,
                  std::function<void(const QString &)> done) override;
    void saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter,
                  std::function<void(const QString &)> done) override;
};

// Answers with the next scripted name (tests).
class ScriptedFileChooser : public FileChooser
{
public:
    QString next;
    QString lastCaption;
    void openFile(QWidget *, const QString &caption, const QString &, std::function<void(const QString &)> done) override
    {
        lastCaption = caption;
        done(next);
    }
    void saveFile(QWidget *, const QString &caption, const QString &, const QString &, std::function<void(const QString &)> done) override
    {
        lastCaption = caption;
        done(next);
    }
};
