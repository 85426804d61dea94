#pragma once

// Undoable: delete logged usage; undo puts it back.

#include "command.h"

#include "work/service.h"

namespace minuta::ui {

class DeleteUsageCommand : public Command
{
public:
    DeleteUsageCommand(Workspace &workspace, qint64 id);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_id;
    Usage m_removed;
};

} // namespace minuta::ui
