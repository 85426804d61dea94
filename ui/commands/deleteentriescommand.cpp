#include "deleteentriescommand.h"

#include "../workspace.h"

#include <QCoreApplication>

namespace minuta::ui {

DeleteEntriesCommand::DeleteEntriesCommand(Workspace &workspace, const QList<qint64> &ids)
    : Command(workspace, QCoreApplication::translate("minuta::ui::Commands", "Delete %n time entry(s)",
                                                     nullptr, int(ids.size())))
    , m_ids(ids)
{}

Result<void> DeleteEntriesCommand::apply()
{
    auto removed = m_workspace.entries().remove(m_ids);
    if (!removed)
        return removed.error();
    m_removed = *removed;
    m_workspace.notify(Workspace::Entries | Workspace::Timer);
    return {};
}

Result<void> DeleteEntriesCommand::revert()
{
    if (auto restored = m_workspace.entries().restore(m_removed); !restored)
        return restored;
    m_workspace.notify(Workspace::Entries | Workspace::Timer);
    return {};
}

} // namespace minuta::ui
