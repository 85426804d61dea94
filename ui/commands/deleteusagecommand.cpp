#include "deleteusagecommand.h"

#include "../workspace.h"

#include <QCoreApplication>

namespace minuta::ui {

DeleteUsageCommand::DeleteUsageCommand(Workspace &workspace, qint64 id)
    : Command(workspace, QCoreApplication::translate("minuta::ui::Commands", "Delete usage")), m_id(id)
{}

Result<void> DeleteUsageCommand::apply()
{
    auto removed = m_workspace.usage().remove(m_id);
    if (!removed)
        return removed.error();
    m_removed = *removed;
    m_workspace.notify(Workspace::Usage);
    return {};
}

Result<void> DeleteUsageCommand::revert()
{
    auto restored = m_workspace.usage().restore(m_removed);
    if (!restored)
        return restored.error();
    m_workspace.notify(Workspace::Usage);
    return {};
}

} // namespace minuta::ui
