#include "command.h"

#include <algorithm>

namespace {
QList<Command> &commands()
{
    static QList<Command> list;
    return list;
}
}

CommandRegistration::CommandRegistration(Command command)
{
    auto &list = commands();
    list.append(std::move(command));
    std::sort(list.begin(), list.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
}

const QList<Command> &registeredCommands()
{
    return commands();
}
