#include "editservicecommand.h"

#include "../workspace.h"

#include <QCoreApplication>

namespace minuta::ui {

EditServiceCommand::EditServiceCommand(Workspace &workspace, const Service &before, const Service &after)
    : Command(workspace, QCoreApplication::translate("minuta::ui::Commands", "Edit service"))
    , m_before(before)
    , m_after(after)
{}

Result<void> EditServiceCommand::apply()
{
    auto saved = m_workspace.services().update(m_after);
    if (!saved)
        return saved.error();
    m_workspace.notify(Workspace::Services | Workspace::Usage);
    return {};
}

Result<void> EditServiceCommand::revert()
{
    auto saved = m_workspace.services().update(m_before);
    if (!saved)
        return saved.error();
    m_workspace.notify(Workspace::Services | Workspace::Usage);
    return {};
}

} // namespace minuta::ui
