#include "editentrycommand.h"

#include "../workspace.h"

#include <QCoreApplication>

namespace minuta::ui {

EditEntryCommand::EditEntryCommand(Workspace &workspace, const TimeEntry &before, const TimeEntry &after)
    : Command(workspace, QCoreApplication::translate("minuta::ui::Commands", "Edit time entry"))
    , m_before(before)
    , m_after(after)
{}

Result<void> EditEntryCommand::write(const TimeEntry &entry)
{
    auto saved = m_workspace.entries().update(entry);
    if (!saved)
        return saved.error();
    m_warnings = saved->warnings;
    m_workspace.notify(Workspace::Entries | Workspace::Timer);
    return {};
}

Result<void> EditEntryCommand::apply()
{
    return write(m_after);
}

Result<void> EditEntryCommand::revert()
{
    return write(m_before);
}

} // namespace minuta::ui
