#include "addservicecommand.h"

#include "../workspace.h"

#include <QCoreApplication>

namespace minuta::ui {

AddServiceCommand::AddServiceCommand(Workspace &workspace, const Service &service)
    : Command(workspace, QCoreApplication::translate("minuta::ui::Commands", "Add service"))
    , m_service(service)
{}

Result<void> AddServiceCommand::apply()
{
    auto services = m_workspace.services();
    auto saved = m_service.id == 0 ? services.add(m_service) : services.restore(m_service);
    if (!saved)
        return saved.error();
    m_service = *saved;
    m_workspace.notify(Workspace::Services);
    return {};
}

Result<void> AddServiceCommand::revert()
{
    auto removed = m_workspace.services().remove(m_service.id);
    if (!removed)
        return removed.error();
    m_workspace.notify(Workspace::Services);
    return {};
}

} // namespace minuta::ui
