#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// A vdeckctl sub-command. Each lives in its own cmd_<name>.cpp and registers itself with a
// static CommandRegistration. Exit codes: 0 ok, 1 host/flavor error, 2 usage or I/O error.
struct Command
{
    QString name;
    QString summary;                                        // one line for `vdeckctl --help`
    std::function<int(const QStringList &arguments)> run;  // arguments[0] is "vdeckctl NAME"
};

struct CommandRegistration
{
    explicit CommandRegistration(Command command);
};

const QList<Command> &registeredCommands();
