#include "archiveclientcommand.h"

#include "../workspace.h"

#include <QCoreApplication>

namespace minuta::ui {

ArchiveClientCommand::ArchiveClientCommand(Workspace &workspace, qint64 id, bool archived)
    : Command(workspace, archived ? QCoreApplication::translate("minuta::ui::Commands", "Archive client")
                                  : QCoreApplication::translate("minuta::ui::Commands", "Restore client"))
    , m_id(id)
    , m_archived(archived)
{}

Result<void> ArchiveClientCommand::apply()
{
    auto changed = m_workspace.clients().setArchived(m_id, m_archived);
    if (!changed)
        return changed.error();
    m_workspace.notify(Workspace::Clients);
    return {};
}

Result<void> ArchiveClientCommand::revert()
{
    auto changed = m_workspace.clients().setArchived(m_id, !m_archived);
    if (!changed)
        return changed.error();
    m_workspace.notify(Workspace::Clients);
    return {};
}

} // namespace minuta::ui
