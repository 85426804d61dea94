#include "editclientcommand.h"

#include "../workspace.h"

#include <QCoreApplication>

namespace minuta::ui {

EditClientCommand::EditClientCommand(Workspace &workspace, const Client &before, const Client &after)
    : Command(workspace, QCoreApplication::translate("minuta::ui::Commands", "Edit client"))
    , m_before(before)
    , m_after(after)
{}

Result<void> EditClientCommand::apply()
{
    auto saved = m_workspace.clients().update(m_after);
    if (!saved)
        return saved.error();
    m_workspace.notify(Workspace::Clients | Workspace::Entries);
    return {};
}

Result<void> EditClientCommand::revert()
{
    auto saved = m_workspace.clients().update(m_before);
    if (!saved)
        return saved.error();
    m_workspace.notify(Workspace::Clients | Workspace::Entries);
    return {};
}

} // namespace minuta::ui
