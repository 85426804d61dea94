#pragma once

// Undoable: log a time entry by hand (or duplicate one).

#include "command.h"

#include "work/timeentry.h"

#include <QStringList>

namespace minuta::ui {

class AddEntryCommand : public Command
{
public:
    AddEntryCommand(Workspace &workspace, const TimeEntry &entry, const QString &text = {});
    const TimeEntry &entry() const { return m_entry; }
    // What the first save said beyond storing (an overlap).
    QStringList warnings() const { return m_warnings; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    TimeEntry m_entry;
    QStringList m_warnings;
};

} // namespace minuta::ui
