#include "editusagecommand.h"

#include "../workspace.h"

#include <QCoreApplication>

namespace minuta::ui {

EditUsageCommand::EditUsageCommand(Workspace &workspace, const Usage &before, const Usage &after)
    : Command(workspace, QCoreApplication::translate("minuta::ui::Commands", "Edit usage"))
    , m_before(before)
    , m_after(after)
{}

Result<void> EditUsageCommand::apply()
{
    auto saved = m_workspace.usage().update(m_after);
    if (!saved)
        return saved.error();
    m_workspace.notify(Workspace::Usage);
    return {};
}

Result<void> EditUsageCommand::revert()
{
    auto saved = m_workspace.usage().update(m_before);
    if (!saved)
        return saved.error();
    m_workspace.notify(Workspace::Usage);
    return {};
}

} // namespace minuta::ui
