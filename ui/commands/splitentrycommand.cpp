#include "splitentrycommand.h"

#include "../workspace.h"

#include "storage/transaction.h"

#include <QCoreApplication>

namespace minuta::ui {

SplitEntryCommand::SplitEntryCommand(Workspace &workspace, const TimeEntry &entry, qint64 at)
    : Command(workspace, QCoreApplication::translate("minuta::ui::Commands", "Split time entry"))
    , m_original(entry)
    , m_at(at)
{
    m_second = entry;
    m_second.id = 0;
    m_second.start = at;
}

Result<void> SplitEntryCommand::apply()
{
    if (!m_original.end || m_at <= m_original.start || m_at >= *m_original.end)
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("minuta::ui::Commands", "Split the entry at a time inside it."),
            QStringLiteral("at"));
    auto entries = m_workspace.entries();
    auto done = inTransaction(m_workspace.database().connection(), [&]() -> Result<void> {
        TimeEntry first = m_original;
        first.end = m_at;
        if (auto r = entries.update(first); !r)
            return r.error();
        if (m_second.id == 0) {
            auto added = entries.add(m_second);
            if (!added)
                return added.error();
            m_second = added->entry;
        } else if (auto r = entries.restore(m_second); !r) {
            return r.error();
        }
        return {};
    });
    if (!done)
        return done;
    m_workspace.notify(Workspace::Entries);
    return {};
}

Result<void> SplitEntryCommand::revert()
{
    auto entries = m_workspace.entries();
    auto done = inTransaction(m_workspace.database().connection(), [&]() -> Result<void> {
        if (auto r = entries.remove(m_second.id); !r)
            return r.error();
        if (auto r = entries.update(m_original); !r)
            return r.error();
        return {};
    });
    if (!done)
        return done;
    m_workspace.notify(Workspace::Entries);
    return {};
}

} // namespace minuta::ui
