#include "addusagecommand.h"

#include "../workspace.h"

#include <QCoreApplication>

namespace minuta::ui {

AddUsageCommand::AddUsageCommand(Workspace &workspace, const Usage &usage)
    : Command(workspace, QCoreApplication::translate("minuta::ui::Commands", "Log units")), m_usage(usage)
{}

Result<void> AddUsageCommand::apply()
{
    auto usage = m_workspace.usage();
    auto saved = m_usage.id == 0 ? usage.add(m_usage) : usage.restore(m_usage);
    if (!saved)
        return saved.error();
    m_usage = *saved;
    m_workspace.notify(Workspace::Usage);
    return {};
}

Result<void> AddUsageCommand::revert()
{
    auto removed = m_workspace.usage().remove(m_usage.id);
    if (!removed)
        return removed.error();
    m_workspace.notify(Workspace::Usage);
    return {};
}

} // namespace minuta::ui
