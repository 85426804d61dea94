#pragma once

// Undoable: change a time entry (times, task, description, billable, client, rate).

#include "command.h"

#include "work/timeentry.h"

#include <QStringList>

namespace minuta::ui {

class EditEntryCommand : public Command
{
public:
    EditEntryCommand(Workspace &workspace, const TimeEntry &before, const TimeEntry &after);
    QStringList warnings() const { return m_warnings; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Result<void> write(const TimeEntry &entry);

    TimeEntry m_before;
    TimeEntry m_after;
    QStringList m_warnings;
};

} // namespace minuta::ui
