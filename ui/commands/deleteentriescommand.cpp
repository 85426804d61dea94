#include "deleteentriescommand.h"

#include "../workspace.h"

#include "storage/transaction.h"

#include <QCoreApplication>

namespace minuta::ui {

DeleteEntriesCommand::DeleteEntriesCommand(Workspace &workspace, const QList<qint64> &ids)
    : Command(workspace, QCoreApplication::translate("minuta::ui::Commands", "Delete %n time entry(s)",
                                                     nullptr, int(ids.size())))
    , m_ids(ids)
{}

Result<void> DeleteEntriesCommand::apply()
{
    auto entries = m_workspace.entries();
    QList<TimeEntry> removed;
    auto done = inTransaction(m_workspace.database().connection(), [&]() -> Result<void> {
        for (qint64 id : std::as_const(m_ids)) {
            auto entry = entries.remove(id);
            if (!entry)
                return entry.error();
            removed.append(*entry);
        }
        return {};
    });
    if (!done)
        return done;
    m_removed = removed;
    m_workspace.notify(Workspace::Entries | Workspace::Timer);
    return {};
}

Result<void> DeleteEntriesCommand::revert()
{
    auto entries = m_workspace.entries();
    auto done = inTransaction(m_workspace.database().connection(), [&]() -> Result<void> {
        for (const TimeEntry &entry : std::as_const(m_removed))
            if (auto restored = entries.restore(entry); !restored)
                return restored.error();
        return {};
    });
    if (!done)
        return done;
    m_workspace.notify(Workspace::Entries | Workspace::Timer);
    return {};
}

} // namespace minuta::ui
