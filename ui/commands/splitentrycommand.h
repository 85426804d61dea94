#pragma once

// Undoable: split a time entry in two at a moment inside it.

#include "command.h"

#include "work/timeentry.h"

namespace minuta::ui {

class SplitEntryCommand : public Command
{
public:
    SplitEntryCommand(Workspace &workspace, const TimeEntry &entry, qint64 at);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    TimeEntry m_original;
    TimeEntry m_second;
    qint64 m_at;
};

} // namespace minuta::ui
