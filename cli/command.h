#pragma once

// One row of a command table: a command's name, its one-line summary and the function that runs it.
// The program's commands and each group's subcommands are such tables; help and dispatch read them.

#include <QStringList>

#include <algorithm>
#include <span>

namespace minuta::cli {

class Context;

struct Command
{
    const char *name;
    // Marked with QT_TRANSLATE_NOOP in the context of the help that prints it; translated there.
    const char *summary;
    // Gets the arguments after the command's name; returns the exit code.
    int (*run)(Context &context, const QStringList &arguments);
};

// The command of `table` called `name`, or nullptr.
inline const Command *findCommand(std::span<const Command> table, const QString &name)
{
    const auto found = std::ranges::find_if(
        table, [&](const Command &command) { return name == QLatin1String(command.name); });
    return found == table.end() ? nullptr : &*found;
}

} // namespace minuta::cli
