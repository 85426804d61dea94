#include "workspace.h"

#include "commands/command.h"

#include "values/clock.h"
#include "values/timeutil.h"

namespace minuta::ui {

Workspace::Workspace(std::unique_ptr<Database> database, const Clock &clock, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_clock(clock)
{
    m_undo.setUndoLimit(200);
}

Workspace::~Workspace()
{
    // Commands refer to the database: they go first.
    m_undo.clear();
}

Result<void> Workspace::run(Command *command)
{
    auto applied = command->applyFirst();
    if (!applied) {
        delete command;
        return applied;
    }
    m_undo.push(command);
    return {};
}

void Workspace::notify(Changes changes)
{
    Q_EMIT changed(changes);
}

void Workspace::reportError(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

QDate Workspace::today() const
{
    return timeutil::localDate(m_clock.nowSecs(), m_clock.timeZone());
}

} // namespace minuta::ui
