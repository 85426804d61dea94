#include "command.h"

#include "../workspace.h"

namespace minuta::ui {

Command::Command(Workspace &workspace, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_workspace(workspace)
{}

Result<void> Command::applyFirst()
{
    auto result = apply();
    m_applied = result.ok();
    return result;
}

void Command::redo()
{
    // QUndoStack::push calls redo; the first application has already happened.
    if (m_applied) {
        m_applied = false;
        return;
    }
    report(apply());
}

void Command::undo()
{
    report(revert());
}

void Command::report(const Result<void> &result)
{
    if (result.ok())
        return;
    setObsolete(true);
    m_workspace.reportError(result.error().message());
}

} // namespace minuta::ui
