#pragma once

// Undoable: split a time entry in two at a moment inside it.

#include "command.h"

#include "work/timeentryrepository.h"

#include <optional>

namespace minuta::ui {

class SplitEntryCommand : public Command
{
public:
    SplitEntryCommand(Workspace &workspace, const TimeEntry &entry, qint64 at);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_entryId;
    qint64 m_at;
    std::optional<TimeEntryRepository::Split> m_split; // once applied
};

} // namespace minuta::ui
