#pragma once

// Undoable: change a service of the catalog.

#include "command.h"

#include "work/service.h"

namespace minuta::ui {

class EditServiceCommand : public Command
{
public:
    EditServiceCommand(Workspace &workspace, const Service &before, const Service &after);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Service m_before;
    Service m_after;
};

} // namespace minuta::ui
