#include "splitentrycommand.h"

#include "../workspace.h"

#include <QCoreApplication>

namespace minuta::ui {

SplitEntryCommand::SplitEntryCommand(Workspace &workspace, const TimeEntry &entry, qint64 at)
    : Command(workspace, QCoreApplication::translate("minuta::ui::Commands", "Split time entry"))
    , m_entryId(entry.id)
    , m_at(at)
{}

Result<void> SplitEntryCommand::apply()
{
    // A redo splits again with the second part's old id, so later commands still find it.
    auto entries = m_workspace.entries();
    auto split = m_split ? entries.restore(*m_split) : entries.split(m_entryId, m_at);
    if (!split)
        return split.error();
    m_split = *split;
    m_workspace.notify(Workspace::Entries);
    return {};
}

Result<void> SplitEntryCommand::revert()
{
    if (auto joined = m_workspace.entries().join(*m_split); !joined)
        return joined.error();
    m_workspace.notify(Workspace::Entries);
    return {};
}

} // namespace minuta::ui
