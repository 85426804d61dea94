#include "addclientcommand.h"

#include "../workspace.h"

#include <QCoreApplication>

namespace minuta::ui {

AddClientCommand::AddClientCommand(Workspace &workspace, const Client &client)
    : Command(workspace, QCoreApplication::translate("minuta::ui::Commands", "Add client")), m_client(client)
{}

Result<void> AddClientCommand::apply()
{
    auto clients = m_workspace.clients();
    auto saved = m_client.id == 0 ? clients.add(m_client) : clients.restore(m_client);
    if (!saved)
        return saved.error();
    m_client = *saved;
    m_workspace.notify(Workspace::Clients);
    return {};
}

Result<void> AddClientCommand::revert()
{
    auto removed = m_workspace.clients().remove(m_client.id);
    if (!removed)
        return removed.error();
    m_workspace.notify(Workspace::Clients);
    return {};
}

} // namespace minuta::ui
