#pragma once

// Undoable: change logged usage.

#include "command.h"

#include "work/service.h"

namespace minuta::ui {

class EditUsageCommand : public Command
{
public:
    EditUsageCommand(Workspace &workspace, const Usage &before, const Usage &after);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Usage m_before;
    Usage m_after;
};

} // namespace minuta::ui
