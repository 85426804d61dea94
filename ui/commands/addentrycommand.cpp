#include "addentrycommand.h"

#include "../workspace.h"

#include <QCoreApplication>

namespace minuta::ui {

AddEntryCommand::AddEntryCommand(Workspace &workspace, const TimeEntry &entry, const QString &text)
    : Command(workspace,
              text.isEmpty() ? QCoreApplication::translate("minuta::ui::Commands", "Add time entry") : text)
    , m_entry(entry)
{}

Result<void> AddEntryCommand::apply()
{
    if (m_entry.id == 0) {
        auto saved = m_workspace.entries().add(m_entry);
        if (!saved)
            return saved.error();
        m_entry = saved->entry;
        m_warnings = saved->warnings;
    } else {
        auto restored = m_workspace.entries().restore(m_entry);
        if (!restored)
            return restored.error();
    }
    m_workspace.notify(Workspace::Entries);
    return {};
}

Result<void> AddEntryCommand::revert()
{
    auto removed = m_workspace.entries().remove(m_entry.id);
    if (!removed)
        return removed.error();
    m_workspace.notify(Workspace::Entries);
    return {};
}

} // namespace minuta::ui
