#pragma once

// Undoable: delete one or several time entries; undo puts them back with their ids.

#include "command.h"

#include "work/timeentry.h"

#include <QList>

namespace minuta::ui {

class DeleteEntriesCommand : public Command
{
public:
    DeleteEntriesCommand(Workspace &workspace, const QList<qint64> &ids);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    QList<qint64> m_ids;
    QList<TimeEntry> m_removed;
};

} // namespace minuta::ui
