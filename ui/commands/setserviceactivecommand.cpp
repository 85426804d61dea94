#include "setserviceactivecommand.h"

#include "../workspace.h"

#include <QCoreApplication>

namespace minuta::ui {

SetServiceActiveCommand::SetServiceActiveCommand(Workspace &workspace, qint64 id, bool active)
    : Command(workspace, active
                             ? QCoreApplication::translate("minuta::ui::Commands", "Offer service again")
                             : QCoreApplication::translate("minuta::ui::Commands", "Stop offering service"))
    , m_id(id)
    , m_active(active)
{}

Result<void> SetServiceActiveCommand::apply()
{
    auto changed = m_workspace.services().setActive(m_id, m_active);
    if (!changed)
        return changed.error();
    m_workspace.notify(Workspace::Services);
    return {};
}

Result<void> SetServiceActiveCommand::revert()
{
    auto changed = m_workspace.services().setActive(m_id, !m_active);
    if (!changed)
        return changed.error();
    m_workspace.notify(Workspace::Services);
    return {};
}

} // namespace minuta::ui
